# The safe folder (encrypted data on the device), in Kurdish Sorani. From locales/de/vault.ftl.

vault-title = فۆڵدەری پارێزراوی من
vault-nav = زانیارییەکانم
vault-intro = لێرە زانیارییە کەسییەکانتان هەڵدەگرن. هەموو شتێک شفرەکراوە. تەنها بە وشەی نهێنییەکەتان دەخوێندرێتەوە.
vault-status-locked = فۆڵدەرەکە قوفڵە.
vault-status-unlocked = فۆڵدەرەکە کراوەیە.
vault-working = تکایە چاوەڕێ بکەن. ئەمە چەند چرکەیەک دەخایەنێت.
vault-cancel = هەڵوەشاندنەوە
vault-done = تەواو

# Create
vault-create-title = فۆڵدەری پارێزراو دروست بکەن
vault-create-intro = وشەیەکی نهێنی هەڵبژێرن. ڕستەیەکی درێژ باشە، بۆ نموونە چوار وشە کە تەنها خۆتان دەیانزانن.
vault-passphrase = وشەی نهێنی
vault-passphrase-repeat = وشەی نهێنی دووبارە
vault-passphrase-show = وشەی نهێنی نیشان بدەن
vault-passphrase-mismatch = هەردوو وشە نهێنییەکە وەک یەک نین.
vault-passphrase-too-short = وشەی نهێنییەکە زۆر کورتە. لانیکەم { $min } پیتی پێویستە.
vault-strength-label = بەهێزیی وشەی نهێنی
vault-strength-weak = لاواز. تکایە وشەیەکی نهێنیی درێژتر بەکاربهێنن.
vault-strength-fair = مامناوەند. وشەی نهێنیی درێژتر سەلامەتترە.
vault-strength-good = باش.
vault-strength-strong = زۆر باش.
vault-create-warning = گرنگ: هیچ کەسێک ناتوانێت وشەی نهێنییەکەتان بگەڕێنێتەوە، ئێمەش ناتوانین. بەبێ وشەی نهێنی یان کلیلی گەڕاندنەوە، زانیارییەکانتان بۆ هەمیشە لەدەست دەچن.
vault-create-understood = تێگەیشتم.
vault-create-button = فۆڵدەر دروست بکەن

# Recovery sheet
vault-recovery-title = پەڕەی گەڕاندنەوە
vault-recovery-intro = ئەمە کلیلی گەڕاندنەوەکەتانە. ئەگەر وشەی نهێنییەکەتان لەبیر کرد، بەم کلیلە فۆڵدەرەکەتان دەکەنەوە.
vault-recovery-once = کلیلەکە تەنها ئێستا نیشان دەدرێت. ئەپەکە هەڵی ناگرێت.
vault-recovery-step-print = ئەم پەڕەیە چاپ بکەن یان کلیلەکە بە وردی بنووسنەوە.
vault-recovery-step-keep = پەڕەکە لە ماڵەوە هەڵبگرن، جیا لە مۆبایلەکەتان. مەیخەنە ناو ئەو فۆڵدەرەی کە لە ژوانەکاندا نیشانی دەدەن. نیشانی کەسی مەدەن.
vault-recovery-step-use = وشەی نهێنیتان لەبیر چووە؟ کرتە لەسەر «وشەی نهێنیتان لەبیر چووە؟» بکەن و ئەم کلیلە بنووسن.
vault-recovery-key-label = کلیلی گەڕاندنەوە
vault-recovery-qr-label = کۆدی QR بە کلیلی گەڕاندنەوەوە
vault-recovery-created = دروستکراوە لە { $date }
vault-recovery-print = چاپکردن
vault-recovery-kept = کلیلەکەم هەڵگرت.
vault-recovery-replace-title = کلیلی گەڕاندنەوەی نوێ
vault-recovery-replace-intro = پەڕەکەتان ون کردووە؟ کلیلێکی نوێ دروست بکەن. ئەوکات کلیلە کۆنەکە ئیتر ئەم فۆڵدەرە ناکاتەوە.
vault-recovery-replace-button = کلیلی نوێ دروست بکەن

