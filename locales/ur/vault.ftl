# The secure folder (encrypted data on the device), in Urdu. Translated from locales/de/vault.ftl.

vault-title = میرا محفوظ فولڈر
vault-nav = میرا ڈیٹا
vault-intro = یہاں آپ اپنا ذاتی ڈیٹا محفوظ کرتے ہیں۔ سب کچھ انکرپٹڈ (خفیہ کوڈ میں) ہے۔ صرف آپ کے پاس ورڈ سے اسے پڑھا جا سکتا ہے۔
vault-status-locked = فولڈر لاک ہے۔
vault-status-unlocked = فولڈر کھلا ہے۔
vault-working = براہ کرم انتظار کریں۔ اس میں چند سیکنڈ لگتے ہیں۔
vault-cancel = منسوخ کریں
vault-done = مکمل

# Create
vault-create-title = محفوظ فولڈر بنائیں
vault-create-intro = ایک پاس ورڈ منتخب کریں۔ ایک لمبا جملہ اچھا ہوتا ہے، مثلاً چار الفاظ جو صرف آپ جانتے ہیں۔
vault-passphrase = پاس ورڈ
vault-passphrase-repeat = پاس ورڈ دوبارہ
vault-passphrase-show = پاس ورڈ دکھائیں
vault-passphrase-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
vault-passphrase-too-short = پاس ورڈ بہت چھوٹا ہے۔ اس میں کم از کم { $min } حروف ہونے چاہییں۔
vault-strength-label = پاس ورڈ کی مضبوطی
vault-strength-weak = کمزور۔ براہ کرم زیادہ لمبا پاس ورڈ لیں۔
vault-strength-fair = درمیانہ۔ زیادہ لمبا پاس ورڈ زیادہ محفوظ ہے۔
vault-strength-good = اچھا۔
vault-strength-strong = بہت اچھا۔
vault-create-warning = اہم: کوئی بھی آپ کا پاس ورڈ بحال نہیں کر سکتا، ہم بھی نہیں۔ پاس ورڈ یا بحالی کی کلید کے بغیر آپ کا ڈیٹا ہمیشہ کے لیے ضائع ہو جائے گا۔
vault-create-understood = میں نے یہ سمجھ لیا ہے۔
vault-create-button = فولڈر بنائیں

# Recovery sheet
vault-recovery-title = بحالی کا ورق
vault-recovery-intro = یہ آپ کی بحالی کی کلید ہے۔ اگر آپ پاس ورڈ بھول جائیں تو اس سے آپ اپنا فولڈر کھول سکتے ہیں۔
vault-recovery-once = یہ کلید صرف ابھی دکھائی جا رہی ہے۔ ایپ اسے محفوظ نہیں کرتی۔
vault-recovery-step-print = یہ ورق پرنٹ کریں یا کلید کو بالکل درست نقل کر لیں۔
vault-recovery-step-keep = یہ ورق گھر پر رکھیں، فون سے الگ۔ اسے اس فولڈر میں نہ رکھیں جو آپ ملاقاتوں پر دکھاتے ہیں۔ اسے کسی کو نہ دکھائیں۔
vault-recovery-step-use = پاس ورڈ بھول گئے؟ "پاس ورڈ بھول گئے؟" پر ٹیپ کریں اور یہ کلید درج کریں۔
vault-recovery-key-label = بحالی کی کلید
vault-recovery-qr-label = بحالی کی کلید والا QR کوڈ
vault-recovery-created = { $date } کو تیار کیا گیا
vault-recovery-print = پرنٹ کریں
vault-recovery-kept = میں نے کلید محفوظ کر لی ہے۔
vault-recovery-replace-title = بحالی کی نئی کلید
vault-recovery-replace-intro = کیا ورق گم ہو گیا ہے؟ ایک نئی کلید بنائیں۔ اس کے بعد پرانی کلید سے یہ فولڈر نہیں کھلے گا۔
vault-recovery-replace-button = نئی کلید بنائیں

