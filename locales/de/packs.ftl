### Content packs of a town: results of checking a pack file.
### Variables: $file = file name, $line = line number in the file, $field = the field in the file
### (for example contacts[2].phone, counted from 1), $value = what the file says there.
### Field names and values stay as they are in the file (they are English/technical words).

pack-error-summary = { $file }: { $count ->
        [one] 1 Fehler.
       *[other] { $count } Fehler.
    } Das Paket wurde nicht geladen. Die bisherigen Inhalte bleiben, wie sie sind.
pack-warning-missing-languages = Hinweis: { $file }, Zeile { $line }, { $field }: kein Text auf { $languages }. Die App zeigt dort den deutschen Text.
pack-warning-unprintable = Hinweis: { $file }, Zeile { $line }, { $field }: Diese Zeichen können nicht gedruckt werden: { $chars }. Im Ausdruck steht dort „{ "\uFFFD" }“.
pack-check-ok = { $file }: Das Paket für { $town } ist in Ordnung: { $contacts ->
        [one] 1 Kontakt
       *[other] { $contacts } Kontakte
    }, { $items ->
        [one] 1 Punkt
       *[other] { $items } Punkte
    } für die Checklisten, { $tips ->
        [one] 1 Tipp.
       *[other] { $tips } Tipps.
    }

pack-error-syntax = { $file }, Zeile { $line }: Die Datei ist kein gültiges TOML. Prüfen Sie Anführungszeichen, Klammern und Gleichheitszeichen. ({ $detail })
pack-error-too-large = { $file }: Die Datei ist zu groß. Erlaubt sind höchstens { $max } KB.
pack-error-not-utf8 = { $file }, Zeile { $line }: Die Datei ist nicht als UTF-8 gespeichert. Speichern Sie sie als UTF-8.
pack-error-unreadable = { $file }: Die Datei kann nicht gelesen werden. ({ $detail })
pack-error-unsupported-format = { $file }, Zeile { $line }, { $field }: Format-Version { $found } kennt diese App nicht. Sie liest die Format-Versionen 1 bis { $supported }.
pack-error-missing-field = { $file }, Zeile { $line }: Das Feld „{ $field }“ fehlt.
pack-error-unknown-field = { $file }, Zeile { $line }: Das Feld „{ $field }“ gibt es nicht. Ist es falsch geschrieben?
pack-error-wrong-type = { $file }, Zeile { $line }, { $field }: Hier steht { $found ->
        [string] ein Text
        [integer] eine ganze Zahl
        [float] eine Kommazahl
        [boolean] ein Wahrheitswert
        [datetime] ein Datum
        [array] eine Liste
        [table] eine Tabelle
       *[other] ein anderer Wert
    }, aber erwartet wird { $expected ->
        [string] ein Text in Anführungszeichen
        [integer] eine ganze Zahl
        [boolean] true oder false
        [array] eine Liste in eckigen Klammern
        [table] eine Tabelle
       *[other] ein anderer Wert
    }.
pack-error-empty = { $file }, Zeile { $line }, { $field }: Das Feld ist leer. Lassen Sie ein Feld ganz weg, wenn Sie den Wert nicht kennen.
pack-error-too-long = { $file }, Zeile { $line }, { $field }: Der Text ist zu lang. Erlaubt sind höchstens { $max } Zeichen.
pack-error-invalid-key = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist kein gültiger Schlüssel. Erlaubt sind kleine Buchstaben a bis z, Ziffern und einzelne Bindestriche.
pack-error-duplicate-key = { $file }, Zeile { $line }, { $field }: „{ $value }“ kommt in der Datei zweimal vor.
pack-error-unknown-tab = { $file }, Zeile { $line }, { $field }: Ein Register „{ $value }“ gibt es nicht. Möglich sind: { $allowed }.
pack-error-unknown-doctype = { $file }, Zeile { $line }, { $field }: Eine Dokument-Art „{ $value }“ gibt es nicht.
pack-error-unknown-contact-type = { $file }, Zeile { $line }, { $field }: Eine Kontakt-Art „{ $value }“ gibt es nicht.
pack-error-unknown-text-language = { $file }, Zeile { $line }, { $field }: Texte in der Sprache „{ $value }“ kann die App nicht zeigen. Möglich sind: { $allowed }.
pack-error-invalid-language-code = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist kein Sprach-Code. Schreiben Sie 2 oder 3 kleine Buchstaben, zum Beispiel de, en oder ar.
pack-error-missing-german = { $file }, Zeile { $line }, { $field }: Der deutsche Text (de) fehlt. Deutsch ist immer nötig.
pack-error-invalid-phone = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und die Zeichen + / - ( ).
pack-error-invalid-email = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist keine E-Mail-Adresse.
pack-error-invalid-web = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist keine Internet-Adresse. Sie muss mit https:// oder http:// beginnen.
pack-error-invalid-date = { $file }, Zeile { $line }, { $field }: „{ $value }“ ist kein Datum. Schreiben Sie es so: 2025-03-31.
pack-error-unknown-entry = { $file }, Zeile { $line }, { $field }: „{ $value }“ gibt es im Standard-Inhalt nicht. Ausblenden (hidden) kann man nur Einträge, die es gibt.
