# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.

vault-title = ჩემი დაცული საქაღალდე
vault-nav = ჩემი მონაცემები
vault-intro = აქ ინახავთ თქვენს პერსონალურ მონაცემებს. ყველაფერი დაშიფრულია. მისი წაკითხვა მხოლოდ თქვენი პაროლით შეიძლება.
vault-status-locked = საქაღალდე ჩაკეტილია.
vault-status-unlocked = საქაღალდე ღიაა.
vault-working = გთხოვთ, მოიცადოთ. ამას რამდენიმე წამი სჭირდება.
vault-cancel = გაუქმება
vault-done = მზადაა

# Create
vault-create-title = დაცული საქაღალდის შექმნა
vault-create-intro = აირჩიეთ პაროლი. გრძელი წინადადება კარგია, მაგალითად, ოთხი სიტყვა, რომელიც მხოლოდ თქვენ იცით.
vault-passphrase = პაროლი
vault-passphrase-repeat = პაროლი კიდევ ერთხელ
vault-passphrase-show = პაროლის ჩვენება
vault-passphrase-mismatch = ორი პაროლი ერთნაირი არ არის.
vault-passphrase-too-short = პაროლი ძალიან მოკლეა. საჭიროა მინიმუმ { $min } სიმბოლო.
vault-strength-label = პაროლის სიძლიერე
vault-strength-weak = სუსტი. გთხოვთ, აირჩიოთ უფრო გრძელი პაროლი.
vault-strength-fair = საშუალო. უფრო გრძელი პაროლი უფრო უსაფრთხოა.
vault-strength-good = კარგი.
vault-strength-strong = ძალიან კარგი.
vault-create-warning = მნიშვნელოვანია: თქვენს პაროლს ვერავინ აღადგენს, ვერც ჩვენ. პაროლის ან აღდგენის გასაღების გარეშე თქვენი მონაცემები სამუდამოდ დაიკარგება.
vault-create-understood = გავიგე.
vault-create-button = საქაღალდის შექმნა

# Recovery sheet
vault-recovery-title = აღდგენის ფურცელი
vault-recovery-intro = ეს არის თქვენი აღდგენის გასაღები. მისით გახსნით საქაღალდეს, თუ პაროლი დაგავიწყდათ.
vault-recovery-once = გასაღები მხოლოდ ახლა ჩანს. აპი მას არ ინახავს.
vault-recovery-step-print = ეს ფურცელი ამობეჭდეთ ან გასაღები ზუსტად გადაიწერეთ.
vault-recovery-step-keep = ფურცელი შეინახეთ სახლში, ტელეფონისგან მოშორებით. არ ჩადოთ ის საქაღალდეში, რომელსაც შეხვედრებზე აჩვენებთ. არავის აჩვენოთ.
vault-recovery-step-use = პაროლი დაგავიწყდათ? დააჭირეთ „დაგავიწყდათ პაროლი?“ და შეიყვანეთ ეს გასაღები.
vault-recovery-key-label = აღდგენის გასაღები
vault-recovery-qr-label = QR-კოდი აღდგენის გასაღებით
vault-recovery-created = შექმნის თარიღი: { $date }
vault-recovery-print = ბეჭდვა
vault-recovery-kept = გასაღები შევინახე.
vault-recovery-replace-title = ახალი აღდგენის გასაღები
vault-recovery-replace-intro = ფურცელი დაკარგეთ? შექმენით ახალი გასაღები. ამის შემდეგ ძველი გასაღები ამ საქაღალდეს ვეღარ გახსნის.
vault-recovery-replace-button = ახალი გასაღების შექმნა

# Unlock
vault-unlock-title = საქაღალდის გახსნა
vault-unlock-intro = თქვენი საქაღალდე ჩაკეტილია. შეიყვანეთ თქვენი პაროლი.
vault-unlock-button = გახსნა
vault-forgot = დაგავიწყდათ პაროლი?
vault-recovery-unlock-title = გახსნა აღდგენის გასაღებით
vault-recovery-unlock-intro = შეიყვანეთ გასაღები თქვენი აღდგენის ფურცლიდან. შემდეგ აირჩიეთ ახალი პაროლი.
vault-recovery-input = აღდგენის გასაღები
vault-recovery-unlock-button = გახსნა და ახალი პაროლის შენახვა

# Lock
vault-lock-now = ახლავე ჩაკეტვა
vault-locked-manual = საქაღალდე ახლა ჩაკეტილია.
vault-locked-auto = საქაღალდე ავტომატურად ჩაიკეტა.

# My details
vault-data-title = ჩემი ინფორმაცია
vault-name-label = ჩემი სახელი
vault-notes-label = შენიშვნები
vault-save = შენახვა
vault-saved = შენახულია.
vault-damaged = ერთი ჩანაწერი დაზიანებულია და ვერ იხსნება: { $name }. დანარჩენი ყველაფერი წესრიგშია.
vault-kind-profile = სახელი
vault-kind-note = შენიშვნები
vault-kind-checklist = მონიშვნები საკონტროლო სიებში
vault-kind-settings = პარამეტრები
vault-kind-document = დოკუმენტი
vault-kind-appointment = შეხვედრა
vault-kind-consultation = კონსულტაცია
vault-kind-other = ჩანაწერი { $id }
vault-checklist-locked = გახსენით თქვენი დაცული საქაღალდე. მაშინ შეძლებთ პუნქტების მონიშვნას და შენახვას.

