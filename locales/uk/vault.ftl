# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.
# Ukrainian plural: one (1, 21 …), few (2–4, 22–24 …), many (0, 5–20 …), other (fractions).

vault-title = Моя захищена папка
vault-nav = Мої дані
vault-intro = Тут ви зберігаєте свої особисті дані. Усе зашифровано. Прочитати їх можна лише з вашим паролем.
vault-status-locked = Папку заблоковано.
vault-status-unlocked = Папка відкрита.
vault-working = Будь ласка, зачекайте. Це триває кілька секунд.
vault-cancel = Скасувати
vault-done = Готово

# Create
vault-create-title = Створити захищену папку
vault-create-intro = Виберіть пароль. Добре підходить довга фраза, наприклад чотири слова, які знаєте лише ви.
vault-passphrase = Пароль
vault-passphrase-repeat = Пароль ще раз
vault-passphrase-show = Показати пароль
vault-passphrase-mismatch = Два паролі не збігаються.
vault-passphrase-too-short = Пароль закороткий. Потрібно щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}.
vault-strength-label = Надійність пароля
vault-strength-weak = Слабкий. Будь ласка, виберіть довший пароль.
vault-strength-fair = Середній. Довший пароль надійніший.
vault-strength-good = Добрий.
vault-strength-strong = Дуже добрий.
vault-create-warning = Важливо: ніхто не може відновити ваш пароль, навіть ми. Без пароля або ключа відновлення ваші дані буде втрачено назавжди.
vault-create-understood = Мені це зрозуміло.
vault-create-button = Створити папку

# Recovery sheet
vault-recovery-title = Аркуш відновлення
vault-recovery-intro = Це ваш ключ відновлення. З ним ви відкриєте папку, якщо забудете пароль.
vault-recovery-once = Ключ показано лише зараз. Застосунок його не зберігає.
vault-recovery-step-print = Надрукуйте цей аркуш або точно перепишіть ключ.
vault-recovery-step-keep = Зберігайте аркуш удома, окремо від телефона. Не кладіть його в папку, яку ви показуєте на прийомах. Нікому його не показуйте.
vault-recovery-step-use = Забули пароль? Натисніть «Забули пароль?» і введіть цей ключ.
vault-recovery-key-label = Ключ відновлення
vault-recovery-qr-label = QR-код із ключем відновлення
vault-recovery-created = Дата створення: { $date }
vault-recovery-print = Надрукувати
vault-recovery-kept = Ключ збережено в надійному місці.
vault-recovery-replace-title = Новий ключ відновлення
vault-recovery-replace-intro = Ви загубили аркуш? Створіть новий ключ. Тоді старий ключ більше не відкриє цю папку.
vault-recovery-replace-button = Створити новий ключ

# Unlock
vault-unlock-title = Відкрити папку
vault-unlock-intro = Вашу папку заблоковано. Введіть пароль.
vault-unlock-button = Відкрити
vault-forgot = Забули пароль?
vault-recovery-unlock-title = Відкрити за допомогою ключа відновлення
vault-recovery-unlock-intro = Введіть ключ із вашого аркуша відновлення. Потім виберіть новий пароль.
vault-recovery-input = Ключ відновлення
vault-recovery-unlock-button = Відкрити та зберегти новий пароль

# Lock
vault-lock-now = Заблокувати зараз
vault-locked-manual = Папку заблоковано.
vault-locked-auto = Папку заблоковано автоматично.

# My details
vault-data-title = Відомості про мене
vault-name-label = Моє ім’я
vault-notes-label = Нотатки
vault-save = Зберегти
vault-saved = Збережено.
vault-damaged = Один запис пошкоджено, його не можна відкрити: { $name }. Усе інше в порядку.
vault-kind-profile = Ім’я
vault-kind-note = Нотатки
vault-kind-checklist = Позначки в списках справ
vault-kind-settings = Налаштування
vault-kind-document = Документ
vault-kind-appointment = Прийом
vault-kind-consultation = Консультація
vault-kind-other = Запис { $id }
vault-checklist-locked = Відкрийте свою захищену папку. Тоді ви зможете ставити та зберігати позначки.

# Settings
vault-settings-title = Налаштування
vault-autolock-label = Блокувати автоматично, якщо застосунком ніхто не користується, через
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
vault-autolock-hidden = Папка блокується також, якщо застосунок 30 секунд працює у фоновому режимі, окрім часу, коли ви фотографуєте або вибираєте файл.

# Change passphrase
vault-change-title = Змінити пароль
vault-current-passphrase = Поточний пароль
vault-new-passphrase = Новий пароль
vault-new-passphrase-repeat = Новий пароль ще раз
vault-change-button = Змінити пароль
vault-changed = Пароль змінено.

# Storage
vault-storage-title = Місце в пам’яті
vault-storage-usage = Зайнято: { $used } з { $available }
vault-storage-unknown = Браузер не повідомляє, скільки місця вільно.
vault-storage-persisted = Браузер зберігає ваші дані постійно.
vault-storage-not-persisted = Браузер може видалити ваші дані, якщо місця стане мало. Часто зберігайте резервну копію.

