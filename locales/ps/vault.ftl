# The safe folder (encrypted data on the device), in Pashto. From locales/de/vault.ftl.

vault-title = زما خوندي فولډر
vault-nav = زما معلومات
vault-intro = دلته خپل شخصي معلومات ساتئ. هر څه کوډ شوي (encrypted) دي. یوازې ستاسو په پټنوم لوستل کېدای شي.
vault-status-locked = فولډر قفل دی.
vault-status-unlocked = فولډر خلاص دی.
vault-working = مهرباني وکړئ انتظار وکړئ. دا څو ثانیې وخت نیسي.
vault-cancel = لغوه کړئ
vault-done = بشپړ شو

# Create
vault-create-title = خوندي فولډر جوړ کړئ
vault-create-intro = یو پټنوم وټاکئ. یوه اوږده جمله ښه ده، د بېلګې په توګه څلور کلمې چې یوازې تاسو یې پېژنئ.
vault-passphrase = پټنوم
vault-passphrase-repeat = پټنوم بیا ولیکئ
vault-passphrase-show = پټنوم ښکاره کړئ
vault-passphrase-mismatch = دواړه پټنومونه یو شان نه دي.
vault-passphrase-too-short = پټنوم ډېر لنډ دی. لږ تر لږه { $min } توري پکار دي.
vault-strength-label = د پټنوم ځواک
vault-strength-weak = کمزوری. مهرباني وکړئ اوږد پټنوم وکاروئ.
vault-strength-fair = منځنی. اوږد پټنوم ډېر خوندي دی.
vault-strength-good = ښه.
vault-strength-strong = ډېر ښه.
vault-create-warning = مهم: هېڅوک ستاسو پټنوم بېرته نه شي راګرځولای، موږ هم نه. له پټنوم یا د بیا ترلاسه کولو له کیلي پرته ستاسو معلومات د تل لپاره له منځه ځي.
vault-create-understood = زه پوه شوم.
vault-create-button = فولډر جوړ کړئ

# Recovery sheet
vault-recovery-title = د بیا ترلاسه کولو پاڼه
vault-recovery-intro = دا ستاسو د بیا ترلاسه کولو کیلي ده. که پټنوم مو هېر شي، په دې کیلي خپل فولډر پرانیستلای شئ.
vault-recovery-once = کیلي یوازې اوس ښودل کېږي. اپلیکیشن یې نه ساتي.
vault-recovery-step-print = دا پاڼه چاپ کړئ یا کیلي په دقیق ډول ولیکئ.
vault-recovery-step-keep = پاڼه په کور کې وساتئ، له ټیلیفون نه جلا. په هغه فولډر کې یې مه ږدئ چې په ملاقاتونو کې یې ښیئ. هېچا ته یې مه ښیئ.
vault-recovery-step-use = پټنوم مو هېر شو؟ په «پټنوم مو هېر دی؟» ټک وکړئ او دا کیلي ولیکئ.
vault-recovery-key-label = د بیا ترلاسه کولو کیلي
vault-recovery-qr-label = د بیا ترلاسه کولو د کیلي QR کوډ
vault-recovery-created = جوړ شوی په { $date }
vault-recovery-print = چاپ کړئ
vault-recovery-kept = ما کیلي خوندي کړه.
vault-recovery-replace-title = د بیا ترلاسه کولو نوې کیلي
vault-recovery-replace-intro = پاڼه مو ورکه کړې؟ نوې کیلي جوړه کړئ. بیا به زړه کیلي دا فولډر نور نه پرانیزي.
vault-recovery-replace-button = نوې کیلي جوړه کړئ

# Unlock
vault-unlock-title = فولډر پرانیزئ
vault-unlock-intro = ستاسو فولډر قفل دی. خپل پټنوم ولیکئ.
vault-unlock-button = پرانیزئ
vault-forgot = پټنوم مو هېر دی؟
vault-recovery-unlock-title = د بیا ترلاسه کولو په کیلي یې پرانیزئ
vault-recovery-unlock-intro = د خپلې بیا ترلاسه کولو پاڼې کیلي ولیکئ. بیا یو نوی پټنوم وټاکئ.
vault-recovery-input = د بیا ترلاسه کولو کیلي
vault-recovery-unlock-button = پرانیزئ او نوی پټنوم خوندي کړئ

# Lock
vault-lock-now = اوس قفل کړئ
vault-locked-manual = فولډر اوس قفل دی.
vault-locked-auto = فولډر په اتوماتیک ډول قفل شو.

