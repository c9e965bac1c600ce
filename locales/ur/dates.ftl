### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = پیر
date-weekday-tue = منگل
date-weekday-wed = بدھ
date-weekday-thu = جمعرات
date-weekday-fri = جمعہ
date-weekday-sat = ہفتہ
date-weekday-sun = اتوار
date-with-weekday = { $weekday }، { $date }

## Deadlines
deadline-title-lawsuit = انتظامی عدالت میں مقدمہ (Klage)
deadline-title-urgent-application = انتظامی عدالت میں فوری درخواست (Eilantrag)
deadline-title-objection = اعتراض (Widerspruch) جمع کرائیں
deadline-title-tax-objection = اعتراض (Einspruch) جمع کرائیں
deadline-title-objection-or-lawsuit = اعتراض (Widerspruch) یا مقدمہ (Klage): فیصلے کے خط کا آخر دیکھیں
deadline-title-register-address = پتہ رجسٹر کرائیں (Anmeldung)
deadline-title-expiry = اس کاغذ کی مدت ختم ہو رہی ہے
deadline-title-renew-early = تجدید: ابھی وقت لیں
deadline-title-renew-last = تجدید: آخری یاد دہانی
deadline-title-appointment = ملاقات
deadline-title-bamf-appointment = BAMF میں ملاقات: بہت اہم
deadline-title-family-reunification = خاندان کا ملاپ (Familiennachzug): درخواست دیں
deadline-title-missing-date = کوئی مہلت نہیں گنی گئی: تاریخ موجود نہیں
deadline-missing-date-short = تاریخ نہیں
deadline-last-day = آخری دن: { $date }
deadline-based-on = قانونی بنیاد: { $law }
deadline-note-moved = مہلت { $date } کو ختم ہونی تھی، جو ہفتے کا آخر یا سرکاری چھٹی ہے۔ اس لیے مہلت اگلے کام کے دن ختم ہوتی ہے۔ ایپ صرف پورے جرمنی کی سرکاری چھٹیاں گنتی ہے، صرف آپ کی ریاست کی چھٹیاں نہیں۔
deadline-note-outcome-unknown = آپ نے ابھی نہیں چنا کہ فیصلے میں کیا لکھا ہے۔ اس لیے ایپ سب سے چھوٹی مہلت دکھاتی ہے: 1 ہفتہ۔
deadline-note-instructions-missing = آپ نے چنا: Rechtsbehelfsbelehrung (آپ کے حقوق کے بارے میں متن) موجود نہیں یا غلط ہے۔ یہ صحیح ہے یا نہیں، یہ صرف وکیل جانچ سکتا ہے۔ صرف تب شاید 1 سال کی مہلت ہو ({ $law })۔ اس لیے ایپ چھوٹی مہلت دکھاتی ہے: مقدمے اور فوری درخواست کے لیے 1 ہفتہ۔ انتظار نہ کریں۔
deadline-missing-date = کوئی مہلت نہیں گنی گئی: پیلے لفافے پر لکھی تاریخ درج کریں (یا وہ دن جب خط آیا)۔ مہلت شاید پہلے ہی شروع ہو چکی ہے۔ آج ہی کسی مشاورتی مرکز سے پوچھیں۔
deadline-advice = فوراً مدد لیں: Asylverfahrensberatung (پناہ کا مشورہ)، Flüchtlingsrat (پناہ گزینوں کی کونسل)، Migrationsberatung (ہجرت کا مشورہ) یا کوئی وکیل۔ پتے حصہ «مشورہ اور مدد» میں ہیں۔
deadline-due-title = جلد آنے والا
deadline-due-empty = اگلے 30 دنوں میں کچھ نہیں ہے۔
deadline-due-overdue = وقت گزر چکا
deadline-due-week = اگلے 7 دنوں میں
deadline-due-month = اگلے 30 دنوں میں
deadline-due-today = آج
deadline-from-document = کاغذ سے: { $doctype }

## Appointments
appt-title = ملاقاتیں
appt-intro = دفتروں اور مشاورتی مراکز میں آپ کی ملاقاتیں۔ یہ آپ کے محفوظ فولڈر میں خفیہ طور پر محفوظ ہیں۔
appt-locked = پہلے اپنا محفوظ فولڈر کھولیں۔ پھر آپ اپنی ملاقاتیں اور مہلتیں دیکھیں گے۔
appt-open-folder = محفوظ فولڈر کھولیں
appt-add = نئی ملاقات
appt-edit = تبدیل کریں
appt-delete = حذف کریں
appt-delete-confirm = کیا واقعی حذف کریں؟ ایک بار پھر «حذف کریں» دبائیں۔
appt-save = محفوظ کریں
appt-cancel = منسوخ کریں
appt-date = تاریخ
appt-time = وقت (اگر معلوم ہو)
appt-office = کہاں؟ دفتر یا ادارہ، کمرہ
appt-contact = فہرست سے رابطہ
appt-contact-none = کوئی رابطہ نہیں
appt-bring = ساتھ لائیں
appt-bring-hint = اپنی چیک لسٹوں سے نکات چنیں۔
appt-notes = نوٹس
appt-empty = ابھی کوئی ملاقات نہیں۔
appt-past = گزری ہوئی ملاقاتیں
appt-saved = محفوظ ہو گیا۔
appt-deleted = حذف ہو گیا۔
appt-when-time = { $date }، { $time } بجے
appt-error-no-date = براہ کرم تاریخ لکھیں۔
appt-error-no-office = براہ کرم لکھیں کہ ملاقات کہاں یا کس کے ساتھ ہے۔
appt-error-too-long = متن بہت لمبا ہے۔
appt-deadlines = آپ کے کاغذات کی مہلتیں
appt-deadlines-none = ابھی کوئی مہلت نہیں۔ مہلتیں آپ کے کاغذات پر لکھی تاریخوں سے آتی ہیں۔
appt-export = کیلنڈر فائل (.ics) بنائیں
appt-export-hint = فائل کو اپنے فون کے کیلنڈر سے کھولیں۔ پھر وہ آپ کو مہلتیں اور ملاقاتیں یاد دلائے گا۔ دھیان دیں: یہ فائل خفیہ نہیں ہے۔
appt-all = تمام ملاقاتیں اور مہلتیں

## Consultation log
log-title = مشورے
log-intro = آپ کس کے پاس گئے؟ کیا طے ہوا؟ اگلا قدم کیا ہے؟ اس طرح آپ کی مدد کرنے والے سب لوگ ایک ہی تصویر دیکھتے ہیں۔
log-add = نیا اندراج
log-date = تاریخ
log-who = کس کے پاس؟ شخص یا دفتر
log-agreed = کیا طے ہوا؟
log-next = اگلے قدم
log-empty = ابھی کوئی اندراج نہیں۔
log-error-no-who = براہ کرم لکھیں کہ آپ کس کے پاس گئے۔
log-open = مشورے دیکھیں

## Calendar file
ics-deadline-summary = مہلت: { $title }
ics-appt-summary = ملاقات: { $office }