# Unlock
vault-unlock-title = فولڈر کھولیں
vault-unlock-intro = آپ کا فولڈر لاک ہے۔ اپنا پاس ورڈ درج کریں۔
vault-unlock-button = کھولیں
vault-forgot = پاس ورڈ بھول گئے؟
vault-recovery-unlock-title = بحالی کی کلید سے کھولیں
vault-recovery-unlock-intro = اپنے بحالی کے ورق سے کلید درج کریں۔ پھر ایک نیا پاس ورڈ منتخب کریں۔
vault-recovery-input = بحالی کی کلید
vault-recovery-unlock-button = کھولیں اور نیا پاس ورڈ محفوظ کریں

# Lock
vault-lock-now = ابھی لاک کریں
vault-locked-manual = فولڈر اب لاک ہے۔
vault-locked-auto = فولڈر خود بخود لاک ہو گیا۔

# My details
vault-data-title = میری معلومات
vault-name-label = میرا نام
vault-notes-label = نوٹس
vault-save = محفوظ کریں
vault-saved = محفوظ ہو گیا۔
vault-damaged = ایک اندراج خراب ہے اور کھل نہیں سکتا: { $name }۔ باقی سب ٹھیک ہے۔
vault-kind-profile = نام
vault-kind-note = نوٹس
vault-kind-checklist = چیک لسٹ میں ٹک کے نشان
vault-kind-settings = سیٹنگز
vault-kind-document = ایک دستاویز
vault-kind-appointment = ایک ملاقات
vault-kind-consultation = ایک مشورہ
vault-kind-other = اندراج { $id }
vault-checklist-locked = اپنا محفوظ فولڈر کھولیں۔ پھر آپ ٹک لگا کر محفوظ کر سکتے ہیں۔

# Settings
vault-settings-title = سیٹنگز
vault-autolock-label = جب کوئی ایپ استعمال نہ کر رہا ہو تو اتنی دیر بعد خود بخود لاک کریں:
vault-autolock-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
vault-autolock-hidden = اگر ایپ 30 سیکنڈ تک پس منظر میں رہے تب بھی فولڈر لاک ہو جاتا ہے، سوائے اس وقت کے جب آپ تصویر لے رہے ہوں یا فائل چن رہے ہوں۔

# Change passphrase
vault-change-title = پاس ورڈ تبدیل کریں
vault-current-passphrase = موجودہ پاس ورڈ
vault-new-passphrase = نیا پاس ورڈ
vault-new-passphrase-repeat = نیا پاس ورڈ دوبارہ
vault-change-button = پاس ورڈ تبدیل کریں
vault-changed = پاس ورڈ تبدیل ہو گیا۔

# Storage
vault-storage-title = اسٹوریج کی جگہ
vault-storage-usage = استعمال شدہ: { $available } میں سے { $used }
vault-storage-unknown = براؤزر نہیں بتاتا کہ کتنی جگہ خالی ہے۔
vault-storage-persisted = براؤزر آپ کا ڈیٹا مستقل طور پر محفوظ رکھتا ہے۔
vault-storage-not-persisted = جگہ کم ہونے پر براؤزر آپ کا ڈیٹا مٹا سکتا ہے۔ اکثر بیک اپ محفوظ کریں۔

