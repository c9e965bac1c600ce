### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = دوشنبه
date-weekday-tue = سه‌شنبه
date-weekday-wed = چهارشنبه
date-weekday-thu = پنجشنبه
date-weekday-fri = جمعه
date-weekday-sat = شنبه
date-weekday-sun = یکشنبه
date-with-weekday = { $weekday }، { $date }

## Deadlines
deadline-title-lawsuit = شکایت (Klage) در دادگاه اداری
deadline-title-urgent-application = درخواست فوری (Eilantrag) در دادگاه اداری
deadline-title-objection = ثبت اعتراض (Widerspruch)
deadline-title-tax-objection = ثبت اعتراض (Einspruch)
deadline-title-objection-or-lawsuit = اعتراض (Widerspruch) یا شکایت (Klage): آخر نامه تصمیم را ببینید
deadline-title-register-address = ثبت نشانی (Anmeldung)
deadline-title-expiry = اعتبار این برگه تمام می‌شود
deadline-title-renew-early = تمدید: همین حالا وقت بگیرید
deadline-title-renew-last = تمدید: آخرین یادآوری
deadline-title-appointment = وقت ملاقات
deadline-title-bamf-appointment = وقت ملاقات در BAMF: بسیار مهم
deadline-title-family-reunification = پیوستن خانواده (Familiennachzug): ثبت درخواست
deadline-title-missing-date = هیچ مهلتی حساب نشد: تاریخ وارد نشده است
deadline-missing-date-short = تاریخ نیست
deadline-last-day = آخرین روز: { $date }
deadline-based-on = مبنای قانونی: { $law }
deadline-note-moved = مهلت باید در { $date } تمام می‌شد، که آخر هفته یا تعطیل رسمی است. برای همین مهلت در روز کاری بعدی تمام می‌شود. برنامه فقط تعطیلات رسمی در کل آلمان را حساب می‌کند، نه تعطیلاتی که فقط در ایالت شما هستند.
deadline-note-outcome-unknown = شما هنوز انتخاب نکرده‌اید که در تصمیم چه نوشته شده است. برای همین برنامه کوتاه‌ترین مهلت را نشان می‌دهد: 1 هفته.
deadline-note-instructions-missing = شما انتخاب کردید: Rechtsbehelfsbelehrung (متن درباره حقوق شما) وجود ندارد یا غلط است. فقط یک وکیل می‌تواند بررسی کند که این درست است یا نه. فقط در آن صورت شاید مهلت 1 سال باشد ({ $law }). برای همین برنامه مهلت کوتاه را نشان می‌دهد: 1 هفته برای شکایت و درخواست فوری. صبر نکنید.
deadline-missing-date = هیچ مهلتی حساب نشد: تاریخ روی پاکت زرد را وارد کنید (یا روزی که نامه رسید). ممکن است مهلت از قبل شروع شده باشد. همین امروز از یک مرکز مشاوره بپرسید.
deadline-advice = فوراً کمک بگیرید: Asylverfahrensberatung (مشاوره پناهندگی)، Flüchtlingsrat (شورای پناهندگان)، Migrationsberatung (مشاوره مهاجرت) یا یک وکیل. نشانی‌ها در بخش «مشاوره و کمک» هستند.
deadline-due-title = به‌زودی
deadline-due-empty = در 30 روز آینده چیزی سررسید نیست.
deadline-due-overdue = گذشته است
deadline-due-week = در 7 روز آینده
deadline-due-month = در 30 روز آینده
deadline-due-today = امروز
deadline-from-document = از برگه: { $doctype }

## Appointments
appt-title = وقت‌های ملاقات
appt-intro = وقت‌های ملاقات شما در ادارات و مراکز مشاوره. آن‌ها رمزگذاری‌شده در پوشه امن شما ذخیره می‌شوند.
appt-locked = اول پوشه امن خود را باز کنید. بعد وقت‌های ملاقات و مهلت‌های خود را می‌بینید.
appt-open-folder = باز کردن پوشه امن
appt-add = وقت ملاقات جدید
appt-edit = تغییر
appt-delete = حذف
appt-delete-confirm = واقعاً حذف شود؟ یک بار دیگر «حذف» را بزنید.
appt-save = ذخیره
appt-cancel = لغو
appt-date = تاریخ
appt-time = ساعت (اگر می‌دانید)
appt-office = کجا؟ اداره یا مرکز، اتاق
appt-contact = نشانی از فهرست تماس‌ها
appt-contact-none = بدون نشانی
appt-bring = همراه بیاورید
appt-bring-hint = مواردی را از فهرست‌های بررسی خود انتخاب کنید.
appt-notes = یادداشت‌ها
appt-empty = هنوز وقت ملاقاتی نیست.
appt-past = وقت‌های گذشته
appt-saved = ذخیره شد.
appt-deleted = حذف شد.
appt-when-time = { $date }، ساعت { $time }
appt-error-no-date = لطفاً یک تاریخ وارد کنید.
appt-error-no-office = لطفاً بنویسید وقت ملاقات کجا یا پیش چه کسی است.
appt-error-too-long = متن خیلی طولانی است.
appt-deadlines = مهلت‌ها از برگه‌های شما
appt-deadlines-none = هنوز مهلتی نیست. مهلت‌ها از تاریخ‌های روی برگه‌های شما می‌آیند.
appt-export = ساختن فایل تقویم (.ics)
appt-export-hint = فایل را با تقویم گوشی خود باز کنید. بعد تقویم مهلت‌ها و وقت‌های ملاقات را به شما یادآوری می‌کند. توجه: این فایل رمزگذاری نشده است.
appt-all = همه وقت‌ها و مهلت‌ها

## Consultation log
log-title = مشاوره‌ها
log-intro = پیش چه کسی بودید؟ چه توافقی شد؟ قدم بعدی چیست؟ این‌طور همه کسانی که به شما کمک می‌کنند، یک تصویر را می‌بینند.
log-add = یادداشت جدید
log-date = تاریخ
log-who = پیش چه کسی؟ شخص یا مرکز
log-agreed = چه توافقی شد؟
log-next = قدم‌های بعدی
log-empty = هنوز یادداشتی نیست.
log-error-no-who = لطفاً بنویسید پیش چه کسی بودید.
log-open = دیدن مشاوره‌ها

## Calendar file
ics-deadline-summary = مهلت: { $title }
ics-appt-summary = وقت ملاقات: { $office }