# Backup
vault-backup-title = Резервна копія
vault-backup-intro = Резервна копія — це один файл з усіма даними, у зашифрованому вигляді. Зберігайте його в іншому місці, наприклад на USB-флешці. Відкрити його можна вашим паролем або ключем відновлення.
vault-backup-export = Зберегти резервну копію
vault-backup-exported = Резервну копію збережено: { $file }
vault-backup-skipped = { $count ->
    [one] { $count } пошкоджений запис відсутній у резервній копії.
    [few] { $count } пошкоджені записи відсутні в резервній копії.
    [many] { $count } пошкоджених записів відсутні в резервній копії.
   *[other] { $count } пошкодженого запису відсутні в резервній копії.
}
vault-import-title = Завантажити резервну копію
vault-import-file = Файл резервної копії
vault-import-secret = Пароль або ключ відновлення резервної копії
vault-import-button = Перевірити та завантажити
vault-import-exists = На цьому пристрої вже є папка. Якщо ви завантажите резервну копію, цю папку буде замінено. Усі дані в поточній папці тоді буде втрачено.
vault-import-replace = Так, замінити поточну папку
vault-import-done = Резервну копію завантажено: { $records ->
    [one] { $records } запис
    [few] { $records } записи
    [many] { $records } записів
   *[other] { $records } запису
} і { $blobs ->
    [one] { $blobs } файл
    [few] { $blobs } файли
    [many] { $blobs } файлів
   *[other] { $blobs } файлу
}.
vault-import-no-file = Будь ласка, спочатку виберіть файл.

# Delete everything
vault-delete-title = Видалити
vault-delete-intro = Видалити папку: це видаляє вашу папку з усіма документами й даними на цьому пристрої. Застосунок залишається і працює далі без інтернету. Цього не можна скасувати.
vault-delete-button = Видалити мою папку
vault-delete-confirm = Справді видалити вашу папку? Після цього все зникне, якщо у вас немає резервної копії.
vault-delete-yes = Так, видалити папку
vault-deleted = Вашу папку видалено.

# Errors
vault-error-decrypt = Не вдалося. Пароль або ключ неправильний, або дані пошкоджено.
vault-error-recovery-length = Ключ відновлення має неправильну довжину. У ньому 36 символів у 9 групах.
vault-error-recovery-character = У ключі відновлення є символ, якого там не буває. Будь ласка, перевірте кожен символ.
vault-error-recovery-typo = У ключі відновлення є одруківка. Будь ласка, перевірте кожен символ.
vault-error-empty-passphrase = Будь ласка, введіть пароль.
vault-error-kdf-params = Ці дані мають недопустимі налаштування безпеки. Їх не буде відкрито.
vault-error-kdf-failed = На пристрої недостатньо пам’яті. Будь ласка, закрийте інші застосунки та спробуйте ще раз.
vault-error-not-a-backup = Цей файл — не резервна копія «Моєї папки» (Mein Ordner).
vault-error-newer-version = Ці дані з новішої версії застосунку. Будь ласка, перезавантажте застосунок.
vault-error-damaged = Дані неповні або пошкоджені. Нічого не змінено.
vault-error-internal = Помилка в застосунку. Нічого не змінено.
vault-error-too-large = Файл завеликий.
vault-error-exists = На цьому пристрої вже є папка.
vault-error-no-vault = На цьому пристрої ще немає папки.
vault-error-storage-full = Пам’ять заповнена. Нічого не збережено. Видаліть файли або звільніть місце на пристрої.
vault-error-storage = Браузер не зміг зберегти дані. Нічого не змінено.
vault-error-worker = Не вдалося запустити шифрування. Будь ласка, перезавантажте сторінку.
vault-no-browser-save = Не дозволяйте браузеру зберігати пароль. Якщо він запитає, чи зберегти його, виберіть «Ніколи». Інакше кожен, хто має цей пристрій, зможе відкрити папку.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Для цього потрібен ваш поточний пароль.
vault-autolock-confirm = Довший час до блокування потребує вашого пароля. Введіть його і натисніть «Підтвердити».
vault-confirm-button = Підтвердити
vault-key-replaced = Ключ відновлення замінено { $date }. Старі аркуші відновлення більше не відкривають цю папку.
vault-passphrase-common = Цей пароль використовує дуже багато людей. Будь ласка, виберіть інший.
vault-passphrase-weak = Цей пароль занадто легко вгадати. Використайте кілька слів або візьміть пропозицію.
vault-passphrase-suggest = Запропонувати пароль
vault-passphrase-suggestion = Запропонований пароль. Запишіть його на папері й зберігайте в надійному місці:
vault-error-backup-too-large = Резервна копія може мати щонайбільше { $size }. Ця більша, тому застосунок не може її використати.
vault-remove-app-intro = Прибрати застосунок: це видаляє папку, вибрану мову та збережений застосунок із цього браузера. Після цього застосунку знову потрібен інтернет, щоб запуститися.
vault-remove-app-button = Прибрати застосунок і всі дані з цього браузера
vault-remove-app-confirm = Справді прибрати застосунок і всі його дані з цього браузера?
vault-remove-app-yes = Так, прибрати все
vault-app-removed = Застосунок і всі його дані прибрано з цього браузера. Закрийте цю вкладку. Якщо ви знову відкриєте застосунок, він почне спочатку.
vault-saved-files = Застосунок не може видалити файли, які ви раніше зберегли або якими поділилися: роздруківки (mein-ordner-….pdf), файл календаря (….ics) і резервні копії (….meinordner). Знайдіть їх у папці «Завантаження» та в застосунках, з якими ви ділилися, і видаліть їх там.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Ви також можете переписати ключ від руки на аркуш паперу і зберігати його вдома. Перевірте кожну групу двічі.
vault-recovery-no-screenshot = Не робіть знімок екрана з цим ключем. Фото на телефоні — це копія: хто має телефон, той може ним відкрити вашу папку.
