### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Every deadline is shown with deadline-advice and its explanation, which ends with
### { deadline-not-legal-advice } (in doctypes.ftl).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = Montag
date-weekday-tue = Dienstag
date-weekday-wed = Mittwoch
date-weekday-thu = Donnerstag
date-weekday-fri = Freitag
date-weekday-sat = Samstag
date-weekday-sun = Sonntag
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Klage beim Verwaltungsgericht
deadline-title-urgent-application = Eilantrag beim Verwaltungsgericht
deadline-title-objection = Widerspruch einlegen
deadline-title-tax-objection = Einspruch einlegen (Familienkasse)
deadline-title-objection-or-lawsuit = Widerspruch oder Klage (steht am Ende vom Bescheid)
deadline-title-register-address = Adresse anmelden (Anmeldung)
deadline-title-expiry = Das Papier läuft ab
deadline-title-renew-early = Verlängerung: jetzt einen Termin machen
deadline-title-renew-last = Verlängerung: letzte Erinnerung
deadline-title-appointment = Termin
deadline-title-bamf-appointment = Termin beim BAMF: sehr wichtig
deadline-title-family-reunification = Familiennachzug: Antrag stellen
deadline-title-missing-date = Keine Frist berechnet: Das Datum fehlt
deadline-missing-date-short = Datum fehlt
deadline-last-day = Letzter Tag: { $date }
deadline-based-on = Grundlage: { $law }
deadline-note-moved = Das Fristende wäre am { $date }, an einem Wochenende oder Feiertag. Darum endet die Frist am nächsten Werktag. Die App zählt nur Feiertage in ganz Deutschland, keine Feiertage nur in Ihrem Bundesland.
deadline-note-outcome-unknown = Sie haben noch nicht gewählt, was im Bescheid steht. Darum zeigt die App die kürzeste Frist: 1 Woche.
deadline-note-instructions-missing = Sie haben gewählt: Die Rechtsbehelfsbelehrung fehlt oder ist falsch. Ob das stimmt, kann nur eine Anwältin oder ein Anwalt prüfen. Nur dann gilt vielleicht 1 Jahr ({ $law }). Darum zeigt die App die kurze Frist: 1 Woche für Klage und Eilantrag. Warten Sie nicht.
deadline-missing-date = Keine Frist berechnet: Geben Sie das Datum auf dem gelben Umschlag ein (oder den Tag, an dem der Brief kam). Die Frist kann schon laufen. Fragen Sie noch heute eine Beratungsstelle.
deadline-advice = Hilfe sofort: Asylverfahrensberatung, Flüchtlingsrat, Migrationsberatung oder eine Anwältin oder ein Anwalt. Adressen stehen im Register „Beratung und Hilfe“.
deadline-due-title = Bald fällig
deadline-due-empty = In den nächsten 30 Tagen ist nichts fällig.
deadline-due-overdue = Schon vorbei
deadline-due-week = In den nächsten 7 Tagen
deadline-due-month = In den nächsten 30 Tagen
deadline-due-today = Heute
deadline-from-document = Aus dem Papier: { $doctype }

## Appointments
appt-title = Termine
appt-intro = Ihre Termine bei Ämtern und Beratungsstellen. Sie sind verschlüsselt in Ihrem sicheren Ordner gespeichert.
appt-locked = Öffnen Sie zuerst Ihren sicheren Ordner. Dann sehen Sie Ihre Termine und Fristen.
appt-open-folder = Sicheren Ordner öffnen
appt-add = Neuer Termin
appt-edit = Ändern
appt-delete = Löschen
appt-delete-confirm = Wirklich löschen? Drücken Sie noch einmal auf „Löschen“.
appt-save = Speichern
appt-cancel = Abbrechen
appt-date = Datum
appt-time = Uhrzeit (wenn bekannt)
appt-office = Wo? Amt oder Stelle, Raum
appt-contact = Kontakt aus dem Register
appt-contact-none = Kein Kontakt
appt-bring = Mitbringen
appt-bring-hint = Wählen Sie Punkte aus Ihren Checklisten.
appt-notes = Notizen
appt-empty = Noch keine Termine.
appt-past = Vergangene Termine
appt-saved = Gespeichert.
appt-deleted = Gelöscht.
appt-when-time = { $date }, { $time } Uhr
appt-error-no-date = Bitte geben Sie ein Datum ein.
appt-error-no-office = Bitte schreiben Sie, wo oder bei wem der Termin ist.
appt-error-too-long = Der Text ist zu lang.
appt-deadlines = Fristen aus Ihren Papieren
appt-deadlines-none = Noch keine Fristen. Fristen kommen aus den Daten auf Ihren Papieren.
appt-export = Kalender-Datei (.ics) erstellen
appt-export-hint = Öffnen Sie die Datei mit dem Kalender auf Ihrem Telefon. Dann erinnert er Sie an Fristen und Termine. Achtung: Die Datei ist nicht verschlüsselt.
appt-all = Alle Termine und Fristen

## Consultation log
log-title = Beratungen
log-intro = Bei wem waren Sie? Was wurde vereinbart? Was ist der nächste Schritt? So sehen alle, die Ihnen helfen, das gleiche Bild.
log-add = Neuer Eintrag
log-date = Datum
log-who = Bei wem? Person oder Stelle
log-agreed = Was wurde vereinbart?
log-next = Nächste Schritte
log-empty = Noch keine Einträge.
log-error-no-who = Bitte schreiben Sie, bei wem Sie waren.
log-open = Beratungen ansehen

## Calendar file
ics-deadline-summary = Frist: { $title }
ics-appt-summary = Termin: { $office }
