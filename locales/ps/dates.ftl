### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = دوشنبه
date-weekday-tue = سه‌شنبه
date-weekday-wed = چهارشنبه
date-weekday-thu = پنجشنبه
date-weekday-fri = جمعه
date-weekday-sat = اونۍ
date-weekday-sun = یکشنبه
date-with-weekday = { $weekday }، { $date }

## Deadlines
deadline-title-lawsuit = په اداري محکمه کې دعوه (Klage)
deadline-title-urgent-application = په اداري محکمه کې بېړنۍ غوښتنه (Eilantrag)
deadline-title-objection = اعتراض (Widerspruch) ثبتول
deadline-title-tax-objection = اعتراض (Einspruch) ثبتول
deadline-title-objection-or-lawsuit = اعتراض (Widerspruch) یا دعوه (Klage): د پرېکړه لیک پای وګورئ
deadline-title-register-address = د پتې ثبتول (Anmeldung)
deadline-title-expiry = د دې پاڼې اعتبار پای ته رسېږي
deadline-title-renew-early = تمدید: همدا اوس وخت ونیسئ
deadline-title-renew-last = تمدید: وروستۍ یادونه
deadline-title-appointment = ملاقات
deadline-title-bamf-appointment = په BAMF کې ملاقات: ډېر مهم
deadline-title-family-reunification = د کورنۍ یوځای کېدل (Familiennachzug): غوښتنلیک ورکړئ
deadline-title-missing-date = هېڅ موده ونه شمېرل شوه: نېټه نشته
deadline-missing-date-short = نېټه نشته
deadline-last-day = وروستۍ ورځ: { $date }
deadline-based-on = قانوني بنسټ: { $law }
deadline-note-moved = موده به په { $date } پای ته رسېدله، چې د اونۍ پای یا رسمي رخصتي ده. له همدې امله موده په راتلونکې کاري ورځ پای ته رسېږي. اپلیکیشن یوازې د ټول آلمان رسمي رخصتۍ شمېري، نه هغه رخصتۍ چې یوازې ستاسو په ایالت کې دي.
deadline-note-outcome-unknown = تاسو لا نه دي ټاکلي چې په پرېکړه کې څه لیکل شوي. له همدې امله اپلیکیشن تر ټولو لنډه موده ښيي: 1 اونۍ.
deadline-note-instructions-missing = تاسو وټاکل: Rechtsbehelfsbelehrung (ستاسو د حقونو په اړه متن) نشته یا غلط دی. یوازې وکیل کولای شي وګوري چې دا سمه ده که نه. یوازې بیا شاید 1 کال موده وي ({ $law }). له همدې امله اپلیکیشن لنډه موده ښيي: 1 اونۍ د دعوه او بېړنۍ غوښتنې لپاره. انتظار مه کوئ.
deadline-missing-date = هېڅ موده ونه شمېرل شوه: پر ژېړ پاکټ لیکلې نېټه ولیکئ (یا هغه ورځ چې لیک راورسېد). کېدای شي موده لا دمخه پیل شوې وي. نن ورځ له یوه مشورتي مرکز څخه وپوښتئ.
deadline-advice = سمدستي مرسته وغواړئ: Asylverfahrensberatung (د پناه مشوره)، Flüchtlingsrat (د کډوالو شورا)، Migrationsberatung (د مهاجرت مشوره) یا یو وکیل. پتې د «مشوره او مرسته» په برخه کې دي.
deadline-due-title = ژر راځي
deadline-due-empty = په راتلونکو 30 ورځو کې هېڅ شی نشته.
deadline-due-overdue = وخت تېر شوی
deadline-due-week = په راتلونکو 7 ورځو کې
deadline-due-month = په راتلونکو 30 ورځو کې
deadline-due-today = نن
deadline-from-document = له پاڼې څخه: { $doctype }

## Appointments
appt-title = ملاقاتونه
appt-intro = په ادارو او د مشورې مرکزونو کې ستاسو ملاقاتونه. دا کوډ شوي ستاسو په خوندي فولډر کې ساتل کېږي.
appt-locked = لومړی خپل خوندي فولډر پرانیزئ. بیا خپل ملاقاتونه او مودې وینئ.
appt-open-folder = خوندي فولډر پرانیزئ
appt-add = نوی ملاقات
appt-edit = بدلول
appt-delete = ړنګول
appt-delete-confirm = رښتیا ړنګ شي؟ یو ځل بیا په «ړنګول» کېکاږئ.
appt-save = خوندي کړئ
appt-cancel = لغوه کول
appt-date = نېټه
appt-time = وخت (که معلوم وي)
appt-office = چېرته؟ اداره یا ځای، کوټه
appt-contact = د لیست څخه اړیکه
appt-contact-none = هېڅ اړیکه نه
appt-bring = له ځان سره راوړئ
appt-bring-hint = د خپلو چک لیستونو څخه ټکي وټاکئ.
appt-notes = یادښتونه
appt-empty = لا تر اوسه ملاقات نشته.
appt-past = تېر ملاقاتونه
appt-saved = خوندي شو.
appt-deleted = ړنګ شو.
appt-when-time = { $date }، ساعت { $time }
appt-error-no-date = مهرباني وکړئ یوه نېټه ولیکئ.
appt-error-no-office = مهرباني وکړئ ولیکئ چې ملاقات چېرته یا له چا سره دی.
appt-error-too-long = متن ډېر اوږد دی.
appt-deadlines = ستاسو د پاڼو مودې
appt-deadlines-none = لا تر اوسه موده نشته. مودې ستاسو په پاڼو لیکل شوو نېټو څخه راځي.
appt-export = د کلیز فایل (.ics) جوړول
appt-export-hint = فایل د خپل ټیلیفون په کلیز کې پرانیزئ. بیا به تاسو ته د مودو او ملاقاتونو یادونه وکړي. پام وکړئ: دا فایل کوډ شوی نه دی.
appt-all = ټول ملاقاتونه او مودې

## Consultation log
log-title = مشورې
log-intro = له چا سره وئ؟ په څه موافقه وشوه؟ بل ګام څه دی؟ داسې ټول هغه کسان چې له تاسو سره مرسته کوي، یو شان انځور ویني.
log-add = نوې لیکنه
log-date = نېټه
log-who = له چا سره؟ کس یا ځای
log-agreed = په څه موافقه وشوه؟
log-next = راتلونکي ګامونه
log-empty = لا تر اوسه لیکنه نشته.
log-error-no-who = مهرباني وکړئ ولیکئ چې له چا سره وئ.
log-open = مشورې وګورئ

## Calendar file
ics-deadline-summary = موده: { $title }
ics-appt-summary = ملاقات: { $office }
