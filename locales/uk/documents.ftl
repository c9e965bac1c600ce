# Збережені документи: фото та файли PDF за вкладками.

doc-section-title = Документи
doc-add = Додати документ
# A button at the top of a tab page that jumps down to its documents.
doc-jump = Документи в цьому розділі: { $count }
doc-list-empty = У цій вкладці ще немає документів.
doc-locked = Ваші документи зберігаються у вашій захищеній папці. Відкрийте її, щоб бачити й додавати документи.
doc-pages = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
doc-add-title = Додати документ
doc-edit-title = Змінити документ
doc-field-type = Вид документа
doc-field-type-choose = Будь ласка, виберіть
doc-field-title = Назва (можна не заповнювати)
doc-field-issuer = Від кого (установа або людина)
doc-field-received = Дата отримання
doc-field-served = Дата вручення (дата на жовтому конверті)
doc-date-unknown = Я не знаю дати
doc-field-letter-date = Дата в самому листі (якщо є)
doc-date-help-title = Яку дату вводити?
doc-date-help-served = Введіть дату на жовтому конверті. Це день вручення (Zustellung), і строк починається цього дня. Немає жовтого конверта? Тоді введіть день, коли прийшов лист.
doc-date-help-received = Введіть день, коли прийшов лист. Якщо він прийшов у жовтому конверті, введіть дату на конверті.
doc-date-help-post = Звичайний лист вважається отриманим на 4-й день після відправлення (з 2025 року; § 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X). Якщо він прийшов пізніше, строк, можливо, почався раніше. Застосунок завжди рахує від дня, який ви вводите, ніколи від пізнішого.
doc-date-help-centre = Лист прийшов через центр прийому (де ви живете)? Тоді він, можливо, вважається врученим уже на 3-й день після того, як надійшов туди (§ 10 Abs. 4 AsylG). Лист спершу отримав ваш адвокат? Тоді строк починається з дня, коли лист надійшов туди: запитайте про цей день.
doc-field-centre-date = День, коли лист надійшов до центру прийому (якщо знаєте)
doc-earlier-start = Строк, можливо, почався вже { $date }. Це раніше за вашу дату. Для безпеки краще рахувати від цього дня.
doc-use-earlier = Ввести цю ранішу дату
doc-field-valid-until = Дійсний до
doc-field-moved-in = Дата заселення в житло
doc-field-appointment = Дата прийому (у листі)
doc-field-outcome = Що написано в рішенні?
doc-outcome-none = Я ще не знаю
doc-outcome-unfounded = Відмова як «unbegründet» (необґрунтована)
doc-outcome-manifestly-unfounded = Відмова як «offensichtlich unbegründet» (явно необґрунтована)
doc-outcome-inadmissible = Відмова як «unzulässig» (неприйнятна)
doc-outcome-no-instructions = Rechtsbehelfsbelehrung немає або вона неправильна
doc-outcome-refugee-recognised = Визнано біженцем або особою з правом на притулок
doc-field-notes = Нотатки
doc-notes-hint = Не більше { $max } знаків.
doc-field-tab = Вкладка
doc-pages-title = Сторінки
doc-deadlines = Строки за цим документом
doc-no-pages = Сторінок ще немає. Зробіть фото або виберіть файл.
doc-no-pages-stored = У цього документа немає сторінок.
doc-take-photo = Зробити фото
doc-choose-files = Вибрати фото або файли PDF
doc-paper-mode = Режим паперу: чорно-білий, сильний контраст
doc-limits = Фото до { $image } МБ. Файли PDF до { $pdf } МБ; вони зберігаються без змін.
doc-processing = Підготовка сторінки { $done } з { $total } …
doc-page = Сторінка { $number }
doc-page-up = Сторінку { $number } вище
doc-page-down = Сторінку { $number } нижче
doc-page-rotate = Повернути сторінку { $number }
doc-page-remove = Прибрати сторінку { $number }
doc-pdf-page = Відкрити файл PDF ({ $size })
doc-save = Зберегти
doc-saving = Зберігається …
doc-cancel = Скасувати
doc-edit = Змінити
doc-delete = Видалити документ
doc-delete-confirm = Видалити цей документ з усіма сторінками? Це не можна скасувати.
doc-delete-yes = Так, видалити
doc-not-found = Цього документа немає у вашій папці.
doc-error-type = Будь ласка, виберіть вид документа.
doc-error-date = Це неправильна дата. Будь ласка, введіть день, місяць і рік.
doc-error-date-needed = Будь ласка, введіть дату, коли прийшов лист (при врученні: дату на жовтому конверті). Не знаєте її? Тоді виберіть «Я не знаю дати».
doc-error-too-long = Цей текст задовгий.
doc-error-too-many-pages = У документі може бути не більше 50 сторінок.
doc-error-unsupported = Цей файл не можна додати. Будь ласка, виберіть фото (наприклад, JPEG або PNG) або файл PDF.
doc-error-unreadable = Це зображення не читається. Можливо, воно пошкоджене, або цей браузер не знає його формат. Будь ласка, зробіть нове фото.
doc-error-image-too-large = Це зображення більше { $mb } МБ. Будь ласка, виберіть менше зображення.
doc-error-pdf-too-large = Цей файл PDF більше { $mb } МБ. Файли PDF зберігаються без змін, тому вони можуть бути не більше { $mb } МБ.
doc-error-not-a-pdf = Цей файл названо як файл PDF, але це не PDF.
doc-error-browser = Браузер не зміг підготувати це зображення. Закрийте інші застосунки й спробуйте ще раз.
doc-error-storage-full = Пам’ять цього пристрою заповнена. Нічого не збережено. Видаліть непотрібні документи або звільніть місце на телефоні.
doc-error-damaged = Цей документ пошкоджений, його не можна відкрити.
doc-error-not-found = Однієї сторінки цього документа немає.
doc-error-internal = Щось пішло не так. Нічого не збережено. Будь ласка, спробуйте ще раз.
