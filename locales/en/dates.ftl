### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = Monday
date-weekday-tue = Tuesday
date-weekday-wed = Wednesday
date-weekday-thu = Thursday
date-weekday-fri = Friday
date-weekday-sat = Saturday
date-weekday-sun = Sunday
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Lawsuit (Klage) at the administrative court
deadline-title-urgent-application = Urgent application (Eilantrag) at the administrative court
deadline-title-objection = File an objection (Widerspruch)
deadline-title-tax-objection = File an objection (Einspruch)
deadline-title-objection-or-lawsuit = Objection (Widerspruch) or lawsuit (Klage): see the end of the decision
deadline-title-register-address = Register your address (Anmeldung)
deadline-title-expiry = The paper expires
deadline-title-renew-early = Renewal: make an appointment now
deadline-title-renew-last = Renewal: last reminder
deadline-title-appointment = Appointment
deadline-title-bamf-appointment = Appointment at the BAMF: very important
deadline-title-family-reunification = Family reunification: apply
deadline-title-missing-date = No deadline computed: the date is missing
deadline-missing-date-short = Date missing
deadline-last-day = Last day: { $date }
deadline-based-on = Based on { $law }
deadline-note-moved = The deadline would end on { $date }, a weekend or public holiday. So it ends on the next working day. The app counts only public holidays in all of Germany, not holidays only in your federal state.
deadline-note-outcome-unknown = You have not chosen yet what the decision says. So the app shows the shortest deadline: 1 week.
deadline-note-instructions-missing = You chose: the Rechtsbehelfsbelehrung (the text about your rights) is missing or wrong. Only a lawyer can check if that is true. Only then may 1 year apply ({ $law }). So the app shows the short deadline: 1 week for the lawsuit and the urgent application. Do not wait.
deadline-missing-date = No deadline computed: enter the date on the yellow envelope (or the day the letter came). The deadline may already be running. Ask an advice centre today.
deadline-advice = Get help at once: Asylverfahrensberatung (asylum counselling), Flüchtlingsrat (refugee council), Migrationsberatung (migration counselling) or a lawyer. The addresses are in the tab “Advice and help”.
deadline-due-title = Due soon
deadline-due-empty = Nothing is due in the next 30 days.
deadline-due-overdue = Already past
deadline-due-week = In the next 7 days
deadline-due-month = In the next 30 days
deadline-due-today = Today
deadline-from-document = From the paper: { $doctype }

## Appointments
appt-title = Appointments
appt-intro = Your appointments at offices and counselling centres. They are stored encrypted in your safe folder.
appt-locked = First open your safe folder. Then you see your appointments and deadlines.
appt-open-folder = Open the safe folder
appt-add = New appointment
appt-edit = Change
appt-delete = Delete
appt-delete-confirm = Really delete? Press “Delete” once more.
appt-save = Save
appt-cancel = Cancel
appt-date = Date
appt-time = Time (if known)
appt-office = Where? Office or service, room
appt-contact = Contact from the register
appt-contact-none = No contact
appt-bring = Bring along
appt-bring-hint = Choose items from your checklists.
appt-notes = Notes
appt-empty = No appointments yet.
appt-past = Past appointments
appt-saved = Saved.
appt-deleted = Deleted.
appt-when-time = { $date }, { $time }
appt-error-no-date = Please enter a date.
appt-error-no-office = Please write where or with whom the appointment is.
appt-error-too-long = The text is too long.
appt-deadlines = Deadlines from your papers
appt-deadlines-none = No deadlines yet. Deadlines come from the dates on your papers.
appt-export = Make calendar file (.ics)
appt-export-hint = Open the file with the calendar on your phone. Then it reminds you of deadlines and appointments. Careful: the file is not encrypted.
appt-all = All appointments and deadlines

## Consultation log
log-title = Consultations
log-intro = Whom did you see? What was agreed? What is the next step? So everyone who helps you sees the same picture.
log-add = New entry
log-date = Date
log-who = With whom? Person or office
log-agreed = What was agreed?
log-next = Next steps
log-empty = No entries yet.
log-error-no-who = Please write whom you saw.
log-open = See consultations

## Calendar file
ics-deadline-summary = Deadline: { $title }
ics-appt-summary = Appointment: { $office }