# Settings
vault-settings-title = პარამეტრები
vault-autolock-label = ავტომატურად ჩაიკეტოს, თუ აპს არავინ იყენებს, ამ დროის შემდეგ:
vault-autolock-minutes = { $minutes ->
    [one] 1 წუთი
   *[other] { $minutes } წუთი
}
vault-autolock-hidden = საქაღალდე ასევე იკეტება, თუ აპი 30 წამის განმავლობაში ფონურ რეჟიმშია, გარდა იმ დროისა, როცა ფოტოს იღებთ ან ფაილს ირჩევთ.

# Change passphrase
vault-change-title = პაროლის შეცვლა
vault-current-passphrase = ამჟამინდელი პაროლი
vault-new-passphrase = ახალი პაროლი
vault-new-passphrase-repeat = ახალი პაროლი კიდევ ერთხელ
vault-change-button = პაროლის შეცვლა
vault-changed = პაროლი შეიცვალა.

# Storage
vault-storage-title = მეხსიერება
vault-storage-usage = დაკავებულია: { $used } / { $available }
vault-storage-unknown = ბრაუზერი არ ამბობს, რამდენი ადგილია თავისუფალი.
vault-storage-persisted = ბრაუზერი თქვენს მონაცემებს მუდმივად ინახავს.
vault-storage-not-persisted = ბრაუზერს შეუძლია თქვენი მონაცემების წაშლა, როცა ადგილი აკლია. ხშირად შეინახეთ სარეზერვო ასლი.

# Backup
vault-backup-title = სარეზერვო ასლი
vault-backup-intro = სარეზერვო ასლი არის ერთი ფაილი ყველა მონაცემით, დაშიფრული. შეინახეთ ის სხვა ადგილას, მაგალითად, USB-ფლეშკაზე. მას გახსნით თქვენი პაროლით ან აღდგენის გასაღებით.
vault-backup-export = სარეზერვო ასლის შენახვა
vault-backup-exported = სარეზერვო ასლი შენახულია: { $file }
vault-backup-skipped = { $count ->
    [one] 1 დაზიანებული ჩანაწერი სარეზერვო ასლში არ არის.
   *[other] { $count } დაზიანებული ჩანაწერი სარეზერვო ასლში არ არის.
}
vault-import-title = სარეზერვო ასლის ჩატვირთვა
vault-import-file = სარეზერვო ასლის ფაილი
vault-import-secret = სარეზერვო ასლის პაროლი ან აღდგენის გასაღები
vault-import-button = შემოწმება და ჩატვირთვა
vault-import-exists = ამ მოწყობილობაზე უკვე არის საქაღალდე. თუ სარეზერვო ასლს ჩატვირთავთ, ის ჩანაცვლდება. ამჟამინდელი საქაღალდის ყველა მონაცემი დაიკარგება.
vault-import-replace = დიახ, ჩანაცვლდეს ამჟამინდელი საქაღალდე
vault-import-done = სარეზერვო ასლი ჩაიტვირთა: { $records } ჩანაწერი და { $blobs } ფაილი.
vault-import-no-file = გთხოვთ, ჯერ აირჩიოთ ფაილი.

# Delete everything
vault-delete-title = წაშლა
vault-delete-intro = საქაღალდის წაშლა: ეს შლის თქვენს საქაღალდეს ყველა დოკუმენტით და მონაცემით ამ მოწყობილობაზე. აპი რჩება და ინტერნეტის გარეშეც მუშაობს. ამის გაუქმება შეუძლებელია.
vault-delete-button = ჩემი საქაღალდის წაშლა
vault-delete-confirm = ნამდვილად გსურთ თქვენი საქაღალდის წაშლა? ამის შემდეგ ყველაფერი დაიკარგება, თუ სარეზერვო ასლი არ გაქვთ.
vault-delete-yes = დიახ, საქაღალდე წაიშალოს
vault-deleted = თქვენი საქაღალდე წაიშალა.

