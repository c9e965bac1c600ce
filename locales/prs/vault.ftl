# The secure folder (encrypted data on the device), in Dari. Translated from locales/de/vault.ftl.

vault-title = دوسیه محفوظ من
vault-nav = معلومات من
vault-intro = در اینجا معلومات شخصی خود را ذخیره می‌کنید. همه چیز رمزگذاری شده است. فقط با رمز شما خوانده می‌شود.
vault-status-locked = دوسیه قفل است.
vault-status-unlocked = دوسیه باز است.
vault-working = لطفاً صبر کنید. این کار چند ثانیه وقت می‌گیرد.
vault-cancel = لغو
vault-done = تمام

# Create
vault-create-title = ساختن دوسیه محفوظ
vault-create-intro = یک رمز انتخاب کنید. یک جمله دراز خوب است، مثلاً چهار کلمه که فقط خود شما می‌دانید.
vault-passphrase = رمز
vault-passphrase-repeat = رمز را دوباره بنویسید
vault-passphrase-show = نشان دادن رمز
vault-passphrase-mismatch = این دو رمز یکسان نیستند.
vault-passphrase-too-short = رمز بسیار کوتاه است. حد اقل { $min } حرف لازم است.
vault-strength-label = قوت رمز
vault-strength-weak = ضعیف. لطفاً یک رمز درازتر انتخاب کنید.
vault-strength-fair = متوسط. رمز درازتر محفوظ‌تر است.
vault-strength-good = خوب.
vault-strength-strong = بسیار خوب.
vault-create-warning = مهم: هیچ کس نمی‌تواند رمز شما را دوباره پیدا کند، حتی ما. بدون رمز یا کلید بازیابی، معلومات شما برای همیشه از بین می‌رود.
vault-create-understood = این را فهمیدم.
vault-create-button = ساختن دوسیه

# Recovery sheet
vault-recovery-title = ورقه بازیابی
vault-recovery-intro = این کلید بازیابی شما است. اگر رمز را فراموش کنید، با این کلید دوسیه خود را باز می‌کنید.
vault-recovery-once = این کلید فقط همین حالا نشان داده می‌شود. اپ آن را ذخیره نمی‌کند.
vault-recovery-step-print = این ورقه را چاپ کنید یا کلید را دقیق نقل کنید.
vault-recovery-step-keep = ورقه را در خانه نگه دارید، جدا از تیلفون. آن را در دوسیه‌ای که در وقت‌های ملاقات نشان می‌دهید نگذارید. آن را به هیچ کس نشان ندهید.
vault-recovery-step-use = رمز را فراموش کرده اید؟ بالای «رمز را فراموش کرده اید؟» بزنید و این کلید را وارد کنید.
vault-recovery-key-label = کلید بازیابی
vault-recovery-qr-label = کود QR با کلید بازیابی
vault-recovery-created = ساخته شده به تاریخ { $date }
vault-recovery-print = چاپ
vault-recovery-kept = کلید را در جای محفوظ گذاشته ام.
vault-recovery-replace-title = کلید بازیابی نو
vault-recovery-replace-intro = ورقه را گم کرده اید؟ یک کلید نو بسازید. بعد از آن، کلید کهنه دیگر این دوسیه را باز نمی‌کند.
vault-recovery-replace-button = ساختن کلید نو

# Unlock
vault-unlock-title = باز کردن دوسیه
vault-unlock-intro = دوسیه شما قفل است. رمز خود را وارد کنید.
vault-unlock-button = باز کردن
vault-forgot = رمز را فراموش کرده اید؟
vault-recovery-unlock-title = باز کردن با کلید بازیابی
vault-recovery-unlock-intro = کلید را از ورقه بازیابی خود وارد کنید. بعد یک رمز نو انتخاب کنید.
vault-recovery-input = کلید بازیابی
vault-recovery-unlock-button = باز کردن و ذخیره رمز نو

# Lock
vault-lock-now = همین حالا قفل کنید
vault-locked-manual = دوسیه حالا قفل است.
vault-locked-auto = دوسیه به شکل خودکار قفل شد.

