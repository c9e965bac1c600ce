### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file (for example
### contacts[2].phone, counted from 1), $value = what the file says there.

pack-error-summary = { $file }: { $count ->
        [one] 1 error.
       *[other] { $count } errors.
    } The pack was not loaded. The content loaded before stays as it was.
pack-warning-missing-languages = Note: { $file }, line { $line }, { $field }: no text in { $languages }. The app shows the German text there.
pack-warning-unprintable = Note: { $file }, line { $line }, { $field }: these characters cannot be printed: { $chars }. The printout shows “{ "\uFFFD" }” instead.
pack-check-ok = { $file }: The pack for { $town } is fine: { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }, { $items ->
        [one] 1 checklist item
       *[other] { $items } checklist items
    }, { $tips ->
        [one] 1 tip.
       *[other] { $tips } tips.
    }

pack-error-syntax = { $file }, line { $line }: The file is not valid TOML. Check quotation marks, brackets and equals signs. ({ $detail })
pack-error-too-large = { $file }: The file is too large. At most { $max } KB are allowed.
pack-error-not-utf8 = { $file }, line { $line }: The file is not saved as UTF-8. Save it as UTF-8.
pack-error-unreadable = { $file }: The file cannot be read. ({ $detail })
pack-error-unsupported-format = { $file }, line { $line }, { $field }: This app does not know format version { $found }. It reads format versions 1 to { $supported }.
pack-error-missing-field = { $file }, line { $line }: The field “{ $field }” is missing.
pack-error-unknown-field = { $file }, line { $line }: There is no field “{ $field }”. Is it misspelt?
pack-error-wrong-type = { $file }, line { $line }, { $field }: This is { $found ->
        [string] a text
        [integer] a whole number
        [float] a decimal number
        [boolean] true or false
        [datetime] a date
        [array] a list
        [table] a table
       *[other] another value
    }, but { $expected ->
        [string] a text in quotation marks
        [integer] a whole number
        [boolean] true or false
        [array] a list in square brackets
        [table] a table
       *[other] another value
    } is expected.
pack-error-empty = { $file }, line { $line }, { $field }: The field is empty. Leave a field out completely if you do not know the value.
pack-error-too-long = { $file }, line { $line }, { $field }: The text is too long. At most { $max } characters are allowed.
pack-error-invalid-key = { $file }, line { $line }, { $field }: “{ $value }” is not a valid key. Use small letters a to z, digits and single hyphens.
pack-error-duplicate-key = { $file }, line { $line }, { $field }: “{ $value }” appears twice in the file.
pack-error-unknown-tab = { $file }, line { $line }, { $field }: There is no tab “{ $value }”. Possible tabs: { $allowed }.
pack-error-unknown-doctype = { $file }, line { $line }, { $field }: There is no document type “{ $value }”.
pack-error-unknown-contact-type = { $file }, line { $line }, { $field }: There is no contact type “{ $value }”.
pack-error-unknown-text-language = { $file }, line { $line }, { $field }: The app cannot show texts in the language “{ $value }”. Possible languages: { $allowed }.
pack-error-invalid-language-code = { $file }, line { $line }, { $field }: “{ $value }” is not a language code. Write 2 or 3 small letters, for example de, en or ar.
pack-error-missing-german = { $file }, line { $line }, { $field }: The German text (de) is missing. German is always required.
pack-error-invalid-phone = { $file }, line { $line }, { $field }: “{ $value }” is not a phone number. Use digits, spaces and the characters + / - ( ).
pack-error-invalid-email = { $file }, line { $line }, { $field }: “{ $value }” is not an e-mail address.
pack-error-invalid-web = { $file }, line { $line }, { $field }: “{ $value }” is not a web address. It must start with https:// or http://.
pack-error-invalid-date = { $file }, line { $line }, { $field }: “{ $value }” is not a date. Write it like this: 2025-03-31.
pack-error-unknown-entry = { $file }, line { $line }, { $field }: “{ $value }” is not in the standard content. Only existing entries can be hidden.
