# Der sichere Ordner (verschlüsselte Daten auf dem Gerät). Einfaches Deutsch (A2).

vault-title = Mein sicherer Ordner
vault-nav = Meine Daten
vault-intro = Hier speichern Sie Ihre persönlichen Daten. Alles ist verschlüsselt. Nur mit Ihrem Passwort kann man es lesen.
vault-status-locked = Der Ordner ist gesperrt.
vault-status-unlocked = Der Ordner ist offen.
vault-working = Bitte warten. Das dauert einige Sekunden.
vault-cancel = Abbrechen
vault-done = Fertig

# Anlegen
vault-create-title = Sicheren Ordner anlegen
vault-create-intro = Wählen Sie ein Passwort. Ein langer Satz ist gut, zum Beispiel vier Wörter, die nur Sie kennen.
vault-passphrase = Passwort
vault-passphrase-repeat = Passwort noch einmal
vault-passphrase-show = Passwort zeigen
vault-passphrase-mismatch = Die beiden Passwörter sind nicht gleich.
vault-passphrase-too-short = Das Passwort ist zu kurz. Es braucht mindestens { $min } Zeichen.
vault-strength-label = Stärke des Passworts
vault-strength-weak = Schwach. Bitte nehmen Sie ein längeres Passwort.
vault-strength-fair = Mittel. Ein längeres Passwort ist sicherer.
vault-strength-good = Gut.
vault-strength-strong = Sehr gut.
vault-create-warning = Wichtig: Niemand kann Ihr Passwort wiederherstellen, auch wir nicht. Ohne das Passwort oder den Wiederherstellungsschlüssel sind Ihre Daten für immer verloren.
vault-create-understood = Ich habe das verstanden.
vault-create-button = Ordner anlegen

# Wiederherstellungsblatt
vault-recovery-title = Wiederherstellungsblatt
vault-recovery-intro = Das ist Ihr Wiederherstellungsschlüssel. Mit ihm öffnen Sie Ihren Ordner, wenn Sie das Passwort vergessen haben.
vault-recovery-once = Der Schlüssel wird nur jetzt gezeigt. Die App speichert ihn nicht.
vault-recovery-step-print = Drucken Sie dieses Blatt aus oder schreiben Sie den Schlüssel genau ab.
vault-recovery-step-keep = Bewahren Sie das Blatt zu Hause auf, nicht beim Telefon. Legen Sie es nicht in den Ordner, den Sie bei Terminen zeigen. Zeigen Sie es niemandem.
vault-recovery-step-use = Passwort vergessen? Tippen Sie auf „Passwort vergessen?“ und geben Sie diesen Schlüssel ein.
vault-recovery-key-label = Wiederherstellungsschlüssel
vault-recovery-qr-label = QR-Code mit dem Wiederherstellungsschlüssel
vault-recovery-created = Erstellt am { $date }
vault-recovery-print = Drucken
vault-recovery-kept = Ich habe den Schlüssel aufbewahrt.
vault-recovery-replace-title = Neuer Wiederherstellungsschlüssel
vault-recovery-replace-intro = Haben Sie das Blatt verloren? Machen Sie einen neuen Schlüssel. Der alte Schlüssel öffnet diesen Ordner dann nicht mehr.
vault-recovery-replace-button = Neuen Schlüssel machen

# Öffnen
vault-unlock-title = Ordner öffnen
vault-unlock-intro = Ihr Ordner ist gesperrt. Geben Sie Ihr Passwort ein.
vault-unlock-button = Öffnen
vault-forgot = Passwort vergessen?
vault-recovery-unlock-title = Mit dem Wiederherstellungsschlüssel öffnen
vault-recovery-unlock-intro = Geben Sie den Schlüssel von Ihrem Wiederherstellungsblatt ein. Dann wählen Sie ein neues Passwort.
vault-recovery-input = Wiederherstellungsschlüssel
vault-recovery-unlock-button = Öffnen und neues Passwort speichern

# Sperren
vault-lock-now = Jetzt sperren
vault-locked-manual = Der Ordner ist jetzt gesperrt.
vault-locked-auto = Der Ordner wurde automatisch gesperrt.