# My details
vault-data-title = مشخصات من
vault-name-label = نام من
vault-notes-label = یادداشت‌ها
vault-save = ذخیره
vault-saved = ذخیره شد.
vault-damaged = یک مورد خراب شده است و باز نمی‌شود: { $name }. باقی همه چیز درست است.
vault-kind-profile = نام
vault-kind-note = یادداشت‌ها
vault-kind-checklist = علامه‌های تیک در لست کارها
vault-kind-settings = تنظیمات
vault-kind-document = یک سند
vault-kind-appointment = یک وقت ملاقات
vault-kind-consultation = یک مشوره
vault-kind-other = مورد { $id }
vault-checklist-locked = دوسیه محفوظ خود را باز کنید. بعد می‌توانید علامه تیک بزنید و ذخیره کنید.

# Settings
vault-settings-title = تنظیمات
vault-autolock-label = قفل خودکار، وقتی کسی از اپ استفاده نمی‌کند، بعد از
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
vault-autolock-hidden = اگر اپ 30 ثانیه در پس‌زمینه باشد هم، دوسیه قفل می‌شود؛ مگر وقتی که عکس می‌گیرید یا فایلی را انتخاب می‌کنید.

# Change passphrase
vault-change-title = تبدیل رمز
vault-current-passphrase = رمز فعلی
vault-new-passphrase = رمز نو
vault-new-passphrase-repeat = رمز نو را دوباره بنویسید
vault-change-button = تبدیل رمز
vault-changed = رمز تبدیل شد.

# Storage
vault-storage-title = جای ذخیره
vault-storage-usage = استفاده شده: { $used } از { $available }
vault-storage-unknown = براوزر نمی‌گوید که چقدر جای خالی است.
vault-storage-persisted = براوزر معلومات شما را برای همیشه نگه می‌دارد.
vault-storage-not-persisted = براوزر اجازه دارد وقتی جای کم شود، معلومات شما را پاک کند. منظم کاپی احتیاطی ذخیره کنید.

# Backup
vault-backup-title = کاپی احتیاطی
vault-backup-intro = کاپی احتیاطی یک فایل با همه معلومات است، به شکل رمزگذاری‌شده. آن را در جای دیگری ذخیره کنید، مثلاً در یک فلش USB. آن را با رمز یا با کلید بازیابی باز می‌کنید.
vault-backup-export = ذخیره کاپی احتیاطی
vault-backup-exported = کاپی احتیاطی ذخیره شد: { $file }
vault-backup-skipped = { $count ->
    [one] { $count } مورد خراب در کاپی احتیاطی نیست.
   *[other] { $count } مورد خراب در کاپی احتیاطی نیست.
}
vault-import-title = بارگیری کاپی احتیاطی
vault-import-file = فایل کاپی احتیاطی
vault-import-secret = رمز یا کلید بازیابی کاپی احتیاطی
vault-import-button = کنترول و بارگیری
vault-import-exists = در این دستگاه از قبل یک دوسیه است. اگر کاپی احتیاطی را بارگیری کنید، جای آن را می‌گیرد. در آن صورت همه معلومات دوسیه فعلی از بین می‌رود.
vault-import-replace = بلی، دوسیه فعلی عوض شود
vault-import-done = کاپی احتیاطی بارگیری شد: { $records } مورد و { $blobs } فایل.
vault-import-no-file = لطفاً اول یک فایل انتخاب کنید.

# Delete everything
vault-delete-title = پاک کردن
vault-delete-intro = پاک کردن دوسیه: این کار دوسیه شما را با تمام اسناد و معلومات در این دستگاه پاک می‌کند. اپ باقی می‌ماند و بدون انترنت هم کار می‌کند. این کار دوباره برگشت داده نمی‌شود.
vault-delete-button = دوسیه مرا پاک کن
vault-delete-confirm = واقعاً دوسیه خود را پاک می‌کنید؟ بعد از آن همه چیز از بین می‌رود، مگر اینکه کاپی احتیاطی داشته باشید.
vault-delete-yes = بلی، دوسیه را پاک کن
vault-deleted = دوسیه شما پاک شد.

