# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Simple language (A2). German is the source language.

## Blank folder

pdf-folder-subtitle = Der Ordner für Ihre wichtigen Papiere
pdf-name = Name
pdf-date = Datum
pdf-town = Stadt
pdf-town-placeholder = Ihrer Stadt
pdf-notes = Notizen
pdf-contents = Inhalt
pdf-not-reviewed-title = Hinweis zur Übersetzung
pdf-howto-title = So benutzen Sie diesen Ordner
pdf-howto-1 = Der Ordner hat zehn Register. Jedes Register hat ein Thema, zum Beispiel Geld oder Wohnen.
pdf-howto-2 = Heften Sie jedes Papier hinter das passende Register. Das neueste Papier kommt nach vorne.
pdf-howto-3 = Jedes Register hat eine Checkliste. Kreuzen Sie an, was Sie schon haben. Dann sehen Sie, was noch fehlt.
pdf-howto-4 = Nehmen Sie den Ordner zu jedem Termin mit. So sehen alle dasselbe, und Sie müssen nichts doppelt erklären.
pdf-howto-5 = Schreiben Sie neue Termine und Fristen sofort auf die Notizseite des Registers.
pdf-divider-file-here = Heften Sie Ihre Papiere zu diesem Thema hinter dieses Blatt.
pdf-checklist-tick = Kreuzen Sie an, was Sie schon haben.
pdf-contact-blank = Weitere Stelle
pdf-spine-title = Rückenschild für Ordner mit { $width } mm Rücken
pdf-spine-cut = Ausschneiden und in die Tasche am Ordnerrücken stecken.

## Recovery sheet

pdf-recovery-title = Wiederherstellungsblatt
pdf-recovery-intro = Mit diesem Schlüssel öffnen Sie Ihre Daten wieder, wenn Sie Ihr Passwort vergessen haben.
pdf-recovery-key = Wiederherstellungsschlüssel
pdf-recovery-step-1 = Öffnen Sie Mein Ordner und wählen Sie „Passwort vergessen?“.
pdf-recovery-step-2 = Scannen Sie den QR-Code oder tippen Sie den Schlüssel ab.
pdf-recovery-step-3 = Wählen Sie dann ein neues Passwort.
pdf-recovery-warning = Wer dieses Blatt hat, kann Ihre Daten öffnen. Bewahren Sie es zu Hause auf, nicht beim Telefon und nicht im Ordner, den Sie bei Terminen zeigen. Zeigen Sie es niemandem.
pdf-recovery-created = Erstellt am { $date }

## Consultation printout

pdf-consult-title = Unterlagen für die Beratung
pdf-consult-summary = Überblick für die Beratung
pdf-consult-for = Für
pdf-consult-printed = Gedruckt am { $date }
pdf-consult-tabs = Register
pdf-consult-have = Vorhanden
pdf-consult-missing = Fehlt noch
pdf-consult-due = Fristen und Termine
pdf-consult-deadlines = Fristen
pdf-consult-appointments = Termine
pdf-consult-documents = Dokumente
pdf-consult-pages = { $count ->
    [one] 1 Seite
   *[other] { $count } Seiten
}
pdf-consult-valid-until = gültig bis { $date }
pdf-consult-served = zugestellt am { $date }
pdf-consult-received = erhalten am { $date }
pdf-consult-letter-date = Brief vom { $date }
pdf-consult-log = Bisherige Beratungen
pdf-consult-notes = Notizen der Beratung
pdf-consult-own-notes = Eigene Notizen
pdf-consult-none = Keine Einträge.
pdf-consult-scan = Scan: { $title }, Seite { $page } von { $count }
pdf-consult-privacy = Dieser Ausdruck enthält persönliche Daten. Die Person hat selbst ausgewählt, was darin steht. Bitte nicht kopieren oder weitergeben und nach der Beratung zurückgeben oder vernichten.
