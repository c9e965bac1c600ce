# Printed folders: blank folder for offices, recovery sheet, consultation printout.

## Blank folder

pdf-folder-subtitle = The folder for your important papers
pdf-name = Name
pdf-date = Date
pdf-town = Town
pdf-town-placeholder = your town
pdf-notes = Notes
pdf-contents = Contents
pdf-not-reviewed-title = About this translation
pdf-howto-title = How to use this folder
pdf-howto-1 = The folder has ten tabs. Each tab has a topic, for example money or housing.
pdf-howto-2 = File each paper behind the right tab. The newest paper goes to the front.
pdf-howto-3 = Each tab has a checklist. Tick what you already have. Then you see what is still missing.
pdf-howto-4 = Take the folder to every appointment. Then everybody sees the same, and you do not have to explain everything twice.
pdf-howto-5 = Write new appointments and deadlines on the notes page of the tab at once.
pdf-divider-file-here = File your papers on this topic behind this sheet.
pdf-checklist-tick = Tick what you already have.
pdf-contact-blank = Other office
pdf-spine-title = Spine label for folders with a { $width } mm spine
pdf-spine-cut = Cut out and slide into the pocket on the folder's spine.

## Recovery sheet

pdf-recovery-title = Recovery sheet
pdf-recovery-intro = With this key you can open your data again if you forget your passphrase.
pdf-recovery-key = Recovery key
pdf-recovery-step-1 = Open My Folder and choose “Forgot passphrase?”.
pdf-recovery-step-2 = Scan the QR code or type in the key.
pdf-recovery-step-3 = Then choose a new passphrase.
pdf-recovery-warning = Whoever has this sheet can open your data. Keep it at home, away from your phone and not in the folder you show at appointments. Do not show it to anyone.
pdf-recovery-created = Created on { $date }

## Consultation printout

pdf-consult-title = Papers for the consultation
pdf-consult-summary = Overview for the advisor
pdf-consult-for = For
pdf-consult-printed = Printed on { $date }
pdf-consult-tabs = Tabs
pdf-consult-have = Available
pdf-consult-missing = Still missing
pdf-consult-due = Deadlines and appointments
pdf-consult-deadlines = Deadlines
pdf-consult-appointments = Appointments
pdf-consult-documents = Documents
pdf-consult-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
pdf-consult-valid-until = valid until { $date }
pdf-consult-served = served (received) on { $date }
pdf-consult-received = received on { $date }
pdf-consult-letter-date = letter dated { $date }
pdf-consult-log = Earlier consultations
pdf-consult-notes = Notes of the consultation
pdf-consult-own-notes = My own notes
pdf-consult-none = No entries.
pdf-consult-scan = Scan: { $title }, page { $page } of { $count }
pdf-consult-privacy = This printout contains personal data. The person chose what is in it. Please do not copy or pass it on, and give it back or destroy it after the consultation.
