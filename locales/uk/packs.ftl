### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file (for example
### contacts[2].phone, counted from 1), $value = what the file says there.
### Ukrainian plural: one (1, 21, 31 …), few (2–4, 22–24 …), many (0, 5–20, 25 …), other (fractions).

pack-error-summary = { $file }: { $count ->
        [one] { $count } помилка.
        [few] { $count } помилки.
        [many] { $count } помилок.
       *[other] { $count } помилки.
    } Пакет не завантажено. Попередній вміст залишається без змін.
pack-warning-missing-languages = Примітка: { $file }, рядок { $line }, { $field }: немає тексту цими мовами: { $languages }. Застосунок показує там німецький текст.
pack-warning-unprintable = Примітка: { $file }, рядок { $line }, { $field }: ці символи не можна надрукувати: { $chars }. У роздруківці замість них стоїть «{ "\uFFFD" }».
pack-check-ok = { $file }: пакет для { $town } у порядку: { $contacts ->
        [one] { $contacts } контакт
        [few] { $contacts } контакти
        [many] { $contacts } контактів
       *[other] { $contacts } контакту
    }, { $items ->
        [one] { $items } пункт
        [few] { $items } пункти
        [many] { $items } пунктів
       *[other] { $items } пункту
    } для списків справ, { $tips ->
        [one] { $tips } порада.
        [few] { $tips } поради.
        [many] { $tips } порад.
       *[other] { $tips } поради.
    }

pack-error-syntax = { $file }, рядок { $line }: файл не є коректним TOML. Перевірте лапки, дужки та знаки рівності. ({ $detail })
pack-error-too-large = { $file }: файл завеликий. Дозволено щонайбільше { $max } КБ.
pack-error-not-utf8 = { $file }, рядок { $line }: файл збережено не в UTF-8. Збережіть його в UTF-8.
pack-error-unreadable = { $file }: файл не вдається прочитати. ({ $detail })
pack-error-unsupported-format = { $file }, рядок { $line }, { $field }: цей застосунок не знає версії формату { $found }. Він читає версії формату від 1 до { $supported }.
pack-error-missing-field = { $file }, рядок { $line }: бракує поля «{ $field }».
pack-error-unknown-field = { $file }, рядок { $line }: поля «{ $field }» не існує. Можливо, у назві помилка?
pack-error-wrong-type = { $file }, рядок { $line }, { $field }: тут стоїть { $found ->
        [string] текст
        [integer] ціле число
        [float] дробове число
        [boolean] логічне значення
        [datetime] дата
        [array] список
        [table] таблиця
       *[other] інше значення
    }, а очікується { $expected ->
        [string] текст у лапках
        [integer] ціле число
        [boolean] true або false
        [array] список у квадратних дужках
        [table] таблиця
       *[other] інше значення
    }.
pack-error-empty = { $file }, рядок { $line }, { $field }: поле порожнє. Якщо ви не знаєте значення, приберіть поле повністю.
pack-error-too-long = { $file }, рядок { $line }, { $field }: текст задовгий. Дозволено щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
pack-error-invalid-key = { $file }, рядок { $line }, { $field }: «{ $value }» — недопустимий ключ. Дозволено малі літери від a до z, цифри та поодинокі дефіси.
pack-error-duplicate-key = { $file }, рядок { $line }, { $field }: «{ $value }» трапляється у файлі двічі.
pack-error-unknown-tab = { $file }, рядок { $line }, { $field }: розділу «{ $value }» не існує. Можливі варіанти: { $allowed }.
pack-error-unknown-doctype = { $file }, рядок { $line }, { $field }: типу документа «{ $value }» не існує.
pack-error-unknown-contact-type = { $file }, рядок { $line }, { $field }: типу контакту «{ $value }» не існує.
pack-error-unknown-text-language = { $file }, рядок { $line }, { $field }: тексти мовою «{ $value }» застосунок показати не може. Можливі варіанти: { $allowed }.
pack-error-invalid-language-code = { $file }, рядок { $line }, { $field }: «{ $value }» — це не код мови. Напишіть 2 або 3 малі латинські літери, наприклад de, en або ar.
pack-error-missing-german = { $file }, рядок { $line }, { $field }: бракує німецького тексту (de). Німецька потрібна завжди.
pack-error-invalid-phone = { $file }, рядок { $line }, { $field }: «{ $value }» — це не номер телефону. Дозволено цифри, пробіли та знаки + / - ( ).
pack-error-invalid-email = { $file }, рядок { $line }, { $field }: «{ $value }» — це не адреса електронної пошти.
pack-error-invalid-web = { $file }, рядок { $line }, { $field }: «{ $value }» — це не інтернет-адреса. Вона має починатися з https:// або http://.
pack-error-invalid-date = { $file }, рядок { $line }, { $field }: «{ $value }» — це не дата. Напишіть її так: 2025-03-31.
pack-error-unknown-entry = { $file }, рядок { $line }, { $field }: «{ $value }» немає в стандартному вмісті. Приховати (hidden) можна лише наявні записи.
