# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = چاپ در حال آماده شدن است …
print-working-load = فونت‌ها و متن‌ها در حال بارگیری هستند …
print-working-pages = صفحه‌ها در حال چیدن هستند …
print-done = تمام شد. صفحه‌ها: { $pages } · اندازه: { $size } · زمان: { $seconds } ثانیه
print-error-worker = چاپ شروع نشد. لطفاً صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
print-error-offline = فونت‌های چاپ هنوز روی این دستگاه نیستند. برنامه را یک بار با اینترنت باز کنید و دوباره امتحان کنید.
print-error-font = یک فایل فونت برای چاپ خراب است. لطفاً صفحه را دوباره بارگیری کنید.
print-error-pack = فایل شهر خوانده نمی‌شود. لطفاً آن را در «انتخاب شهر» بررسی کنید.
print-error-scan = صفحه { $index } از مدارک اسکن‌شده یک تصویر JPEG خوانا نیست. لطفاً این صفحه را دوباره اسکن کنید.
print-error-internal = PDF ساخته نشد. لطفاً دوباره امتحان کنید.
print-blank-open = چاپ پوشه خالی (برای اداره‌ها)
print-blank-title = چاپ پوشه خالی
print-blank-intro = برای اداره‌ها و مراکز مشاوره: یک پوشه خالی برای چاپ، به آلمانی و یک زبان دوم، با آدرس‌های یک شهر. اندازه A4، با حاشیه برای سوراخ کردن.
print-blank-language = زبان دوم
print-blank-german-only = فقط آلمانی
print-blank-unreviewed = هنوز هیچ گوینده بومی این ترجمه را بررسی نکرده است.
print-blank-town = شهر
print-blank-town-none = بدون شهر (خط‌های خالی برای پر کردن)
print-blank-town-file = فایل بارگیری‌شده: { $file }
print-blank-town-load = بارگیری فایل یک شهر
print-blank-button = ساختن پوشه به صورت PDF
print-recovery-pdf = ساختن فایل PDF
print-consult-open = چاپ مدارک برای مشاوره
print-consult-title = مدارک برای مشاوره
print-consult-intro = خودتان انتخاب می‌کنید چه چیزی در چاپ باشد. اول یک خلاصه برای مشاور می‌آید: چه چیزی هست، چه چیزی کم است، چه چیزی به زودی موعدش است.
print-consult-tabs = بخش‌ها
print-consult-personal = اطلاعات شخصی
print-consult-locked = پوشه شما قفل است. تیک‌ها، نام، یادداشت‌ها و مدارک فقط وقتی پوشه باز است در دسترس هستند.
print-consult-open-folder = باز کردن پوشه
print-consult-ticks = نشان دادن کارهای انجام‌شده در فهرست‌ها
print-consult-name = چاپ نام من
print-consult-name-field = نام
print-consult-notes = چاپ یادداشت‌های من
print-consult-documents = مدارک
print-consult-deadlines = مهلت‌ها
print-consult-appointments = وقت‌های ملاقات
print-consult-log = مشاوره‌های قبلی
print-consult-nothing = هنوز چیزی ذخیره نشده است.
print-consult-privacy = این چاپ اطلاعات شخصی دارد. آن را فقط به کسانی بدهید که به آن‌ها اعتماد دارید. برنامه چیزی نمی‌فرستد.
print-consult-button = ساختن چاپ به صورت PDF

# A finished file: print, share or save (#12 §1)
print-ready = فایل آماده است. هنوز جایی ذخیره نشده است. انتخاب کنید با آن چه کنید.
print-print = چاپ
print-share = اشتراک‌گذاری (مثلاً با برنامهٔ چاپگر)
print-save-file = ذخیره به‌صورت فایل
print-save-warning = توجه: فایل ذخیره‌شده محافظت نمی‌شود. هر کسی که از این دستگاه استفاده کند می‌تواند آن را باز کند. پس از چاپ، فایل را پاک کنید.
print-save-warning-key = با این فایل هر کسی می‌تواند پوشهٔ شما را باز کند. آن را فقط وقتی ذخیره کنید که راه دیگری برای چاپ ندارید.
print-saved = با نام { $file } ذخیره شد.
print-saved-personal = با نام { $file } ذخیره شد. پس از چاپ، فایل را از پوشهٔ دانلودها پاک کنید.
print-print-failed = چاپ شروع نشد. می‌توانید فایل را به اشتراک بگذارید یا ذخیره کنید.
print-share-failed = اشتراک‌گذاری انجام نشد. می‌توانید فایل را چاپ یا ذخیره کنید.
print-save-failed = فایل ذخیره نشد.
