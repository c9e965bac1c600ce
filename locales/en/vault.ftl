# The safe folder (encrypted data on the device).

vault-title = My safe folder
vault-nav = My data
vault-intro = Here you keep your personal data. Everything is encrypted. Only your passphrase can read it.
vault-status-locked = The folder is locked.
vault-status-unlocked = The folder is open.
vault-working = Please wait. This takes a few seconds.
vault-cancel = Cancel
vault-done = Done

# Create
vault-create-title = Create your safe folder
vault-create-intro = Choose a passphrase. A long sentence is good, for example four words that only you know.
vault-passphrase = Passphrase
vault-passphrase-repeat = Passphrase again
vault-passphrase-show = Show passphrase
vault-passphrase-mismatch = The two passphrases are not the same.
vault-passphrase-too-short = The passphrase is too short. It needs at least { $min } characters.
vault-strength-label = Passphrase strength
vault-strength-weak = Weak. Please use a longer passphrase.
vault-strength-fair = Fair. A longer passphrase is safer.
vault-strength-good = Good.
vault-strength-strong = Very good.
vault-create-warning = Important: nobody can recover your passphrase, not even us. Without the passphrase or the recovery key your data is lost forever.
vault-create-understood = I understand.
vault-create-button = Create folder

# Recovery sheet
vault-recovery-title = Recovery sheet
vault-recovery-intro = This is your recovery key. It opens your folder if you forget the passphrase.
vault-recovery-once = The key is shown only now. The app does not store it.
vault-recovery-step-print = Print this sheet or copy the key exactly.
vault-recovery-step-keep = Keep the sheet at home, away from your phone. Do not put it in the folder you show at appointments. Show it to nobody.
vault-recovery-step-use = Forgot the passphrase? Tap “Forgot passphrase?” and type this key.
vault-recovery-key-label = Recovery key
vault-recovery-qr-label = QR code with the recovery key
vault-recovery-created = Created on { $date }
vault-recovery-print = Print
vault-recovery-kept = I have kept the key safe.
vault-recovery-replace-title = New recovery key
vault-recovery-replace-intro = Lost the sheet? Make a new key. The old key will then no longer open this folder.
vault-recovery-replace-button = Make a new key

# Unlock
vault-unlock-title = Open the folder
vault-unlock-intro = Your folder is locked. Type your passphrase.
vault-unlock-button = Open
vault-forgot = Forgot passphrase?
vault-recovery-unlock-title = Open with the recovery key
vault-recovery-unlock-intro = Type the key from your recovery sheet. Then choose a new passphrase.
vault-recovery-input = Recovery key
vault-recovery-unlock-button = Open and save the new passphrase

# Lock
vault-lock-now = Lock now
vault-locked-manual = The folder is locked now.
vault-locked-auto = The folder was locked automatically.

# My details
vault-data-title = My details
vault-name-label = My name
vault-notes-label = Notes
vault-save = Save
vault-saved = Saved.
vault-damaged = An entry is damaged and cannot be opened: { $name }. Everything else is fine.
vault-kind-profile = Name
vault-kind-note = Notes
vault-kind-checklist = Ticks in the checklists
vault-kind-settings = Settings
vault-kind-document = A document
vault-kind-appointment = An appointment
vault-kind-consultation = A consultation
vault-kind-other = Entry { $id }
vault-checklist-locked = Open your safe folder. Then you can tick items and save them.

# Settings
vault-settings-title = Settings
vault-autolock-label = Lock automatically when nobody uses the app, after
vault-autolock-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
vault-autolock-hidden = The folder also locks when the app is in the background for 30 seconds, except while you take a photo or choose a file.

# Change passphrase
vault-change-title = Change passphrase
vault-current-passphrase = Current passphrase
vault-new-passphrase = New passphrase
vault-new-passphrase-repeat = New passphrase again
vault-change-button = Change passphrase
vault-changed = The passphrase was changed.

# Storage
vault-storage-title = Storage space
vault-storage-usage = Used: { $used } of { $available }
vault-storage-unknown = The browser does not say how much space is free.
vault-storage-persisted = The browser keeps your data permanently.
vault-storage-not-persisted = The browser may delete your data when space runs low. Save a backup often.

