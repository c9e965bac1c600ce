# The secure folder (encrypted data on the device), in Persian. Translated from locales/de/vault.ftl.

vault-title = پوشه امن من
vault-nav = اطلاعات من
vault-intro = اینجا اطلاعات شخصی خود را ذخیره می‌کنید. همه چیز رمزگذاری شده است. فقط با رمز عبور شما می‌شود آن را خواند.
vault-status-locked = پوشه قفل است.
vault-status-unlocked = پوشه باز است.
vault-working = لطفاً صبر کنید. این کار چند ثانیه طول می‌کشد.
vault-cancel = لغو
vault-done = تمام

# Create
vault-create-title = ساختن پوشه امن
vault-create-intro = یک رمز عبور انتخاب کنید. یک جمله بلند خوب است، مثلاً چهار کلمه که فقط خودتان می‌دانید.
vault-passphrase = رمز عبور
vault-passphrase-repeat = تکرار رمز عبور
vault-passphrase-show = نشان دادن رمز عبور
vault-passphrase-mismatch = این دو رمز عبور یکی نیستند.
vault-passphrase-too-short = رمز عبور خیلی کوتاه است. دست‌کم { $min } نویسه لازم است.
vault-strength-label = قدرت رمز عبور
vault-strength-weak = ضعیف. لطفاً رمز عبور بلندتری انتخاب کنید.
vault-strength-fair = متوسط. رمز عبور بلندتر امن‌تر است.
vault-strength-good = خوب.
vault-strength-strong = خیلی خوب.
vault-create-warning = مهم: هیچ کس نمی‌تواند رمز عبور شما را بازیابی کند، حتی ما. بدون رمز عبور یا کلید بازیابی، اطلاعات شما برای همیشه از دست می‌رود.
vault-create-understood = این را فهمیدم.
vault-create-button = ساختن پوشه

# Recovery sheet
vault-recovery-title = برگه بازیابی
vault-recovery-intro = این کلید بازیابی شماست. اگر رمز عبور را فراموش کنید، با این کلید پوشه خود را باز می‌کنید.
vault-recovery-once = این کلید فقط همین حالا نشان داده می‌شود. برنامه آن را ذخیره نمی‌کند.
vault-recovery-step-print = این برگه را چاپ کنید یا کلید را دقیقاً رونویسی کنید.
vault-recovery-step-keep = برگه را در خانه نگه دارید، جدا از گوشی. آن را در پوشه‌ای که در وقت‌های ملاقات نشان می‌دهید نگذارید. آن را به هیچ کس نشان ندهید.
vault-recovery-step-use = رمز عبور را فراموش کرده‌اید؟ روی «رمز عبور را فراموش کرده‌اید؟» بزنید و این کلید را وارد کنید.
vault-recovery-key-label = کلید بازیابی
vault-recovery-qr-label = کد QR با کلید بازیابی
vault-recovery-created = ساخته شده در { $date }
vault-recovery-print = چاپ
vault-recovery-kept = کلید را نگه داشته‌ام.
vault-recovery-replace-title = کلید بازیابی جدید
vault-recovery-replace-intro = برگه را گم کرده‌اید؟ یک کلید جدید بسازید. بعد از آن، کلید قدیمی دیگر این پوشه را باز نمی‌کند.
vault-recovery-replace-button = ساختن کلید جدید

# Unlock
vault-unlock-title = باز کردن پوشه
vault-unlock-intro = پوشه شما قفل است. رمز عبور خود را وارد کنید.
vault-unlock-button = باز کردن
vault-forgot = رمز عبور را فراموش کرده‌اید؟
vault-recovery-unlock-title = باز کردن با کلید بازیابی
vault-recovery-unlock-intro = کلید را از برگه بازیابی خود وارد کنید. بعد یک رمز عبور جدید انتخاب کنید.
vault-recovery-input = کلید بازیابی
vault-recovery-unlock-button = باز کردن و ذخیره رمز عبور جدید

# Lock
vault-lock-now = همین حالا قفل کنید
vault-locked-manual = پوشه حالا قفل است.
vault-locked-auto = پوشه خودکار قفل شد.

