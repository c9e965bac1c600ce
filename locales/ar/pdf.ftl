# Printed folders: blank folder for offices, recovery sheet, consultation printout.

## Blank folder

pdf-folder-subtitle = المجلد لأوراقك المهمة
pdf-name = الاسم
pdf-date = التاريخ
pdf-town = المدينة
pdf-town-placeholder = مدينتك
pdf-notes = ملاحظات
pdf-contents = المحتوى
pdf-not-reviewed-title = ملاحظة حول الترجمة
pdf-howto-title = كيف تستخدم هذا المجلد
pdf-howto-1 = في المجلد عشرة أقسام. لكل قسم موضوع، مثلاً المال أو السكن.
pdf-howto-2 = ضع كل ورقة خلف القسم المناسب. الورقة الأحدث تأتي في الأمام.
pdf-howto-3 = في كل قسم قائمة تحقق. ضع علامة على ما لديك. هكذا ترى ما زال ينقصك.
pdf-howto-4 = خذ المجلد معك إلى كل موعد. هكذا يرى الجميع الشيء نفسه، ولا تحتاج إلى شرح كل شيء مرتين.
pdf-howto-5 = اكتب المواعيد والمهل الجديدة فوراً في صفحة الملاحظات في القسم.
pdf-divider-file-here = ضع أوراقك الخاصة بهذا الموضوع خلف هذه الورقة.
pdf-checklist-tick = ضع علامة على ما لديك.
pdf-contact-blank = جهة أخرى
pdf-spine-title = بطاقة ظهر لمجلد بعرض { $width } ملم
pdf-spine-cut = قصّها وأدخلها في الجيب على ظهر المجلد.

## Recovery sheet

pdf-recovery-title = ورقة الاسترداد
pdf-recovery-intro = بهذا المفتاح تفتح بياناتك من جديد إذا نسيت كلمة المرور.
pdf-recovery-key = مفتاح الاسترداد
pdf-recovery-step-1 = افتح تطبيق «مجلدي» (Mein Ordner) واختر «نسيت كلمة المرور؟».
pdf-recovery-step-2 = امسح رمز QR أو اكتب المفتاح.
pdf-recovery-step-3 = ثم اختر كلمة مرور جديدة.
pdf-recovery-warning = من يملك هذه الورقة يستطيع فتح بياناتك. احفظها في البيت، بعيدًا عن هاتفك، وليس في المجلد الذي تُريه في المواعيد. لا تُرِها لأحد.
pdf-recovery-created = أُنشئت في { $date }

## Consultation printout

pdf-consult-title = أوراق للاستشارة
pdf-consult-summary = نظرة عامة للمستشار
pdf-consult-for = الاسم
pdf-consult-printed = طُبعت في { $date }
pdf-consult-tabs = الأقسام
pdf-consult-have = موجود
pdf-consult-missing = ما زال ينقص
pdf-consult-due = المهل والمواعيد
pdf-consult-deadlines = المهل
pdf-consult-appointments = المواعيد
pdf-consult-documents = الوثائق
pdf-consult-pages = { $count ->
    [one] صفحة واحدة
    [two] صفحتان
   *[other] { $count } صفحات
}
pdf-consult-valid-until = صالحة حتى { $date }
pdf-consult-served = تاريخ التبليغ { $date }
pdf-consult-received = تاريخ الاستلام { $date }
pdf-consult-letter-date = رسالة بتاريخ { $date }
pdf-consult-log = الاستشارات السابقة
pdf-consult-notes = ملاحظات الاستشارة
pdf-consult-own-notes = ملاحظاتي
pdf-consult-none = لا توجد إدخالات.
pdf-consult-scan = نسخة ممسوحة: { $title }، صفحة { $page } من { $count }
pdf-consult-privacy = يحتوي هذا المطبوع على بيانات شخصية. الشخص نفسه اختار ما فيه. يرجى عدم نسخه أو إعطائه لأحد، وإعادته أو إتلافه بعد الاستشارة.
