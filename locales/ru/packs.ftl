### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file (for example
### contacts[2].phone, counted from 1), $value = what the file says there.
### Russian plural: one (1, 21, 31 …), few (2–4, 22–24 …), many (0, 5–20, 25 …), other (fractions).

pack-error-summary = { $file }: { $count ->
        [one] { $count } ошибка.
        [few] { $count } ошибки.
        [many] { $count } ошибок.
       *[other] { $count } ошибки.
    } Пакет не загружен. Прежнее содержимое остаётся без изменений.
pack-warning-missing-languages = Примечание: { $file }, строка { $line }, { $field }: нет текста на этих языках: { $languages }. Приложение показывает там немецкий текст.
pack-warning-unprintable = Примечание: { $file }, строка { $line }, { $field }: эти символы нельзя напечатать: { $chars }. В распечатке вместо них стоит «{ "\uFFFD" }».
pack-check-ok = { $file }: пакет для { $town } в порядке: { $contacts ->
        [one] { $contacts } контакт
        [few] { $contacts } контакта
        [many] { $contacts } контактов
       *[other] { $contacts } контакта
    }, { $items ->
        [one] { $items } пункт
        [few] { $items } пункта
        [many] { $items } пунктов
       *[other] { $items } пункта
    } для списков дел, { $tips ->
        [one] { $tips } совет.
        [few] { $tips } совета.
        [many] { $tips } советов.
       *[other] { $tips } совета.
    }

pack-error-syntax = { $file }, строка { $line }: файл не является корректным TOML. Проверьте кавычки, скобки и знаки равенства. ({ $detail })
pack-error-too-large = { $file }: файл слишком большой. Допускается не более { $max } КБ.
pack-error-not-utf8 = { $file }, строка { $line }: файл сохранён не в UTF-8. Сохраните его в UTF-8.
pack-error-unreadable = { $file }: файл не удаётся прочитать. ({ $detail })
pack-error-unsupported-format = { $file }, строка { $line }, { $field }: это приложение не знает версию формата { $found }. Оно читает версии формата с 1 по { $supported }.
pack-error-missing-field = { $file }, строка { $line }: нет поля «{ $field }».
pack-error-unknown-field = { $file }, строка { $line }: поля «{ $field }» не существует. Может быть, в названии опечатка?
pack-error-wrong-type = { $file }, строка { $line }, { $field }: здесь стоит { $found ->
        [string] текст
        [integer] целое число
        [float] дробное число
        [boolean] логическое значение
        [datetime] дата
        [array] список
        [table] таблица
       *[other] другое значение
    }, а ожидается { $expected ->
        [string] текст в кавычках
        [integer] целое число
        [boolean] true или false
        [array] список в квадратных скобках
        [table] таблица
       *[other] другое значение
    }.
pack-error-empty = { $file }, строка { $line }, { $field }: поле пустое. Если вы не знаете значение, уберите поле полностью.
pack-error-too-long = { $file }, строка { $line }, { $field }: текст слишком длинный. Допускается не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
pack-error-invalid-key = { $file }, строка { $line }, { $field }: «{ $value }» — недопустимый ключ. Разрешены маленькие буквы от a до z, цифры и одиночные дефисы.
pack-error-duplicate-key = { $file }, строка { $line }, { $field }: «{ $value }» встречается в файле дважды.
pack-error-unknown-tab = { $file }, строка { $line }, { $field }: раздела «{ $value }» не существует. Возможные варианты: { $allowed }.
pack-error-unknown-doctype = { $file }, строка { $line }, { $field }: типа документа «{ $value }» не существует.
pack-error-unknown-contact-type = { $file }, строка { $line }, { $field }: типа контакта «{ $value }» не существует.
pack-error-unknown-text-language = { $file }, строка { $line }, { $field }: тексты на языке «{ $value }» приложение показать не может. Возможные варианты: { $allowed }.
pack-error-invalid-language-code = { $file }, строка { $line }, { $field }: «{ $value }» — это не код языка. Напишите 2 или 3 маленькие латинские буквы, например de, en или ar.
pack-error-missing-german = { $file }, строка { $line }, { $field }: нет немецкого текста (de). Немецкий нужен всегда.
pack-error-invalid-phone = { $file }, строка { $line }, { $field }: «{ $value }» — это не номер телефона. Разрешены цифры, пробелы и знаки + / - ( ).
pack-error-invalid-email = { $file }, строка { $line }, { $field }: «{ $value }» — это не адрес электронной почты.
pack-error-invalid-web = { $file }, строка { $line }, { $field }: «{ $value }» — это не интернет-адрес. Он должен начинаться с https:// или http://.
pack-error-invalid-date = { $file }, строка { $line }, { $field }: «{ $value }» — это не дата. Напишите её так: 2025-03-31.
pack-error-unknown-entry = { $file }, строка { $line }, { $field }: «{ $value }» нет в стандартном содержании. Скрыть (hidden) можно только существующие записи.
