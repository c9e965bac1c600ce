# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = چاپ آماده می‌شود …
print-working-load = فونت‌ها و متن‌ها بار می‌شوند …
print-working-pages = صفحه‌ها ترتیب می‌شوند …
print-done = خلاص شد. صفحه‌ها: { $pages } · اندازه: { $size } · وقت: { $seconds } ثانیه
print-error-worker = چاپ شروع نشد. لطفاً صفحه را دوباره بار کنید و باز کوشش کنید.
print-error-offline = فونت‌های چاپ هنوز در این دستگاه نیستند. اپ را یک بار با انترنت باز کنید و باز کوشش کنید.
print-error-font = یک فایل فونت برای چاپ خراب است. لطفاً صفحه را دوباره بار کنید.
print-error-pack = فایل شهر خوانده نمی‌شود. لطفاً آن را در «انتخاب شهر» ببینید.
print-error-scan = صفحه { $index } اسناد اسکن‌شده یک عکس JPEG خوانا نیست. لطفاً این صفحه را دوباره اسکن کنید.
print-error-internal = PDF ساخته نشد. لطفاً باز کوشش کنید.
print-blank-open = چاپ دوسیه خالی (برای اداره‌ها)
print-blank-title = چاپ دوسیه خالی
print-blank-intro = برای اداره‌ها و مراکز مشوره: یک دوسیه خالی برای چاپ، به آلمانی و یک زبان دوم، با آدرس‌های یک شهر. اندازه A4، با حاشیه برای سوراخ کردن.
print-blank-language = زبان دوم
print-blank-german-only = فقط آلمانی
print-blank-unreviewed = هنوز هیچ کس با این زبان مادری این ترجمه را ندیده است.
print-blank-town = شهر
print-blank-town-none = بدون شهر (خط‌های خالی برای پر کردن)
print-blank-town-file = فایل بار شده: { $file }
print-blank-town-load = بار کردن فایل یک شهر
print-blank-button = ساختن دوسیه به شکل PDF
print-recovery-pdf = ساختن فایل PDF
print-consult-open = چاپ اسناد برای مشوره
print-consult-title = اسناد برای مشوره
print-consult-intro = خودتان انتخاب می‌کنید که در چاپ چه باشد. اول یک خلاصه برای مشاور می‌آید: چه هست، چه کم است، چه به زودی وقتش می‌رسد.
print-consult-tabs = بخش‌ها
print-consult-personal = معلومات شخصی
print-consult-locked = دوسیه شما قفل است. علامه‌های تیک، نام، یادداشت‌ها و اسناد فقط وقتی دوسیه باز است موجود هستند.
print-consult-open-folder = باز کردن دوسیه
print-consult-ticks = نشان دادن کارهای انجام‌شده در لست‌ها
print-consult-name = چاپ نام من
print-consult-name-field = نام
print-consult-notes = چاپ یادداشت‌های من
print-consult-documents = اسناد
print-consult-deadlines = مهلت‌ها
print-consult-appointments = وقت‌های ملاقات
print-consult-log = مشوره‌های قبلی
print-consult-nothing = هنوز چیزی ذخیره نشده است.
print-consult-privacy = این چاپ معلومات شخصی دارد. آن را فقط به کسانی بدهید که به آن‌ها اعتماد دارید. اپ چیزی روان نمی‌کند.
print-consult-button = ساختن چاپ به شکل PDF

# A finished file: print, share or save (#12 §1)
print-ready = فایل آماده است. هنوز در هیچ جای ذخیره نشده. انتخاب کنید که با آن چه کار کنید.
print-print = چاپ
print-share = شریک ساختن (مثلاً با اپ پرنتر)
print-save-file = ذخیره منحیث فایل
print-save-warning = متوجه باشید: فایل ذخیره شده محافظت نمی‌شود. هر کسی که از این دستگاه کار می‌گیرد، می‌تواند آن را باز کند. بعد از چاپ، فایل را پاک کنید.
print-save-warning-key = با این فایل هر کسی می‌تواند دوسیه شما را باز کند. آن را تنها وقتی ذخیره کنید که راه دیگری برای چاپ ندارید.
print-saved = به نام { $file } ذخیره شد.
print-saved-personal = به نام { $file } ذخیره شد. بعد از چاپ، فایل را از فولدر دانلودها پاک کنید.
print-print-failed = چاپ شروع نشد. می‌توانید فایل را شریک بسازید یا ذخیره کنید.
print-share-failed = شریک ساختن نشد. می‌توانید فایل را چاپ یا ذخیره کنید.
print-save-failed = فایل ذخیره نشد.
