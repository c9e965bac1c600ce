# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Druck wird vorbereitet …
print-working-load = Schriften und Texte werden geladen …
print-working-pages = Seiten werden gesetzt …
print-done = Fertig. Seiten: { $pages } · Größe: { $size } · Zeit: { $seconds } s
print-error-worker = Das Drucken konnte nicht starten. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
print-error-offline = Die Schriften für den Druck sind noch nicht auf diesem Gerät. Öffnen Sie die App einmal mit Internet und versuchen Sie es noch einmal.
print-error-font = Eine Schriftdatei für den Druck ist beschädigt. Bitte laden Sie die Seite neu.
print-error-pack = Die Datei der Stadt kann nicht gelesen werden. Bitte prüfen Sie sie unter „Stadt wählen“.
print-error-scan = Seite { $index } der gescannten Dokumente ist kein lesbares JPEG-Bild. Bitte scannen Sie diese Seite neu.
print-error-internal = Das PDF konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.
print-blank-open = Leeren Ordner drucken (für Ämter)
print-blank-title = Leeren Ordner drucken
print-blank-intro = Für Ämter und Beratungsstellen: ein leerer Ordner zum Ausdrucken, auf Deutsch und in einer zweiten Sprache, mit den Kontakten einer Stadt. A4, mit Rand zum Lochen.
print-blank-language = Zweite Sprache
print-blank-german-only = Nur Deutsch
print-blank-unreviewed = Diese Übersetzung hat noch niemand mit dieser Muttersprache geprüft.
print-blank-town = Stadt
print-blank-town-none = Ohne Stadt (leere Zeilen zum Ausfüllen)
print-blank-town-file = Geladene Datei: { $file }
print-blank-town-load = Datei einer Stadt laden
print-blank-button = Ordner als PDF erstellen
print-recovery-pdf = Als PDF erstellen
print-consult-open = Unterlagen für die Beratung drucken
print-consult-title = Unterlagen für die Beratung
print-consult-intro = Sie wählen selbst, was auf dem Ausdruck steht. Er beginnt mit einer Übersicht für die Beratung: was da ist, was fehlt, was bald fällig ist.
print-consult-tabs = Register
print-consult-personal = Persönliches
print-consult-locked = Ihr Ordner ist gesperrt. Häkchen, Name, Notizen und Dokumente gibt es nur, wenn er offen ist.
print-consult-open-folder = Ordner öffnen
print-consult-ticks = Zeigen, was auf den Checklisten erledigt ist
print-consult-name = Meinen Namen drucken
print-consult-name-field = Name
print-consult-notes = Meine Notizen drucken
print-consult-documents = Dokumente
print-consult-deadlines = Fristen
print-consult-appointments = Termine
print-consult-log = Bisherige Beratungen
print-consult-nothing = Noch nichts gespeichert.
print-consult-privacy = Der Ausdruck enthält persönliche Daten. Geben Sie ihn nur Menschen, denen Sie vertrauen. Die App schickt nichts weg.
print-consult-button = Ausdruck als PDF erstellen

# A finished file: print, share or save (#12 §1)
print-ready = Die Datei ist fertig. Sie ist noch nirgends gespeichert. Wählen Sie, was damit geschehen soll.
print-print = Drucken
print-share = Teilen (zum Beispiel mit einer Drucker-App)
print-save-file = Als Datei speichern
print-save-warning = Achtung: Eine gespeicherte Datei ist nicht geschützt. Jede Person, die dieses Gerät benutzt, kann sie öffnen. Löschen Sie die Datei nach dem Drucken.
print-save-warning-key = Mit dieser Datei kann jede Person Ihren Ordner öffnen. Speichern Sie sie nur, wenn Sie nicht anders drucken können.
print-saved = Gespeichert als { $file }.
print-saved-personal = Gespeichert als { $file }. Löschen Sie die Datei nach dem Drucken wieder (unter „Downloads“).
print-print-failed = Das Drucken konnte nicht starten. Sie können die Datei teilen oder speichern.
print-share-failed = Das Teilen hat nicht geklappt. Sie können die Datei drucken oder speichern.
print-save-failed = Die Datei konnte nicht gespeichert werden.