# My details
vault-data-title = زما مشخصات
vault-name-label = زما نوم
vault-notes-label = یادښتونه
vault-save = خوندي کړئ
vault-saved = خوندي شو.
vault-damaged = یو توکی خراب شوی او نه پرانیستل کېږي: { $name }. نور هر څه سم دي.
vault-kind-profile = نوم
vault-kind-note = یادښتونه
vault-kind-checklist = د کارونو په لېستونو کې نښې
vault-kind-settings = تنظیمات
vault-kind-document = یو سند
vault-kind-appointment = یو ملاقات
vault-kind-consultation = یوه مشوره
vault-kind-other = توکی { $id }
vault-checklist-locked = خپل خوندي فولډر پرانیزئ. بیا کولای شئ نښې ولګوئ او خوندي یې کړئ.

# Settings
vault-settings-title = تنظیمات
vault-autolock-label = کله چې هېڅوک اپلیکیشن نه کاروي، فولډر په اتوماتیک ډول قفل شي، وروسته له:
vault-autolock-minutes = { $minutes ->
    [one] 1 دقیقې
   *[other] { $minutes } دقیقو
}
vault-autolock-hidden = کله چې اپلیکیشن 30 ثانیې په شالید (background) کې وي، فولډر هم قفل کېږي؛ پرته له هغه وخته چې انځور اخلئ یا فایل ټاکئ.

# Change passphrase
vault-change-title = پټنوم بدل کړئ
vault-current-passphrase = اوسنی پټنوم
vault-new-passphrase = نوی پټنوم
vault-new-passphrase-repeat = نوی پټنوم بیا ولیکئ
vault-change-button = پټنوم بدل کړئ
vault-changed = پټنوم بدل شو.

# Storage
vault-storage-title = د ساتنې ځای
vault-storage-usage = کارول شوی: { $used } له { $available } څخه
vault-storage-unknown = براوزر نه وایي چې څومره ځای خالي دی.
vault-storage-persisted = براوزر ستاسو معلومات د تل لپاره ساتي.
vault-storage-not-persisted = که ځای کم شي، براوزر کولای شي ستاسو معلومات پاک کړي. ډېر ځله د خوندیتوب کاپي (backup) خوندي کړئ.

# Backup
vault-backup-title = د خوندیتوب کاپي (backup)
vault-backup-intro = د خوندیتوب کاپي یو فایل دی چې ټول معلومات پکې په کوډ شوي ډول دي. هغه په بل ځای کې وساتئ، د بېلګې په توګه په USB سټیک کې. تاسو یې په خپل پټنوم یا د بیا ترلاسه کولو په کیلي پرانیزئ.
vault-backup-export = د خوندیتوب کاپي خوندي کړئ
vault-backup-exported = د خوندیتوب کاپي خوندي شوه: { $file }
vault-backup-skipped = { $count ->
    [one] 1 خراب توکی د خوندیتوب په کاپي کې نشته.
   *[other] { $count } خراب توکي د خوندیتوب په کاپي کې نشته.
}
vault-import-title = د خوندیتوب کاپي بار کړئ
vault-import-file = د خوندیتوب د کاپي فایل
vault-import-secret = د خوندیتوب د کاپي پټنوم یا د بیا ترلاسه کولو کیلي
vault-import-button = وګورئ او بار یې کړئ
vault-import-exists = په دې وسیله کې دمخه یو فولډر شته. که د خوندیتوب کاپي بار کړئ، هغه به یې ځای ونیسي. د اوسني فولډر ټول معلومات به بیا له منځه ولاړ شي.
vault-import-replace = هو، اوسنی فولډر دې بدل شي
vault-import-done = د خوندیتوب کاپي بار شوه: { $records } توکي او { $blobs } فایلونه.
vault-import-no-file = مهرباني وکړئ لومړی یو فایل وټاکئ.

# Delete everything
vault-delete-title = ړنګول
vault-delete-intro = فولډر ړنګول: دا ستاسو فولډر د ټولو اسنادو او معلوماتو سره په دې وسیله کې ړنګوي. اپ پاتې کېږي او بې انټرنېټه هم کار کوي. دا بېرته نه شي راګرځېدلی.
vault-delete-button = زما فولډر ړنګ کړه
vault-delete-confirm = ایا په رښتیا غواړئ خپل فولډر ړنګ کړئ؟ وروسته هر څه له منځه ځي، مګر دا چې د خوندیتوب کاپي ولرئ.
vault-delete-yes = هو، فولډر ړنګ کړه
vault-deleted = ستاسو فولډر ړنګ شو.