# Backup
vault-backup-title = بیک اپ
vault-backup-intro = بیک اپ ایک فائل ہے جس میں تمام ڈیٹا انکرپٹڈ شکل میں ہوتا ہے۔ اسے کسی اور جگہ محفوظ کریں، مثلاً USB اسٹک پر۔ آپ اسے اپنے پاس ورڈ یا بحالی کی کلید سے کھولتے ہیں۔
vault-backup-export = بیک اپ محفوظ کریں
vault-backup-exported = بیک اپ محفوظ ہو گیا: { $file }
vault-backup-skipped = { $count ->
    [one] 1 خراب اندراج بیک اپ میں شامل نہیں ہے۔
   *[other] { $count } خراب اندراجات بیک اپ میں شامل نہیں ہیں۔
}
vault-import-title = بیک اپ لوڈ کریں
vault-import-file = بیک اپ کی فائل
vault-import-secret = بیک اپ کا پاس ورڈ یا بحالی کی کلید
vault-import-button = چیک کریں اور لوڈ کریں
vault-import-exists = اس ڈیوائس پر پہلے سے ایک فولڈر موجود ہے۔ اگر آپ بیک اپ لوڈ کریں گے تو بیک اپ اس کی جگہ لے لے گا۔ تب موجودہ فولڈر کا سارا ڈیٹا ضائع ہو جائے گا۔
vault-import-replace = ہاں، موجودہ فولڈر کو بدل دیں
vault-import-done = بیک اپ لوڈ ہو گیا: { $records } اندراجات اور { $blobs } فائلیں۔
vault-import-no-file = براہ کرم پہلے ایک فائل منتخب کریں۔

# Delete everything
vault-delete-title = مٹائیں
vault-delete-intro = فولڈر مٹائیں: یہ آپ کا فولڈر اس آلے پر تمام دستاویزات اور ڈیٹا کے ساتھ مٹا دیتا ہے۔ ایپ باقی رہتی ہے اور انٹرنیٹ کے بغیر کام کرتی رہتی ہے۔ اسے واپس نہیں کیا جا سکتا۔
vault-delete-button = میرا فولڈر مٹائیں
vault-delete-confirm = کیا واقعی اپنا فولڈر مٹانا ہے؟ اس کے بعد سب کچھ ختم ہو جائے گا، سوائے اس کے کہ آپ کے پاس بیک اپ ہو۔
vault-delete-yes = ہاں، فولڈر مٹائیں
vault-deleted = آپ کا فولڈر مٹا دیا گیا۔

