# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = Папка для ваших важливих документів
pdf-name = Ім’я
pdf-date = Дата
pdf-town = Місто
pdf-town-placeholder = ваше місто
pdf-notes = Нотатки
pdf-contents = Зміст
pdf-not-reviewed-title = Примітка щодо перекладу
pdf-howto-title = Як користуватися цією папкою
pdf-howto-1 = У папці десять розділів. Кожен розділ має свою тему, наприклад гроші або житло.
pdf-howto-2 = Підшивайте кожен документ у відповідний розділ. Найновіший документ кладіть наперед.
pdf-howto-3 = У кожному розділі є список справ. Позначайте хрестиком те, що у вас уже є. Тоді ви побачите, чого ще бракує.
pdf-howto-4 = Беріть папку на кожен прийом. Так усі бачать одне й те саме, і вам не треба пояснювати все двічі.
pdf-howto-5 = Одразу записуйте нові прийоми та строки на сторінку для нотаток цього розділу.
pdf-divider-file-here = Підшивайте документи на цю тему за цим аркушем.
pdf-checklist-tick = Позначте хрестиком те, що у вас уже є.
pdf-contact-blank = Інша установа
pdf-spine-title = Етикетка на корінець для папки з корінцем { $width } мм
pdf-spine-cut = Виріжте та вставте в кишеньку на корінці папки.

## Recovery sheet

pdf-recovery-title = Аркуш відновлення
pdf-recovery-intro = З цим ключем ви знову відкриєте свої дані, якщо забудете пароль.
pdf-recovery-key = Ключ відновлення
pdf-recovery-step-1 = Відкрийте «Мою папку» (Mein Ordner) і виберіть «Забули пароль?».
pdf-recovery-step-2 = Відскануйте QR-код або введіть ключ вручну.
pdf-recovery-step-3 = Потім виберіть новий пароль.
pdf-recovery-warning = Хто має цей аркуш, може відкрити ваші дані. Зберігайте його вдома, окремо від телефона, і не в тій папці, яку ви показуєте на прийомах. Нікому його не показуйте.
pdf-recovery-created = Дата створення: { $date }

## Consultation printout

pdf-consult-title = Документи для консультації
pdf-consult-summary = Огляд для консультації
pdf-consult-for = Для
pdf-consult-printed = Дата друку: { $date }
pdf-consult-tabs = Розділи
pdf-consult-have = Є
pdf-consult-missing = Ще бракує
pdf-consult-due = Строки та прийоми
pdf-consult-deadlines = Строки
pdf-consult-appointments = Прийоми
pdf-consult-documents = Документи
pdf-consult-pages = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
pdf-consult-valid-until = строк дії до { $date }
pdf-consult-served = вручено { $date }
pdf-consult-received = отримано { $date }
pdf-consult-letter-date = лист від { $date }
pdf-consult-log = Попередні консультації
pdf-consult-notes = Нотатки консультації
pdf-consult-own-notes = Мої нотатки
pdf-consult-none = Записів немає.
pdf-consult-scan = Скан: { $title }, сторінка { $page } з { $count }
pdf-consult-privacy = Ця роздруківка містить особисті дані. Людина сама вибрала, що в ній є. Будь ласка, не копіюйте та не передавайте її, а після консультації поверніть або знищте.