# Backup
vault-backup-title = Backup
vault-backup-intro = A backup is one file with all your data, encrypted. Keep it in another place, for example on a USB stick. It opens with your passphrase or with the recovery key.
vault-backup-export = Save a backup
vault-backup-exported = The backup was saved: { $file }
vault-backup-skipped = { $count ->
    [one] 1 damaged entry is missing from the backup.
   *[other] { $count } damaged entries are missing from the backup.
}
vault-import-title = Load a backup
vault-import-file = Backup file
vault-import-secret = Passphrase or recovery key of the backup
vault-import-button = Check and load
vault-import-exists = There is already a folder on this device. Loading the backup replaces it. All data in the current folder will be lost.
vault-import-replace = Yes, replace the current folder
vault-import-done = The backup was loaded: { $records } entries and { $blobs } files.
vault-import-no-file = Please choose a file first.

# Delete everything
vault-delete-title = Delete
vault-delete-intro = Delete folder: this deletes your folder with all documents and data on this device. The app stays and keeps working without internet. This cannot be undone.
vault-delete-button = Delete my folder
vault-delete-confirm = Really delete your folder? Afterwards everything is gone, unless you have a backup.
vault-delete-yes = Yes, delete the folder
vault-deleted = Your folder was deleted.

# Errors
vault-error-decrypt = That did not work. The passphrase or key is wrong, or the data is damaged.
vault-error-recovery-length = The recovery key does not have the right length. It has 36 characters in 9 groups.
vault-error-recovery-character = The recovery key contains a character that recovery keys never contain. Please check every character.
vault-error-recovery-typo = The recovery key has a typo. Please check every character.
vault-error-empty-passphrase = Please type a passphrase.
vault-error-kdf-params = This data has invalid security settings. It will not be opened.
vault-error-kdf-failed = The device does not have enough memory. Please close other apps and try again.
vault-error-not-a-backup = This file is not a My Folder backup.
vault-error-newer-version = This data comes from a newer version of the app. Please reload the app.
vault-error-damaged = The data is incomplete or damaged. Nothing was changed.
vault-error-internal = An error in the app. Nothing was changed.
vault-error-too-large = The file is too large.
vault-error-exists = There is already a folder on this device.
vault-error-no-vault = There is no folder on this device yet.
vault-error-storage-full = The storage is full. Nothing was saved. Delete files or make space on the device.
vault-error-storage = The browser could not save. Nothing was changed.
vault-error-worker = The encryption could not start. Please reload the page.
vault-no-browser-save = Do not let the browser save the passphrase. If it asks whether to save it, choose "Never". Otherwise anyone with this device can open the folder.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = For this we need your current passphrase.
vault-autolock-confirm = A longer time before locking needs your passphrase. Type it and press “Confirm”.
vault-confirm-button = Confirm
vault-key-replaced = The recovery key was replaced on { $date }. Older recovery sheets no longer open this folder.
vault-passphrase-common = Very many people use this passphrase. Please choose another one.
vault-passphrase-weak = This passphrase is too easy to guess. Use several words, or take the suggestion.
vault-passphrase-suggest = Suggest a passphrase
vault-passphrase-suggestion = Suggested passphrase. Write it on paper and keep it safe:
vault-error-backup-too-large = A backup file can be at most { $size }. This one is larger, so the app cannot use it.
vault-remove-app-intro = Remove the app: this deletes the folder, the chosen language and the stored app from this browser. Afterwards the app needs internet again to start.
vault-remove-app-button = Remove the app and all data from this browser
vault-remove-app-confirm = Really remove the app and all its data from this browser?
vault-remove-app-yes = Yes, remove everything
vault-app-removed = The app and all its data are removed from this browser. Close this tab now. If you open the app again, it starts fresh.
vault-saved-files = The app cannot delete files you saved or shared earlier: printouts (mein-ordner-….pdf), the calendar file (….ics) and backups (….meinordner). Look for them in "Downloads" and in the apps you shared with, and delete them there.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = You can also copy the key by hand onto a sheet of paper and keep it at home. Check every group twice.
vault-recovery-no-screenshot = Do not take a screenshot of this key. A picture on the phone is a copy: whoever has the phone can open your folder with it.