# Unlock
vault-unlock-title = فۆڵدەرەکە بکەنەوە
vault-unlock-intro = فۆڵدەرەکەتان قوفڵە. وشەی نهێنییەکەتان بنووسن.
vault-unlock-button = کردنەوە
vault-forgot = وشەی نهێنیتان لەبیر چووە؟
vault-recovery-unlock-title = کردنەوە بە کلیلی گەڕاندنەوە
vault-recovery-unlock-intro = کلیلەکە لە پەڕەی گەڕاندنەوەکەتانەوە بنووسن. پاشان وشەیەکی نهێنیی نوێ هەڵبژێرن.
vault-recovery-input = کلیلی گەڕاندنەوە
vault-recovery-unlock-button = بکەنەوە و وشەی نهێنیی نوێ پاشەکەوت بکەن

# Lock
vault-lock-now = ئێستا قوفڵی بکەن
vault-locked-manual = فۆڵدەرەکە ئێستا قوفڵە.
vault-locked-auto = فۆڵدەرەکە بە شێوەی خۆکار قوفڵ کرا.

# My details
vault-data-title = زانیاریی کەسیی من
vault-name-label = ناوی من
vault-notes-label = تێبینی
vault-save = پاشەکەوتکردن
vault-saved = پاشەکەوت کرا.
vault-damaged = تۆمارێک تێکچووە و ناکرێتەوە: { $name }. هەموو شتەکانی تر باشن.
vault-kind-profile = ناو
vault-kind-note = تێبینی
vault-kind-checklist = نیشانەکانی ناو لیستەکانی پشکنین
vault-kind-settings = ڕێکخستنەکان
vault-kind-document = بەڵگەنامەیەک
vault-kind-appointment = ژوانێک
vault-kind-consultation = ڕاوێژێک
vault-kind-other = تۆماری { $id }
vault-checklist-locked = فۆڵدەری پارێزراوەکەتان بکەنەوە. ئەوکات دەتوانن نیشانە دابنێن و پاشەکەوتیان بکەن.

# Settings
vault-settings-title = ڕێکخستنەکان
vault-autolock-label = قوفڵکردنی خۆکار کاتێک کەس ئەپەکە بەکارناهێنێت، دوای
vault-autolock-minutes = { $minutes ->
    [one] 1 خولەک
   *[other] { $minutes } خولەک
}
vault-autolock-hidden = فۆڵدەرەکە هەروەها قوفڵ دەبێت کاتێک ئەپەکە 30 چرکە لە پاشبنەمادا (background) بێت، جگە لەو کاتەی وێنە دەگریت یان فایلێک هەڵدەبژێریت.

# Change passphrase
vault-change-title = گۆڕینی وشەی نهێنی
vault-current-passphrase = وشەی نهێنیی ئێستا
vault-new-passphrase = وشەی نهێنیی نوێ
vault-new-passphrase-repeat = وشەی نهێنیی نوێ دووبارە
vault-change-button = گۆڕینی وشەی نهێنی
vault-changed = وشەی نهێنی گۆڕدرا.

# Storage
vault-storage-title = شوێنی هەڵگرتن
vault-storage-usage = بەکارهاتوو: { $used } لە { $available }
vault-storage-unknown = وێبگەڕەکە ناڵێت چەند شوێن بەتاڵە.
vault-storage-persisted = وێبگەڕەکە زانیارییەکانتان بە هەمیشەیی هەڵدەگرێت.
vault-storage-not-persisted = وێبگەڕەکە بۆی هەیە زانیارییەکانتان بسڕێتەوە کاتێک شوێن کەم دەبێتەوە. زۆرجار کۆپییەکی یەدەگ پاشەکەوت بکەن.