# Errors
vault-error-decrypt = دا کار ونه شو. پټنوم یا کیلي غلطه ده، یا معلومات خراب شوي دي.
vault-error-recovery-length = د بیا ترلاسه کولو کیلي سم اوږدوالی نه لري. دا په 9 ډلو کې 36 توري لري.
vault-error-recovery-character = د بیا ترلاسه کولو په کیلي کې داسې توری دی چې هلته نه راځي. مهرباني وکړئ هر توری وګورئ.
vault-error-recovery-typo = د بیا ترلاسه کولو په کیلي کې د لیکلو تېروتنه ده. مهرباني وکړئ هر توری وګورئ.
vault-error-empty-passphrase = مهرباني وکړئ یو پټنوم ولیکئ.
vault-error-kdf-params = دا معلومات ناسم امنیتي تنظیمات لري. دوی نه پرانیستل کېږي.
vault-error-kdf-failed = وسیله کافي حافظه نه لري. مهرباني وکړئ نور اپلیکیشنونه وتړئ او بیا هڅه وکړئ.
vault-error-not-a-backup = دا فایل د Mein Ordner (زما فولډر) د خوندیتوب کاپي نه ده.
vault-error-newer-version = دا معلومات د اپلیکیشن له یوې نوې نسخې څخه دي. مهرباني وکړئ اپلیکیشن بیا بار کړئ.
vault-error-damaged = معلومات نیمګړي یا خراب دي. هېڅ شی بدل نه شو.
vault-error-internal = په اپلیکیشن کې یوه تېروتنه. هېڅ شی بدل نه شو.
vault-error-too-large = فایل ډېر لوی دی.
vault-error-exists = په دې وسیله کې دمخه یو فولډر شته.
vault-error-no-vault = په دې وسیله کې لا تر اوسه فولډر نشته.
vault-error-storage-full = حافظه ډکه ده. هېڅ شی خوندي نه شو. فایلونه پاک کړئ یا په وسیله کې ځای خالي کړئ.
vault-error-storage = براوزر ونه شو کولای چې خوندي یې کړي. هېڅ شی بدل نه شو.
vault-error-worker = کوډ کول (encryption) پیل نه شول. مهرباني وکړئ پاڼه بیا بار کړئ.
vault-no-browser-save = براوزر ته اجازه مه ورکوئ چې پټنوم خوندي کړي. که یې وپوښتل چې خوندي یې کړي، «هېڅکله» وټاکئ. که نه، هر څوک چې دا وسیله لري فولډر پرانیستلی شي.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = د دې لپاره ستاسو اوسنی پټنوم پکار دی.
vault-autolock-confirm = د قفل کېدو لپاره اوږد وخت ستاسو پټنوم غواړي. هغه ولیکئ او «تایید» کېکاږئ.
vault-confirm-button = تایید
vault-key-replaced = د بیا ترلاسه کولو کیلي په { $date } بدله شوه. زړې پاڼې نور دا فولډر نه پرانیزي.
vault-passphrase-common = ډېر زیات خلک دا پټنوم کاروي. مهرباني وکړئ بل یو وټاکئ.
vault-passphrase-weak = دا پټنوم په اسانۍ اټکل کېږي. څو کلمې وکاروئ، یا وړاندیز ومنئ.
vault-passphrase-suggest = یو پټنوم وړاندیز کړه
vault-passphrase-suggestion = وړاندیز شوی پټنوم. په کاغذ یې ولیکئ او خوندي یې وساتئ:
vault-error-backup-too-large = د خوندیتوب کاپي تر ټولو زیات { $size } کېدای شي. دا ترې لویه ده، نو اپلیکیشن یې نشي کارولای.
vault-remove-app-intro = اپ لرې کول: دا فولډر، ټاکل شوې ژبه او خوندي شوی اپ له دې براوزر څخه ړنګوي. وروسته اپ د پیل لپاره بیا انټرنېټ ته اړتیا لري.
vault-remove-app-button = اپ او ټول معلومات له دې براوزر څخه لرې کړه
vault-remove-app-confirm = ایا په رښتیا غواړئ اپ او ټول معلومات یې له دې براوزر څخه لرې کړئ؟
vault-remove-app-yes = هو، هر څه لرې کړه
vault-app-removed = اپ او ټول معلومات یې له دې براوزر څخه لرې شول. اوس دا ټب وتړئ. که اپ بیا پرانیزئ، له سره پیلېږي.
vault-saved-files = اپ هغه فایلونه نه شي ړنګولی چې تاسو مخکې خوندي یا شریک کړي دي: چاپونه (mein-ordner-….pdf)، د کلیز فایل (….ics) او د خوندیتوب کاپيانې (….meinordner). هغوی د ډاونلوډونو په فولډر کې او په هغو اپونو کې ومومئ چې ورسره مو شریک کړي، او هلته یې ړنګ کړئ.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = تاسو کولی شئ کیلي په لاس هم په یوه پاڼه کاغذ ولیکئ او په کور کې یې وساتئ. هره ډله دوه ځله وګورئ.
vault-recovery-no-screenshot = د دې کیلي د سکرین انځور مه اخلئ. په تلیفون کې انځور یوه کاپي ده: هر څوک چې تلیفون لري، په هغې ستاسو فولډر پرانیستلی شي.