# My details
vault-data-title = مشخصات من
vault-name-label = نام من
vault-notes-label = یادداشت‌ها
vault-save = ذخیره
vault-saved = ذخیره شد.
vault-damaged = یک مورد آسیب دیده است و باز نمی‌شود: { $name }. بقیه چیزها درست است.
vault-kind-profile = نام
vault-kind-note = یادداشت‌ها
vault-kind-checklist = تیک‌های فهرست کارها
vault-kind-settings = تنظیمات
vault-kind-document = یک سند
vault-kind-appointment = یک وقت ملاقات
vault-kind-consultation = یک مشاوره
vault-kind-other = مورد { $id }
vault-checklist-locked = پوشه امن خود را باز کنید. بعد می‌توانید تیک بزنید و ذخیره کنید.

# Settings
vault-settings-title = تنظیمات
vault-autolock-label = قفل خودکار وقتی کسی از برنامه استفاده نمی‌کند، بعد از
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
vault-autolock-hidden = اگر برنامه 30 ثانیه در پس‌زمینه باشد هم، پوشه قفل می‌شود؛ مگر وقتی که عکس می‌گیرید یا فایلی انتخاب می‌کنید.

# Change passphrase
vault-change-title = تغییر رمز عبور
vault-current-passphrase = رمز عبور فعلی
vault-new-passphrase = رمز عبور جدید
vault-new-passphrase-repeat = تکرار رمز عبور جدید
vault-change-button = تغییر رمز عبور
vault-changed = رمز عبور تغییر کرد.

# Storage
vault-storage-title = فضای ذخیره‌سازی
vault-storage-usage = استفاده شده: { $used } از { $available }
vault-storage-unknown = مرورگر نمی‌گوید چقدر جای خالی هست.
vault-storage-persisted = مرورگر اطلاعات شما را برای همیشه نگه می‌دارد.
vault-storage-not-persisted = مرورگر اجازه دارد وقتی جا کم شود، اطلاعات شما را پاک کند. مرتب نسخه پشتیبان ذخیره کنید.

# Backup
vault-backup-title = نسخه پشتیبان
vault-backup-intro = نسخه پشتیبان فایلی با همه اطلاعات است، رمزگذاری‌شده. آن را در جای دیگری ذخیره کنید، مثلاً روی یک فلش USB. آن را با رمز عبور یا با کلید بازیابی باز می‌کنید.
vault-backup-export = ذخیره نسخه پشتیبان
vault-backup-exported = نسخه پشتیبان ذخیره شد: { $file }
vault-backup-skipped = { $count ->
    [one] { $count } مورد آسیب‌دیده در نسخه پشتیبان نیست.
   *[other] { $count } مورد آسیب‌دیده در نسخه پشتیبان نیست.
}
vault-import-title = بارگذاری نسخه پشتیبان
vault-import-file = فایل نسخه پشتیبان
vault-import-secret = رمز عبور یا کلید بازیابی نسخه پشتیبان
vault-import-button = بررسی و بارگذاری
vault-import-exists = روی این دستگاه از قبل یک پوشه هست. اگر نسخه پشتیبان را بارگذاری کنید، جای آن را می‌گیرد. آن وقت همه اطلاعات پوشه فعلی از بین می‌رود.
vault-import-replace = بله، پوشه فعلی جایگزین شود
vault-import-done = نسخه پشتیبان بارگذاری شد: { $records } مورد و { $blobs } فایل.
vault-import-no-file = لطفاً اول یک فایل انتخاب کنید.

# Delete everything
vault-delete-title = پاک کردن
vault-delete-intro = پاک کردن پوشه: این کار پوشهٔ شما را با همهٔ مدارک و داده‌ها روی این دستگاه پاک می‌کند. برنامه می‌ماند و بدون اینترنت هم کار می‌کند. این کار برگشت‌پذیر نیست.
vault-delete-button = پاک کردن پوشهٔ من
vault-delete-confirm = واقعاً پوشهٔ خود را پاک می‌کنید؟ بعد از آن همه چیز از بین می‌رود، مگر اینکه نسخه پشتیبان داشته باشید.
vault-delete-yes = بله، پوشه را پاک کن
vault-deleted = پوشهٔ شما پاک شد.