# Backup
vault-backup-title = کۆپیی یەدەگ
vault-backup-intro = کۆپیی یەدەگ فایلێکە کە هەموو زانیارییەکانی تێدایە، بە شفرەکراوی. لە شوێنێکی تر هەڵیبگرن، بۆ نموونە لەسەر فلاشێکی USB. بە وشەی نهێنییەکەتان یان بە کلیلی گەڕاندنەوە دەیکەنەوە.
vault-backup-export = کۆپیی یەدەگ پاشەکەوت بکەن
vault-backup-exported = کۆپیی یەدەگ پاشەکەوت کرا: { $file }
vault-backup-skipped = { $count ->
    [one] 1 تۆماری تێکچوو لە کۆپیی یەدەگدا نییە.
   *[other] { $count } تۆماری تێکچوو لە کۆپیی یەدەگدا نین.
}
vault-import-title = کۆپیی یەدەگ بار بکەن
vault-import-file = فایلی کۆپیی یەدەگ
vault-import-secret = وشەی نهێنی یان کلیلی گەڕاندنەوەی کۆپیی یەدەگ
vault-import-button = پشکنین و بارکردن
vault-import-exists = لەسەر ئەم ئامێرە پێشتر فۆڵدەرێک هەیە. ئەگەر کۆپیی یەدەگ بار بکەن، جێگەی دەگرێتەوە. ئەوکات هەموو زانیارییەکانی فۆڵدەری ئێستا لەدەست دەچن.
vault-import-replace = بەڵێ، فۆڵدەری ئێستا بگۆڕدرێت
vault-import-done = کۆپیی یەدەگ بار کرا: { $records } تۆمار و { $blobs } فایل.
vault-import-no-file = تکایە سەرەتا فایلێک هەڵبژێرن.

# Delete everything
vault-delete-title = سڕینەوە
vault-delete-intro = سڕینەوەی فۆڵدەر: ئەمە فۆڵدەرەکەتان لەگەڵ هەموو بەڵگەنامە و زانیارییەکان لەسەر ئەم ئامێرە دەسڕێتەوە. ئەپەکە دەمێنێت و بەبێ ئینتەرنێتیش کار دەکات. ناتوانرێت بگەڕێندرێتەوە.
vault-delete-button = فۆڵدەرەکەم بسڕنەوە
vault-delete-confirm = بەڕاستی فۆڵدەرەکەتان دەسڕنەوە؟ دواتر هەموو شتێک نامێنێت، مەگەر کۆپیی یەدەگتان هەبێت.
vault-delete-yes = بەڵێ، فۆڵدەرەکە بسڕنەوە
vault-deleted = فۆڵدەرەکەتان سڕایەوە.

