### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = الإثنين
date-weekday-tue = الثلاثاء
date-weekday-wed = الأربعاء
date-weekday-thu = الخميس
date-weekday-fri = الجمعة
date-weekday-sat = السبت
date-weekday-sun = الأحد
date-with-weekday = { $weekday }، { $date }

## Deadlines
deadline-title-lawsuit = دعوى (Klage) أمام المحكمة الإدارية
deadline-title-urgent-application = طلب مستعجل (Eilantrag) أمام المحكمة الإدارية
deadline-title-objection = تقديم اعتراض (Widerspruch)
deadline-title-tax-objection = تقديم اعتراض (Einspruch)
deadline-title-objection-or-lawsuit = اعتراض (Widerspruch) أو دعوى (Klage): انظر آخر القرار
deadline-title-register-address = تسجيل العنوان (Anmeldung)
deadline-title-expiry = تنتهي صلاحية الورقة
deadline-title-renew-early = التمديد: احجز موعدًا الآن
deadline-title-renew-last = التمديد: آخر تذكير
deadline-title-appointment = موعد
deadline-title-bamf-appointment = موعد في BAMF: مهم جدًا
deadline-title-family-reunification = لمّ شمل الأسرة (Familiennachzug): تقديم الطلب
deadline-title-missing-date = لم يتم حساب أي مهلة: التاريخ غير موجود
deadline-missing-date-short = التاريخ غير موجود
deadline-last-day = آخر يوم: { $date }
deadline-based-on = الأساس القانوني: { $law }
deadline-note-moved = كانت المهلة ستنتهي يوم { $date }، وهو عطلة نهاية أسبوع أو عطلة رسمية. لذلك تنتهي المهلة في يوم العمل التالي. يحسب التطبيق فقط العطل الرسمية في كل ألمانيا، وليس العطل الخاصة بولايتك فقط.
deadline-note-outcome-unknown = لم تختر بعد ما هو مكتوب في القرار. لذلك يعرض التطبيق أقصر مهلة: أسبوع واحد.
deadline-note-instructions-missing = لقد اخترت: Rechtsbehelfsbelehrung (النص عن حقوقك) غير موجودة أو خاطئة. فقط محامية أو محامٍ يستطيع التأكد من ذلك. عندها فقط قد تكون المهلة سنة واحدة ({ $law }). لذلك يعرض التطبيق المهلة القصيرة: أسبوع واحد للدعوى والطلب المستعجل. لا تنتظر.
deadline-missing-date = لم يتم حساب أي مهلة: أدخل التاريخ المكتوب على الظرف الأصفر (أو اليوم الذي وصلت فيه الرسالة). قد تكون المهلة قد بدأت. اسأل مركز استشارة اليوم.
deadline-advice = اطلب المساعدة فورًا: Asylverfahrensberatung (استشارة اللجوء)، Flüchtlingsrat (مجلس اللاجئين)، Migrationsberatung (استشارة الهجرة) أو محامية أو محامٍ. العناوين موجودة في قسم «الاستشارة والمساعدة».
deadline-due-title = مستحق قريبًا
deadline-due-empty = لا شيء مستحق في الأيام الثلاثين القادمة.
deadline-due-overdue = انتهى الوقت
deadline-due-week = في الأيام السبعة القادمة
deadline-due-month = في الأيام الثلاثين القادمة
deadline-due-today = اليوم
deadline-from-document = من الورقة: { $doctype }

## Appointments
appt-title = المواعيد
appt-intro = مواعيدك في الدوائر الرسمية ومراكز الاستشارة. هي محفوظة مشفّرة في مجلدك الآمن.
appt-locked = افتح مجلدك الآمن أولًا. بعدها ترى مواعيدك ومهلك.
appt-open-folder = افتح المجلد الآمن
appt-add = موعد جديد
appt-edit = تعديل
appt-delete = حذف
appt-delete-confirm = هل تريد الحذف حقًا؟ اضغط على «حذف» مرة أخرى.
appt-save = احفظ
appt-cancel = إلغاء
appt-date = التاريخ
appt-time = الساعة (إذا كانت معروفة)
appt-office = أين؟ الدائرة أو الجهة، الغرفة
appt-contact = جهة اتصال من السجل
appt-contact-none = بدون جهة اتصال
appt-bring = أحضر معك
appt-bring-hint = اختر نقاطًا من قوائم التحقق الخاصة بك.
appt-notes = ملاحظات
appt-empty = لا توجد مواعيد بعد.
appt-past = مواعيد سابقة
appt-saved = تم الحفظ.
appt-deleted = تم الحذف.
appt-when-time = { $date }، الساعة { $time }
appt-error-no-date = من فضلك أدخل تاريخًا.
appt-error-no-office = من فضلك اكتب أين أو عند من يكون الموعد.
appt-error-too-long = النص طويل جدًا.
appt-deadlines = المهل من أوراقك
appt-deadlines-none = لا توجد مهل بعد. المهل تأتي من التواريخ المكتوبة على أوراقك.
appt-export = إنشاء ملف التقويم (.ics)
appt-export-hint = افتح الملف بتقويم هاتفك. عندها يذكّرك بالمهل والمواعيد. انتبه: الملف غير مشفّر.
appt-all = كل المواعيد والمهل

## Consultation log
log-title = الاستشارات
log-intro = عند من كنت؟ ما الذي تم الاتفاق عليه؟ ما هي الخطوة التالية؟ هكذا يرى كل من يساعدك الصورة نفسها.
log-add = إدخال جديد
log-date = التاريخ
log-who = عند من؟ شخص أو جهة
log-agreed = ما الذي تم الاتفاق عليه؟
log-next = الخطوات التالية
log-empty = لا توجد إدخالات بعد.
log-error-no-who = من فضلك اكتب عند من كنت.
log-open = عرض الاستشارات

## Calendar file
ics-deadline-summary = مهلة: { $title }
ics-appt-summary = موعد: { $office }
