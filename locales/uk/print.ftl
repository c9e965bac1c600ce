# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Друк готується …
print-working-load = Завантажуються шрифти й тексти …
print-working-pages = Сторінки складаються …
print-done = Готово. Сторінок: { $pages } · Розмір: { $size } · Час: { $seconds } с
print-error-worker = Друк не вдалося почати. Будь ласка, перезавантажте сторінку і спробуйте ще раз.
print-error-offline = Шрифтів для друку ще немає на цьому пристрої. Відкрийте застосунок один раз з інтернетом і спробуйте ще раз.
print-error-font = Файл шрифту для друку пошкоджений. Будь ласка, перезавантажте сторінку.
print-error-pack = Файл міста не вдається прочитати. Будь ласка, перевірте його в розділі «Вибрати місто».
print-error-scan = Сторінка { $index } сканованих документів не є читабельним зображенням JPEG. Будь ласка, відскануйте цю сторінку ще раз.
print-error-internal = PDF не вдалося створити. Будь ласка, спробуйте ще раз.
print-blank-open = Надрукувати порожню папку (для установ)
print-blank-title = Надрукувати порожню папку
print-blank-intro = Для установ і консультаційних центрів: порожня папка для друку, німецькою і другою мовою, з контактами міста. A4, з полем для дірокола.
print-blank-language = Друга мова
print-blank-german-only = Лише німецькою
print-blank-unreviewed = Цей переклад ще не перевірила жодна людина, для якої ця мова рідна.
print-blank-town = Місто
print-blank-town-none = Без міста (порожні рядки для заповнення)
print-blank-town-file = Завантажений файл: { $file }
print-blank-town-load = Завантажити файл міста
print-blank-button = Створити папку як PDF
print-recovery-pdf = Створити PDF
print-consult-open = Надрукувати документи для консультації
print-consult-title = Документи для консультації
print-consult-intro = Ви самі вибираєте, що буде в роздруківці. Вона починається з огляду для консультанта: що є, чого бракує, що скоро треба зробити.
print-consult-tabs = Розділи
print-consult-personal = Особисте
print-consult-locked = Ваша папка заблокована. Позначки, ім’я, нотатки й документи доступні лише тоді, коли вона відкрита.
print-consult-open-folder = Відкрити папку
print-consult-ticks = Показати, що вже зроблено в списках
print-consult-name = Надрукувати моє ім’я
print-consult-name-field = Ім’я
print-consult-notes = Надрукувати мої нотатки
print-consult-documents = Документи
print-consult-deadlines = Строки
print-consult-appointments = Прийоми
print-consult-log = Попередні консультації
print-consult-nothing = Ще нічого не збережено.
print-consult-privacy = У роздруківці є особисті дані. Давайте її лише людям, яким довіряєте. Застосунок нічого не надсилає.
print-consult-button = Створити роздруківку як PDF

# A finished file: print, share or save (#12 §1)
print-ready = Файл готовий. Його ще ніде не збережено. Виберіть, що з ним зробити.
print-print = Друкувати
print-share = Поділитися (наприклад, із застосунком принтера)
print-save-file = Зберегти як файл
print-save-warning = Увага: збережений файл не захищений. Кожен, хто користується цим пристроєм, може його відкрити. Видаліть файл після друку.
print-save-warning-key = З цим файлом будь-хто може відкрити вашу папку. Зберігайте його, лише якщо не можете надрукувати інакше.
print-saved = Збережено як { $file }.
print-saved-personal = Збережено як { $file }. Після друку видаліть файл із папки «Завантаження».
print-print-failed = Не вдалося почати друк. Ви можете поділитися файлом або зберегти його.
print-share-failed = Поділитися не вдалося. Ви можете надрукувати або зберегти файл.
print-save-failed = Не вдалося зберегти файл.