# Errors
vault-error-decrypt = سەرکەوتوو نەبوو. وشەی نهێنی یان کلیلەکە هەڵەیە، یان زانیارییەکان تێکچوون.
vault-error-recovery-length = کلیلی گەڕاندنەوە درێژیی دروستی نییە. 36 پیتی هەیە لە 9 گرووپدا.
vault-error-recovery-character = لە کلیلی گەڕاندنەوەدا پیتێک هەیە کە لەوێدا بوونی نییە. تکایە هەموو پیتێک بپشکنن.
vault-error-recovery-typo = لە کلیلی گەڕاندنەوەدا هەڵەیەکی نووسین هەیە. تکایە هەموو پیتێک بپشکنن.
vault-error-empty-passphrase = تکایە وشەیەکی نهێنی بنووسن.
vault-error-kdf-params = ئەم زانیارییانە ڕێکخستنی ئاسایشی نادروستیان هەیە. ناکرێنەوە.
vault-error-kdf-failed = ئامێرەکە بیرگەی پێویستی نییە. تکایە ئەپەکانی تر دابخەن و دووبارە هەوڵ بدەنەوە.
vault-error-not-a-backup = ئەم فایلە کۆپیی یەدەگی Mein Ordner (فۆڵدەرەکەم) نییە.
vault-error-newer-version = ئەم زانیارییانە لە وەشانێکی نوێتری ئەپەکەوە هاتوون. تکایە ئەپەکە دووبارە بار بکەنەوە.
vault-error-damaged = زانیارییەکان ناتەواون یان تێکچوون. هیچ شتێک نەگۆڕدرا.
vault-error-internal = هەڵەیەک لە ئەپەکەدا. هیچ شتێک نەگۆڕدرا.
vault-error-too-large = فایلەکە زۆر گەورەیە.
vault-error-exists = لەسەر ئەم ئامێرە پێشتر فۆڵدەرێک هەیە.
vault-error-no-vault = لەسەر ئەم ئامێرە هێشتا هیچ فۆڵدەرێک نییە.
vault-error-storage-full = بیرگە پڕە. هیچ شتێک پاشەکەوت نەکرا. فایلەکان بسڕنەوە یان شوێن لەسەر ئامێرەکە بەتاڵ بکەن.
vault-error-storage = وێبگەڕەکە نەیتوانی پاشەکەوت بکات. هیچ شتێک نەگۆڕدرا.
vault-error-worker = شفرەکردن دەستی پێ نەکرد. تکایە پەڕەکە دووبارە بار بکەنەوە.
vault-no-browser-save = مەهێڵن وێبگەڕەکە وشەی نهێنی پاشەکەوت بکات. ئەگەر پرسی پاشەکەوتی بکات، «هەرگیز» هەڵبژێرن. ئەگینا هەر کەسێک ئەم ئامێرەی هەبێت دەتوانێت فۆڵدەرەکە بکاتەوە.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = بۆ ئەمە وشەی نهێنیی ئێستاتان پێویستە.
vault-autolock-confirm = کاتی درێژتر پێش قوفڵبوون وشەی نهێنیتان پێویستە. بینووسن و «دووپاتکردنەوە» دابگرن.
vault-confirm-button = دووپاتکردنەوە
vault-key-replaced = کلیلی گەڕاندنەوە لە { $date } گۆڕدرا. پەڕە کۆنەکانی گەڕاندنەوە ئیتر ئەم فۆڵدەرە ناکەنەوە.
vault-passphrase-common = خەڵکێکی زۆر ئەم وشە نهێنییە بەکاردەهێنن. تکایە یەکێکی تر هەڵبژێرن.
vault-passphrase-weak = ئەم وشە نهێنییە زۆر ئاسان دەزانرێت. چەند وشەیەک بەکاربهێنن، یان پێشنیارەکە وەربگرن.
vault-passphrase-suggest = وشەیەکی نهێنی پێشنیار بکە
vault-passphrase-suggestion = وشەی نهێنیی پێشنیارکراو. لەسەر کاغەز بینووسن و بە باشی بیپارێزن:
vault-error-backup-too-large = کۆپیی یەدەگ دەتوانێت لانیزۆر { $size } بێت. ئەمە گەورەترە، بۆیە ئەپەکە ناتوانێت بەکاری بهێنێت.
vault-remove-app-intro = لابردنی ئەپ: ئەمە فۆڵدەرەکە، زمانی هەڵبژێردراو و ئەپە پاشەکەوتکراوەکە لەم وێبگەڕە دەسڕێتەوە. دواتر ئەپەکە بۆ دەستپێکردن دیسان پێویستی بە ئینتەرنێتە.
vault-remove-app-button = ئەپ و هەموو زانیارییەکان لەم وێبگەڕە لاببە
vault-remove-app-confirm = بەڕاستی ئەپ و هەموو زانیارییەکانی لەم وێبگەڕە لادەبەیت؟
vault-remove-app-yes = بەڵێ، هەمووی لاببە
vault-app-removed = ئەپ و هەموو زانیارییەکانی لەم وێبگەڕە لابران. ئێستا ئەم پەڕەیە دابخەن. ئەگەر ئەپەکە دیسان بکەنەوە، لە سەرەتاوە دەست پێدەکات.
vault-saved-files = ئەپەکە ناتوانێت ئەو فایلانە بسڕێتەوە کە پێشتر پاشەکەوتتان کردوون یان هاوبەشتان کردوون: چاپکراوەکان (mein-ordner-….pdf)، فایلی ڕۆژژمێر (….ics) و کۆپییە یەدەگەکان (….meinordner). لە بوخچەی داگرتنەکان و لەو ئەپانەی لەگەڵیان هاوبەشتان کردووە بیاندۆزنەوە و لەوێ بیانسڕنەوە.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = دەتوانن کلیلەکە بە دەستیش لەسەر پەڕەیەک بنووسن و لە ماڵەوە هەڵیبگرن. هەر کۆمەڵەیەک دوو جار بپشکنن.
vault-recovery-no-screenshot = وێنەی شاشە لەم کلیلە مەگرن. وێنەیەک لەسەر مۆبایل کۆپییەکە: هەر کەسێک مۆبایلەکەی هەبێت دەتوانێت پێی فۆڵدەرەکەتان بکاتەوە.