# Errors
vault-error-decrypt = نشد. رمز یا کلید غلط است، یا معلومات خراب شده است.
vault-error-recovery-length = طول کلید بازیابی درست نیست. این کلید 36 حرف در 9 گروپ دارد.
vault-error-recovery-character = در کلید بازیابی حرفی است که نباید آنجا باشد. لطفاً هر حرف را کنترول کنید.
vault-error-recovery-typo = در کلید بازیابی یک غلطی تایپ است. لطفاً هر حرف را کنترول کنید.
vault-error-empty-passphrase = لطفاً یک رمز وارد کنید.
vault-error-kdf-params = این معلومات تنظیمات امنیتی نادرست دارد. باز نمی‌شود.
vault-error-kdf-failed = حافظه دستگاه کافی نیست. لطفاً اپ‌های دیگر را ببندید و دوباره کوشش کنید.
vault-error-not-a-backup = این فایل کاپی احتیاطی اپ «دوسیه من» (Mein Ordner) نیست.
vault-error-newer-version = این معلومات از یک نسخه نوتر اپ است. لطفاً اپ را دوباره بارگیری کنید.
vault-error-damaged = معلومات ناقص یا خراب است. هیچ چیزی تغییر نکرد.
vault-error-internal = یک غلطی در اپ. هیچ چیزی تغییر نکرد.
vault-error-too-large = فایل بسیار بزرگ است.
vault-error-exists = در این دستگاه از قبل یک دوسیه است.
vault-error-no-vault = در این دستگاه هنوز دوسیه‌ای نیست.
vault-error-storage-full = حافظه پر است. هیچ چیزی ذخیره نشد. فایل‌ها را پاک کنید یا در دستگاه جای خالی کنید.
vault-error-storage = براوزر نتوانست ذخیره کند. هیچ چیزی تغییر نکرد.
vault-error-worker = رمزگذاری شروع نشد. لطفاً صفحه را دوباره بارگیری کنید.
vault-no-browser-save = نگذارید که براوزر رمز را ذخیره کند. اگر پرسید که آن را ذخیره کند، «هرگز» را انتخاب کنید. در غیر آن هر کسی که این دستگاه را دارد، دوسیه را باز کرده می‌تواند.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = برای این کار رمز فعلی تان ضرورت است.
vault-autolock-confirm = وقت درازتر تا قفل شدن، رمز تان را ضرورت دارد. آن را بنویسید و «تأیید» را فشار دهید.
vault-confirm-button = تأیید
vault-key-replaced = کلید بازیابی به تاریخ { $date } تبدیل شد. ورقه‌های بازیابی کهنه دیگر این دوسیه را باز نمی‌کنند.
vault-passphrase-common = مردم زیاد این رمز را استفاده می‌کنند. لطفاً یک رمز دیگر انتخاب کنید.
vault-passphrase-weak = این رمز بسیار آسان پیدا می‌شود. چند کلمه بنویسید، یا پیشنهاد را قبول کنید.
vault-passphrase-suggest = یک رمز پیشنهاد کن
vault-passphrase-suggestion = رمز پیشنهادی. آن را روی کاغذ بنویسید و در جای مصئون نگاه کنید:
vault-error-backup-too-large = کاپی احتیاطی نهایت { $size } بوده می‌تواند. این یکی کلان‌تر است، پس اپ آن را استفاده کرده نمی‌تواند.
vault-remove-app-intro = دور کردن اپ: این کار دوسیه، زبان انتخاب شده و اپ ذخیره شده را از این براوزر پاک می‌کند. بعد از آن اپ برای شروع دوباره به انترنت ضرورت دارد.
vault-remove-app-button = دور کردن اپ و تمام معلومات از این براوزر
vault-remove-app-confirm = واقعاً اپ و تمام معلومات آن را از این براوزر دور می‌کنید؟
vault-remove-app-yes = بلی، همه را دور کن
vault-app-removed = اپ و تمام معلومات آن از این براوزر دور شد. حالا این صفحه را ببندید. اگر اپ را دوباره باز کنید، از نو شروع می‌شود.
vault-saved-files = اپ نمی‌تواند فایل‌هایی را که قبلاً ذخیره یا شریک ساخته‌اید پاک کند: چاپ‌ها (mein-ordner-….pdf)، فایل تقویم (….ics) و کاپی احتیاطی‌ها (….meinordner). آن‌ها را در فولدر دانلودها و در اپ‌هایی که با آن‌ها شریک ساخته‌اید پیدا کنید و در همان‌جا پاک کنید.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = می‌توانید کلید را با دست خود هم روی یک ورق کاغذ بنویسید و آن را در خانه نگه دارید. هر گروپ را دو بار چک کنید.
vault-recovery-no-screenshot = از این کلید سکرین‌شات نگیرید. عکس در تیلفون یک کاپی است: هر کسی که تیلفون را داشته باشد، با آن دوسیه شما را باز کرده می‌تواند.
