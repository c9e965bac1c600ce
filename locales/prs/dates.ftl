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
deadline-title-lawsuit = شکایت (Klage) در محکمه اداری
deadline-title-urgent-application = درخواست عاجل (Eilantrag) در محکمه اداری
deadline-title-objection = ثبت اعتراض (Widerspruch)
deadline-title-tax-objection = ثبت اعتراض (Einspruch)
deadline-title-objection-or-lawsuit = اعتراض (Widerspruch) یا شکایت (Klage): آخر مکتوب فیصله را ببینید
deadline-title-register-address = ثبت آدرس (Anmeldung)
deadline-title-expiry = اعتبار این سند ختم می‌شود
deadline-title-renew-early = تمدید: همین حالا وقت بگیرید
deadline-title-renew-last = تمدید: آخرین یادآوری
deadline-title-appointment = وقت ملاقات
deadline-title-bamf-appointment = وقت ملاقات در BAMF: بسیار مهم
deadline-title-family-reunification = پیوستن فامیل (Familiennachzug): درخواست بدهید
deadline-title-missing-date = هیچ مهلتی حساب نشد: تاریخ درج نشده است
deadline-missing-date-short = تاریخ نیست
deadline-last-day = آخرین روز: { $date }
deadline-based-on = اساس قانونی: { $law }
deadline-note-moved = مهلت باید در { $date } تمام می‌شد، که آخر هفته یا رخصتی رسمی است. برای همین مهلت در روز کاری بعدی تمام می‌شود. اپ فقط رخصتی‌های رسمی در کل آلمان را حساب می‌کند، نه رخصتی‌هایی که فقط در ایالت شما هستند.
deadline-note-outcome-unknown = شما هنوز انتخاب نکرده اید که در فیصله چه نوشته شده است. برای همین اپ کوتاه‌ترین مهلت را نشان می‌دهد: 1 هفته.
deadline-note-instructions-missing = شما انتخاب کردید: Rechtsbehelfsbelehrung (متن در باره حقوق شما) نیست یا غلط است. تنها یک وکیل مدافع می‌تواند بررسی کند که این درست است یا نی. تنها در آن صورت شاید مهلت 1 سال باشد ({ $law }). از همین خاطر اپ مهلت کوتاه را نشان می‌دهد: 1 هفته برای شکایت و درخواست عاجل. منتظر نمانید.
deadline-missing-date = هیچ مهلتی حساب نشد: تاریخ روی لفافه زرد را درج کنید (یا روزی که مکتوب رسید). شاید مهلت از قبل شروع شده باشد. همین امروز از یک مرکز مشوره بپرسید.
deadline-advice = فوراً کمک بگیرید: Asylverfahrensberatung (مشوره پناهندگی)، Flüchtlingsrat (شورای پناهندگان)، Migrationsberatung (مشوره مهاجرت) یا یک وکیل مدافع. آدرس‌ها در بخش «مشوره و کمک» هستند.
deadline-due-title = به‌زودی
deadline-due-empty = در 30 روز آینده کدام مهلتی نیست.
deadline-due-overdue = گذشته است
deadline-due-week = در 7 روز آینده
deadline-due-month = در 30 روز آینده
deadline-due-today = امروز
deadline-from-document = از سند: { $doctype }

## Appointments
appt-title = وقت‌های ملاقات
appt-intro = وقت‌های ملاقات شما در ادارات و مراکز مشوره. آن‌ها رمزگذاری‌شده در دوسیه محفوظ شما ذخیره می‌شوند.
appt-locked = اول دوسیه محفوظ خود را باز کنید. بعد وقت‌های ملاقات و مهلت‌های خود را می‌بینید.
appt-open-folder = باز کردن دوسیه محفوظ
appt-add = وقت ملاقات نو
appt-edit = تغییر
appt-delete = حذف
appt-delete-confirm = واقعاً حذف شود؟ یک بار دیگر «حذف» را بزنید.
appt-save = ذخیره
appt-cancel = لغو
appt-date = تاریخ
appt-time = ساعت (اگر می‌دانید)
appt-office = کجا؟ اداره یا مرکز، اتاق
appt-contact = آدرس از لست تماس‌ها
appt-contact-none = بدون آدرس
appt-bring = با خود بیاورید
appt-bring-hint = مواردی را از فهرست‌های بررسی خود انتخاب کنید.
appt-notes = یادداشت‌ها
appt-empty = هنوز وقت ملاقاتی نیست.
appt-past = وقت‌های گذشته
appt-saved = ذخیره شد.
appt-deleted = حذف شد.
appt-when-time = { $date }، ساعت { $time }
appt-error-no-date = لطفاً یک تاریخ وارد کنید.
appt-error-no-office = لطفاً بنویسید وقت ملاقات کجا یا پیش چه کسی است.
appt-error-too-long = متن بسیار دراز است.
appt-deadlines = مهلت‌ها از اسناد شما
appt-deadlines-none = هنوز مهلتی نیست. مهلت‌ها از تاریخ‌های روی اسناد شما می‌آیند.
appt-export = ساختن فایل تقویم (.ics)
appt-export-hint = فایل را با تقویم تیلفون خود باز کنید. بعد تقویم مهلت‌ها و وقت‌های ملاقات را به شما یادآوری می‌کند. توجه: این فایل رمزگذاری نشده است.
appt-all = همه وقت‌ها و مهلت‌ها

## Consultation log
log-title = مشوره‌ها
log-intro = پیش چه کسی بودید؟ چه توافقی شد؟ قدم بعدی چیست؟ این‌طور همه کسانی که به شما کمک می‌کنند، یک تصویر را می‌بینند.
log-add = یادداشت نو
log-date = تاریخ
log-who = پیش چه کسی؟ شخص یا مرکز
log-agreed = چه توافقی شد؟
log-next = قدم‌های بعدی
log-empty = هنوز یادداشتی نیست.
log-error-no-who = لطفاً بنویسید پیش چه کسی بودید.
log-open = دیدن مشوره‌ها

## Calendar file
ics-deadline-summary = مهلت: { $title }
ics-appt-summary = وقت ملاقات: { $office }