# Errors
vault-error-decrypt = نشد. رمز عبور یا کلید اشتباه است، یا اطلاعات آسیب دیده است.
vault-error-recovery-length = طول کلید بازیابی درست نیست. این کلید 36 نویسه در 9 گروه دارد.
vault-error-recovery-character = در کلید بازیابی نویسه‌ای هست که نباید آنجا باشد. لطفاً همه نویسه‌ها را یکی‌یکی بررسی کنید.
vault-error-recovery-typo = در کلید بازیابی یک اشتباه تایپی هست. لطفاً همه نویسه‌ها را یکی‌یکی بررسی کنید.
vault-error-empty-passphrase = لطفاً یک رمز عبور وارد کنید.
vault-error-kdf-params = این اطلاعات تنظیمات امنیتی نامعتبر دارد. باز نمی‌شود.
vault-error-kdf-failed = حافظه دستگاه کافی نیست. لطفاً برنامه‌های دیگر را ببندید و دوباره امتحان کنید.
vault-error-not-a-backup = این فایل نسخه پشتیبان برنامه «پوشه من» (Mein Ordner) نیست.
vault-error-newer-version = این اطلاعات از نسخه جدیدتری از برنامه است. لطفاً برنامه را دوباره بارگذاری کنید.
vault-error-damaged = اطلاعات ناقص یا آسیب‌دیده است. چیزی تغییر نکرد.
vault-error-internal = خطایی در برنامه. چیزی تغییر نکرد.
vault-error-too-large = فایل خیلی بزرگ است.
vault-error-exists = روی این دستگاه از قبل یک پوشه هست.
vault-error-no-vault = روی این دستگاه هنوز پوشه‌ای نیست.
vault-error-storage-full = حافظه پر است. چیزی ذخیره نشد. فایل‌هایی را پاک کنید یا روی دستگاه جا باز کنید.
vault-error-storage = مرورگر نتوانست ذخیره کند. چیزی تغییر نکرد.
vault-error-worker = رمزگذاری شروع نشد. لطفاً صفحه را دوباره بارگذاری کنید.
vault-no-browser-save = نگذارید مرورگر رمز عبور را ذخیره کند. اگر پرسید که آن را ذخیره کند یا نه، «هرگز» را انتخاب کنید. وگرنه هر کسی که این دستگاه را دارد می‌تواند پوشه را باز کند.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = برای این کار رمز عبور فعلی شما لازم است.
vault-autolock-confirm = زمان طولانی‌تر تا قفل شدن، رمز عبور شما را لازم دارد. آن را بنویسید و «تأیید» را بزنید.
vault-confirm-button = تأیید
vault-key-replaced = کلید بازیابی در تاریخ { $date } عوض شد. برگه‌های بازیابی قدیمی دیگر این پوشه را باز نمی‌کنند.
vault-passphrase-common = خیلی از مردم این رمز عبور را استفاده می‌کنند. لطفاً رمز دیگری انتخاب کنید.
vault-passphrase-weak = حدس زدن این رمز عبور خیلی آسان است. چند کلمه بنویسید، یا پیشنهاد را بردارید.
vault-passphrase-suggest = یک رمز عبور پیشنهاد کن
vault-passphrase-suggestion = رمز عبور پیشنهادی. آن را روی کاغذ بنویسید و جای امنی نگه دارید:
vault-error-backup-too-large = نسخه پشتیبان حداکثر می‌تواند { $size } باشد. این یکی بزرگ‌تر است، پس برنامه نمی‌تواند از آن استفاده کند.
vault-remove-app-intro = حذف برنامه: این کار پوشه، زبان انتخاب‌شده و برنامهٔ ذخیره‌شده را از این مرورگر پاک می‌کند. بعد از آن برنامه برای شروع دوباره به اینترنت نیاز دارد.
vault-remove-app-button = حذف برنامه و همهٔ داده‌ها از این مرورگر
vault-remove-app-confirm = واقعاً برنامه و همهٔ داده‌هایش را از این مرورگر حذف می‌کنید؟
vault-remove-app-yes = بله، همه را حذف کن
vault-app-removed = برنامه و همهٔ داده‌هایش از این مرورگر حذف شد. حالا این زبانه را ببندید. اگر برنامه را دوباره باز کنید، از نو شروع می‌شود.
vault-saved-files = برنامه نمی‌تواند فایل‌هایی را که قبلاً ذخیره یا به اشتراک گذاشته‌اید پاک کند: چاپی‌ها (mein-ordner-….pdf)، فایل تقویم (….ics) و نسخه‌های پشتیبان (….meinordner). آن‌ها را در پوشهٔ دانلودها و در برنامه‌هایی که با آن‌ها به اشتراک گذاشته‌اید پیدا کنید و همان‌جا پاک کنید.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = می‌توانید کلید را با دست هم روی یک برگه کاغذ بنویسید و آن را در خانه نگه دارید. هر گروه را دو بار بررسی کنید.
vault-recovery-no-screenshot = از این کلید عکس صفحه نگیرید. عکس روی گوشی یک نسخه است: هر کس گوشی را داشته باشد، با آن پوشهٔ شما را باز می‌کند.
