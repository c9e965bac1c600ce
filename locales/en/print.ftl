# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Getting the print ready …
print-working-load = Loading fonts and texts …
print-working-pages = Setting the pages …
print-done = Done. Pages: { $pages } · Size: { $size } · Time: { $seconds } s
print-error-worker = Printing could not start. Please reload the page and try again.
print-error-offline = The fonts for printing are not on this device yet. Open the app once with internet and try again.
print-error-font = A font file for printing is damaged. Please reload the page.
print-error-pack = The town file cannot be read. Please check it under “Choose town”.
print-error-scan = Page { $index } of the scanned documents is not a readable JPEG image. Please scan this page again.
print-error-internal = The PDF could not be made. Please try again.
print-blank-open = Print a blank folder (for offices)
print-blank-title = Print a blank folder
print-blank-intro = For offices and advice centres: a blank folder to print, in German and a second language, with the contacts of a town. A4, with a margin for punching holes.
print-blank-language = Second language
print-blank-german-only = German only
print-blank-unreviewed = No native speaker has checked this translation yet.
print-blank-town = Town
print-blank-town-none = No town (empty lines to fill in)
print-blank-town-file = Loaded file: { $file }
print-blank-town-load = Load a town file
print-blank-button = Make the folder as a PDF
print-recovery-pdf = Make a PDF
print-consult-open = Print papers for an advice meeting
print-consult-title = Papers for the advice meeting
print-consult-intro = You choose what is on the printout. It starts with an overview for the advisor: what is there, what is missing, what is due soon.
print-consult-tabs = Tabs
print-consult-personal = Personal
print-consult-locked = Your folder is locked. Ticks, name, notes and documents are only there when it is open.
print-consult-open-folder = Open the folder
print-consult-ticks = Show what is done on the checklists
print-consult-name = Print my name
print-consult-name-field = Name
print-consult-notes = Print my notes
print-consult-documents = Documents
print-consult-deadlines = Deadlines
print-consult-appointments = Appointments
print-consult-log = Earlier advice meetings
print-consult-nothing = Nothing saved yet.
print-consult-privacy = The printout has personal data. Give it only to people you trust. The app sends nothing away.
print-consult-button = Make the printout as a PDF

# A finished file: print, share or save (#12 §1)
print-ready = The file is ready. It is not saved anywhere yet. Choose what to do with it.
print-print = Print
print-share = Share (for example with a printer app)
print-save-file = Save as file
print-save-warning = Careful: a saved file is not protected. Anyone who uses this device can open it. Delete the file after printing.
print-save-warning-key = With this file, anyone can open your folder. Save it only if you cannot print it another way.
print-saved = Saved as { $file }.
print-saved-personal = Saved as { $file }. Delete the file from the "Downloads" folder after printing.
print-print-failed = Printing could not start. You can share or save the file.
print-share-failed = Sharing did not work. You can print or save the file.
print-save-failed = The file could not be saved.