# Errors
vault-error-decrypt = یہ کام نہیں ہوا۔ پاس ورڈ یا کلید غلط ہے، یا ڈیٹا خراب ہے۔
vault-error-recovery-length = بحالی کی کلید کی لمبائی درست نہیں ہے۔ اس میں 9 گروپوں میں 36 حروف ہوتے ہیں۔
vault-error-recovery-character = بحالی کی کلید میں ایک ایسا حرف ہے جو اس میں نہیں ہو سکتا۔ براہ کرم ہر حرف چیک کریں۔
vault-error-recovery-typo = بحالی کی کلید میں ٹائپنگ کی غلطی ہے۔ براہ کرم ہر حرف چیک کریں۔
vault-error-empty-passphrase = براہ کرم پاس ورڈ درج کریں۔
vault-error-kdf-params = اس ڈیٹا کی حفاظتی سیٹنگز درست نہیں ہیں۔ اسے نہیں کھولا جائے گا۔
vault-error-kdf-failed = ڈیوائس میں کافی میموری نہیں ہے۔ براہ کرم دوسری ایپس بند کریں اور دوبارہ کوشش کریں۔
vault-error-not-a-backup = یہ فائل "میرا فولڈر" (Mein Ordner) کا بیک اپ نہیں ہے۔
vault-error-newer-version = یہ ڈیٹا ایپ کے نئے ورژن کا ہے۔ براہ کرم ایپ دوبارہ لوڈ کریں۔
vault-error-damaged = ڈیٹا نامکمل یا خراب ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔
vault-error-internal = ایپ میں ایک خرابی۔ کچھ بھی تبدیل نہیں کیا گیا۔
vault-error-too-large = فائل بہت بڑی ہے۔
vault-error-exists = اس ڈیوائس پر پہلے سے ایک فولڈر موجود ہے۔
vault-error-no-vault = اس ڈیوائس پر ابھی کوئی فولڈر نہیں ہے۔
vault-error-storage-full = اسٹوریج بھری ہوئی ہے۔ کچھ بھی محفوظ نہیں ہوا۔ فائلیں مٹائیں یا ڈیوائس پر جگہ خالی کریں۔
vault-error-storage = براؤزر محفوظ نہیں کر سکا۔ کچھ بھی تبدیل نہیں کیا گیا۔
vault-error-worker = انکرپشن شروع نہیں ہو سکی۔ براہ کرم صفحہ دوبارہ لوڈ کریں۔
vault-no-browser-save = براؤزر کو پاس ورڈ محفوظ نہ کرنے دیں۔ اگر وہ پوچھے کہ اسے محفوظ کرے، تو «کبھی نہیں» چنیں۔ ورنہ جس کے پاس بھی یہ آلہ ہو، وہ فولڈر کھول سکتا ہے۔

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = اس کے لیے آپ کا موجودہ پاس ورڈ ضروری ہے۔
vault-autolock-confirm = لاک ہونے سے پہلے لمبے وقت کے لیے آپ کا پاس ورڈ ضروری ہے۔ اسے لکھیں اور «تصدیق» دبائیں۔
vault-confirm-button = تصدیق
vault-key-replaced = بحالی کی کلید { $date } کو بدل دی گئی۔ بحالی کے پرانے ورق اب یہ فولڈر نہیں کھولتے۔
vault-passphrase-common = بہت زیادہ لوگ یہ پاس ورڈ استعمال کرتے ہیں۔ براہ کرم کوئی اور چنیں۔
vault-passphrase-weak = اس پاس ورڈ کا اندازہ لگانا بہت آسان ہے۔ کئی الفاظ استعمال کریں، یا تجویز لے لیں۔
vault-passphrase-suggest = پاس ورڈ تجویز کریں
vault-passphrase-suggestion = تجویز کردہ پاس ورڈ۔ اسے کاغذ پر لکھیں اور حفاظت سے رکھیں:
vault-error-backup-too-large = بیک اپ فائل زیادہ سے زیادہ { $size } کی ہو سکتی ہے۔ یہ اس سے بڑی ہے، اس لیے ایپ اسے استعمال نہیں کر سکتی۔
vault-remove-app-intro = ایپ ہٹائیں: یہ فولڈر، چنی ہوئی زبان اور محفوظ ایپ کو اس براؤزر سے مٹا دیتا ہے۔ اس کے بعد ایپ کو شروع ہونے کے لیے پھر انٹرنیٹ چاہیے۔
vault-remove-app-button = ایپ اور تمام ڈیٹا اس براؤزر سے ہٹائیں
vault-remove-app-confirm = کیا واقعی ایپ اور اس کا تمام ڈیٹا اس براؤزر سے ہٹانا ہے؟
vault-remove-app-yes = ہاں، سب کچھ ہٹائیں
vault-app-removed = ایپ اور اس کا تمام ڈیٹا اس براؤزر سے ہٹا دیا گیا۔ اب یہ ٹیب بند کریں۔ اگر آپ ایپ دوبارہ کھولیں گے تو وہ نئے سرے سے شروع ہو گی۔
vault-saved-files = ایپ وہ فائلیں نہیں مٹا سکتی جو آپ نے پہلے محفوظ یا شیئر کی تھیں: پرنٹ (mein-ordner-….pdf)، کیلنڈر فائل (….ics) اور بیک اپ (….meinordner)۔ انہیں ڈاؤن لوڈز کے فولڈر اور ان ایپس میں ڈھونڈیں جن کے ساتھ آپ نے شیئر کیا، اور وہیں مٹا دیں۔

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = آپ کلید کو ہاتھ سے بھی کاغذ کے ایک صفحے پر لکھ کر گھر پر رکھ سکتے ہیں۔ ہر گروپ کو دو بار چیک کریں۔
vault-recovery-no-screenshot = اس کلید کا اسکرین شاٹ نہ لیں۔ فون پر تصویر ایک نقل ہے: جس کے پاس فون ہو، وہ اس سے آپ کا فولڈر کھول سکتا ہے۔
