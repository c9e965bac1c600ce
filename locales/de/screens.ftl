# Mein Ordner: the screens of the register tabs (home cards, tab page, town choice, search, office editor).
# German is the source language. Simple language, short sentences.

## Home and tab page

tabs-open-tab = Register { $number }: { $title }
tabs-progress = { $done } von { $total } erledigt
tabs-back = Zurück zur Übersicht
tabs-section-intro = Das ist wichtig
tabs-item-doctype = Papier dazu: { $doctype }
tabs-ticks-memory-only = Ihre Häkchen werden noch nicht gespeichert. Wenn Sie die App schließen, sind sie weg.
tabs-ticks-vault = Ihre Häkchen werden verschlüsselt auf diesem Gerät gespeichert.
tabs-contact-to-fill = wird von Ihrer Stadt eingetragen
tabs-contact-copy = Adresse kopieren
tabs-contact-copied = Die Adresse ist kopiert.
tabs-contact-copy-failed = Kopieren ging nicht. Bitte schreiben Sie die Adresse ab.
tabs-contact-call = Anrufen: { $phone }
tabs-no-contacts = Für dieses Register gibt es noch keine Kontakte.
tabs-german-only = nur auf Deutsch

## Town

town-heading = Ihre Stadt
town-hint = Wählen Sie Ihre Stadt. Dann sehen Sie die Kontakte und Hinweise für Ihre Stadt.
town-none = Keine Stadt: nur allgemeine Hinweise für Deutschland
town-current = Gewählte Stadt: { $town }
town-current-none = Keine Stadt gewählt
town-change = Stadt wählen
town-updated = Stand der Angaben: { $date }
town-import-heading = Datei einer Stadt laden
town-import-hint = Ein Amt oder eine Beratungsstelle kann Ihnen eine Datei mit den Kontakten Ihrer Stadt geben (Endung .toml).
town-import-button = Datei auswählen
town-import-ok = Die Datei für { $town } ist geladen.
town-memory-only = Die gewählte Stadt wird noch nicht gespeichert. Beim nächsten Öffnen wählen Sie sie bitte wieder.
town-vault = Die gewählte Stadt wird verschlüsselt auf diesem Gerät gespeichert.
town-imported = aus einer Datei geladen

## Search

search-button = Suchen
search-heading = Suchen
search-label = Wonach suchen Sie?
search-hint = Sie können auf Deutsch oder in Ihrer Sprache suchen.
search-results = { $count ->
        [one] 1 Treffer
       *[other] { $count } Treffer
    }
search-none = Nichts gefunden. Versuchen Sie ein anderes Wort.
search-kind-title = Register
search-kind-intro = Einführung
search-kind-tip = Tipp
search-kind-item = Checkliste
search-kind-contact = Kontakt

## Office editor

office-open = Stadt-Datei bearbeiten (für Ämter)
office-heading = Stadt-Datei bearbeiten
office-intro = Hier macht ein Amt oder eine Beratungsstelle die Datei für seine Stadt: Kontakte eintragen, Hinweise übersetzen, prüfen und als Datei speichern.
office-start-empty = Leer beginnen
office-start-from = Mit { $town } beginnen
office-start-confirm = Ihre Änderungen hier gehen verloren. Trotzdem neu beginnen?
office-town-name = Name der Stadt
office-key = Kurzname der Datei (nur a–z, 0–9 und -)
office-contacts = Kontakte
office-contact-heading = Kontakt { $number }
office-add-contact = Kontakt hinzufügen
office-remove = Entfernen
office-move-up = Nach oben
office-move-down = Nach unten
office-contact-key = Schlüssel (nur a–z, 0–9 und -)
office-contact-type = Art der Stelle
office-contact-type-none = keine
office-contact-tabs = In welchen Registern?
office-languages-hint = Sprachcodes, mit Komma getrennt, zum Beispiel: de, ar, en
office-contact-facts-as-of = Stand der Angaben (Datum der Quelle)
office-text-german = Deutsch
office-add-translation = Übersetzung hinzufügen
office-remove-translation = Übersetzung entfernen
office-translation-language = Sprache der Übersetzung
office-missing-languages = Noch ohne Übersetzung – dort zeigt die App den deutschen Text:
office-check = Prüfen
office-export = Als Datei speichern
office-issues = { $count ->
        [one] 1 Problem gefunden. Bitte korrigieren Sie es vor dem Speichern.
       *[other] { $count } Probleme gefunden. Bitte korrigieren Sie sie vor dem Speichern.
    }
office-exported = Die Datei { $file } ist gespeichert.

# About this app (#12 §8)
home-about-title = Über diese App
home-about-build = Build-Nummer: { $build }
home-about-build-help = An dieser Nummer sieht eine Beratungsstelle oder ein Amt, welche Version der App auf diesem Gerät läuft.
home-about-origin = Diese App wird geladen von: { $origin }