# Errors
vault-error-decrypt = ვერ მოხერხდა. პაროლი ან გასაღები არასწორია, ან მონაცემები დაზიანებულია.
vault-error-recovery-length = აღდგენის გასაღებს არასწორი სიგრძე აქვს. მას აქვს 36 სიმბოლო 9 ჯგუფად.
vault-error-recovery-character = აღდგენის გასაღებში არის სიმბოლო, რომელიც მასში არ შეიძლება იყოს. გთხოვთ, შეამოწმოთ ყველა სიმბოლო.
vault-error-recovery-typo = აღდგენის გასაღებში ბეჭდვის შეცდომაა. გთხოვთ, შეამოწმოთ ყველა სიმბოლო.
vault-error-empty-passphrase = გთხოვთ, შეიყვანოთ პაროლი.
vault-error-kdf-params = ამ მონაცემებს უსაფრთხოების არასწორი პარამეტრები აქვს. ისინი არ გაიხსნება.
vault-error-kdf-failed = მოწყობილობას საკმარისი მეხსიერება არ აქვს. გთხოვთ, დახუროთ სხვა აპები და თავიდან სცადოთ.
vault-error-not-a-backup = ეს ფაილი არ არის „ჩემი საქაღალდის“ სარეზერვო ასლი.
vault-error-newer-version = ეს მონაცემები აპის უფრო ახალი ვერსიიდანაა. გთხოვთ, აპი თავიდან ჩატვირთოთ.
vault-error-damaged = მონაცემები არასრული ან დაზიანებულია. არაფერი შეცვლილა.
vault-error-internal = შეცდომა აპში. არაფერი შეცვლილა.
vault-error-too-large = ფაილი ძალიან დიდია.
vault-error-exists = ამ მოწყობილობაზე უკვე არის საქაღალდე.
vault-error-no-vault = ამ მოწყობილობაზე ჯერ არ არის საქაღალდე.
vault-error-storage-full = მეხსიერება სავსეა. არაფერი შენახულა. წაშალეთ ფაილები ან გაათავისუფლეთ ადგილი მოწყობილობაზე.
vault-error-storage = ბრაუზერმა შენახვა ვერ შეძლო. არაფერი შეცვლილა.
vault-error-worker = დაშიფვრა ვერ დაიწყო. გთხოვთ, გვერდი თავიდან ჩატვირთოთ.
vault-no-browser-save = ნუ მისცემთ ბრაუზერს პაროლის შენახვის უფლებას. თუ იკითხავს, შეინახოს თუ არა, აირჩიეთ „არასდროს“. თორემ ნებისმიერს, ვისაც ეს მოწყობილობა აქვს, შეუძლია საქაღალდის გახსნა.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = ამისთვის საჭიროა თქვენი ამჟამინდელი პაროლი.
vault-autolock-confirm = ჩაკეტვამდე უფრო ხანგრძლივ დროს თქვენი პაროლი სჭირდება. ჩაწერეთ და დააჭირეთ „დადასტურებას“.
vault-confirm-button = დადასტურება
vault-key-replaced = აღდგენის გასაღები შეიცვალა { $date }. ძველი აღდგენის ფურცლები ამ საქაღალდეს ვეღარ ხსნის.
vault-passphrase-common = ამ პაროლს ძალიან ბევრი ადამიანი იყენებს. გთხოვთ, აირჩიოთ სხვა.
vault-passphrase-weak = ამ პაროლის გამოცნობა ძალიან ადვილია. გამოიყენეთ რამდენიმე სიტყვა, ან აიღეთ შეთავაზება.
vault-passphrase-suggest = პაროლის შეთავაზება
vault-passphrase-suggestion = შეთავაზებული პაროლი. ჩაწერეთ ქაღალდზე და შეინახეთ უსაფრთხოდ:
vault-error-backup-too-large = სარეზერვო ასლი შეიძლება იყოს მაქსიმუმ { $size }. ეს უფრო დიდია, ამიტომ აპი ვერ გამოიყენებს.
vault-remove-app-intro = აპის მოცილება: ეს შლის საქაღალდეს, არჩეულ ენას და შენახულ აპს ამ ბრაუზერიდან. ამის შემდეგ აპს გასაშვებად ისევ ინტერნეტი დასჭირდება.
vault-remove-app-button = აპის და ყველა მონაცემის მოცილება ამ ბრაუზერიდან
vault-remove-app-confirm = ნამდვილად გსურთ აპის და მისი ყველა მონაცემის მოცილება ამ ბრაუზერიდან?
vault-remove-app-yes = დიახ, ყველაფერი წაიშალოს
vault-app-removed = აპი და მისი ყველა მონაცემი ამ ბრაუზერიდან მოცილებულია. ახლა დახურეთ ეს ჩანართი. თუ აპს ისევ გახსნით, ის თავიდან დაიწყება.
vault-saved-files = აპს არ შეუძლია წაშალოს ფაილები, რომლებიც ადრე შეინახეთ ან გააზიარეთ: ამონაბეჭდები (mein-ordner-….pdf), კალენდრის ფაილი (….ics) და სარეზერვო ასლები (….meinordner). მოძებნეთ ისინი „ჩამოტვირთვებში“ და იმ აპებში, რომლებთანაც გააზიარეთ, და იქ წაშალეთ.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = შეგიძლიათ გასაღები ხელით გადაწეროთ ქაღალდის ფურცელზე და სახლში შეინახოთ. თითოეული ჯგუფი ორჯერ შეამოწმეთ.
vault-recovery-no-screenshot = ამ გასაღების ეკრანის სურათს ნუ გადაიღებთ. ტელეფონზე სურათი ასლია: ვისაც ტელეფონი აქვს, მისით თქვენს საქაღალდეს გახსნის.