# Meine Angaben
vault-data-title = Meine Angaben
vault-name-label = Mein Name
vault-notes-label = Notizen
vault-save = Speichern
vault-saved = Gespeichert.
vault-damaged = Ein Eintrag ist beschädigt und kann nicht geöffnet werden: { $name }. Alles andere ist in Ordnung.
vault-kind-profile = Name
vault-kind-note = Notizen
vault-kind-checklist = Häkchen in den Checklisten
vault-kind-settings = Einstellungen
vault-kind-document = Ein Dokument
vault-kind-appointment = Ein Termin
vault-kind-consultation = Eine Beratung
vault-kind-other = Eintrag { $id }
vault-checklist-locked = Öffnen Sie Ihren sicheren Ordner. Dann können Sie Häkchen setzen und speichern.

# Einstellungen
vault-settings-title = Einstellungen
vault-autolock-label = Automatisch sperren, wenn niemand die App benutzt, nach
vault-autolock-minutes = { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
vault-autolock-hidden = Der Ordner sperrt sich auch, wenn die App 30 Sekunden lang im Hintergrund ist, außer während Sie ein Foto machen oder eine Datei wählen.

# Passwort ändern
vault-change-title = Passwort ändern
vault-current-passphrase = Jetziges Passwort
vault-new-passphrase = Neues Passwort
vault-new-passphrase-repeat = Neues Passwort noch einmal
vault-change-button = Passwort ändern
vault-changed = Das Passwort wurde geändert.

# Speicherplatz
vault-storage-title = Speicherplatz
vault-storage-usage = Belegt: { $used } von { $available }
vault-storage-unknown = Der Browser sagt nicht, wie viel Platz frei ist.
vault-storage-persisted = Der Browser hebt Ihre Daten dauerhaft auf.
vault-storage-not-persisted = Der Browser darf Ihre Daten löschen, wenn der Platz knapp wird. Speichern Sie oft eine Sicherungskopie.

# Sicherungskopie
vault-backup-title = Sicherungskopie
vault-backup-intro = Eine Sicherungskopie ist eine Datei mit allen Daten, verschlüsselt. Speichern Sie sie an einem anderen Ort, zum Beispiel auf einem USB-Stick. Sie öffnen sie mit Ihrem Passwort oder mit dem Wiederherstellungsschlüssel.
vault-backup-export = Sicherungskopie speichern
vault-backup-exported = Die Sicherungskopie wurde gespeichert: { $file }
vault-backup-skipped = { $count ->
    [one] 1 beschädigter Eintrag fehlt in der Sicherungskopie.
   *[other] { $count } beschädigte Einträge fehlen in der Sicherungskopie.
}
vault-import-title = Sicherungskopie laden
vault-import-file = Datei der Sicherungskopie
vault-import-secret = Passwort oder Wiederherstellungsschlüssel der Sicherungskopie
vault-import-button = Prüfen und laden
vault-import-exists = Auf diesem Gerät gibt es schon einen Ordner. Wenn Sie die Sicherungskopie laden, wird er ersetzt. Alle Daten im jetzigen Ordner gehen dann verloren.
vault-import-replace = Ja, den jetzigen Ordner ersetzen
vault-import-done = Die Sicherungskopie wurde geladen: { $records } Einträge und { $blobs } Dateien.
vault-import-no-file = Bitte wählen Sie zuerst eine Datei.

# Alles löschen
vault-delete-title = Löschen
vault-delete-intro = Ordner löschen: Das löscht Ihren Ordner mit allen Dokumenten und Daten auf diesem Gerät. Die App bleibt und funktioniert weiter ohne Internet. Das kann man nicht rückgängig machen.
vault-delete-button = Meinen Ordner löschen
vault-delete-confirm = Wirklich Ihren Ordner löschen? Danach ist alles weg, außer Sie haben eine Sicherungskopie.
vault-delete-yes = Ja, Ordner löschen
vault-deleted = Ihr Ordner wurde gelöscht.

# Fehler
vault-error-decrypt = Das hat nicht geklappt. Das Passwort oder der Schlüssel ist falsch, oder die Daten sind beschädigt.
vault-error-recovery-length = Der Wiederherstellungsschlüssel hat nicht die richtige Länge. Er hat 36 Zeichen in 9 Gruppen.
vault-error-recovery-character = Im Wiederherstellungsschlüssel ist ein Zeichen, das es dort nicht gibt. Bitte prüfen Sie jedes Zeichen.
vault-error-recovery-typo = Im Wiederherstellungsschlüssel ist ein Tippfehler. Bitte prüfen Sie jedes Zeichen.
vault-error-empty-passphrase = Bitte geben Sie ein Passwort ein.
vault-error-kdf-params = Diese Daten haben ungültige Sicherheits-Einstellungen. Sie werden nicht geöffnet.
vault-error-kdf-failed = Das Gerät hat nicht genug Speicher. Bitte schließen Sie andere Apps und versuchen Sie es noch einmal.
vault-error-not-a-backup = Diese Datei ist keine Sicherungskopie von Mein Ordner.
vault-error-newer-version = Diese Daten kommen von einer neueren Version der App. Bitte laden Sie die App neu.
vault-error-damaged = Die Daten sind unvollständig oder beschädigt. Es wurde nichts geändert.
vault-error-internal = Ein Fehler in der App. Es wurde nichts geändert.
vault-error-too-large = Die Datei ist zu groß.
vault-error-exists = Auf diesem Gerät gibt es schon einen Ordner.
vault-error-no-vault = Auf diesem Gerät gibt es noch keinen Ordner.
vault-error-storage-full = Der Speicher ist voll. Es wurde nichts gespeichert. Löschen Sie Dateien oder machen Sie Platz auf dem Gerät.
vault-error-storage = Der Browser konnte nicht speichern. Es wurde nichts geändert.
vault-error-worker = Die Verschlüsselung konnte nicht starten. Bitte laden Sie die Seite neu.
vault-no-browser-save = Lassen Sie den Browser das Passwort nicht speichern. Wenn er fragt, ob er es speichern soll, wählen Sie „Nie“. Sonst kann jede Person mit diesem Gerät den Ordner öffnen.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Dafür brauchen wir Ihr jetziges Passwort.
vault-autolock-confirm = Eine längere Zeit bis zum Sperren braucht Ihr Passwort. Geben Sie es ein und drücken Sie „Bestätigen“.
vault-confirm-button = Bestätigen
vault-key-replaced = Der Wiederherstellungsschlüssel wurde am { $date } ersetzt. Ältere Wiederherstellungsblätter öffnen diesen Ordner nicht mehr.
vault-passphrase-common = Dieses Passwort benutzen sehr viele Menschen. Bitte wählen Sie ein anderes.
vault-passphrase-weak = Dieses Passwort ist zu leicht zu erraten. Nehmen Sie mehrere Wörter oder den Vorschlag.
vault-passphrase-suggest = Passwort vorschlagen
vault-passphrase-suggestion = Vorgeschlagenes Passwort. Schreiben Sie es auf Papier und bewahren Sie es gut auf:
vault-error-backup-too-large = Eine Sicherungskopie darf höchstens { $size } groß sein. Diese ist größer, die App kann sie nicht benutzen.
vault-remove-app-intro = App entfernen: Das löscht den Ordner, die gewählte Sprache und die gespeicherte App aus diesem Browser. Danach braucht die App wieder Internet, um zu starten.
vault-remove-app-button = App und alle Daten aus diesem Browser entfernen
vault-remove-app-confirm = Wirklich die App und alle ihre Daten aus diesem Browser entfernen?
vault-remove-app-yes = Ja, alles entfernen
vault-app-removed = Die App und alle ihre Daten sind aus diesem Browser entfernt. Schließen Sie jetzt diesen Tab. Wenn Sie die App wieder öffnen, beginnt sie neu.
vault-saved-files = Dateien, die Sie früher gespeichert oder geteilt haben, kann die App nicht löschen: Ausdrucke (mein-ordner-….pdf), die Kalender-Datei (….ics) und Sicherungskopien (….meinordner). Suchen Sie sie unter „Downloads“ und in den Apps, mit denen Sie geteilt haben, und löschen Sie sie dort.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Sie können den Schlüssel auch mit der Hand auf ein Blatt Papier schreiben und es zu Hause aufbewahren. Prüfen Sie jede Gruppe zweimal.
vault-recovery-no-screenshot = Machen Sie kein Bildschirmfoto von diesem Schlüssel. Ein Foto auf dem Telefon ist eine Kopie: Wer das Telefon hat, kann damit Ihren Ordner öffnen.
