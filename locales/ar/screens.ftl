# Mein Ordner: the screens of the register tabs (home cards, tab page, town choice, search, office editor).

## Home and tab page

tabs-open-tab = القسم { $number }: { $title }
tabs-progress = تم { $done } من { $total }
tabs-back = العودة إلى النظرة العامة
tabs-section-intro = ما هو مهم
tabs-item-doctype = الورقة المطلوبة: { $doctype }
tabs-ticks-memory-only = علامات الإنجاز لا تُحفظ بعد. عندما تغلق التطبيق تختفي.
tabs-ticks-vault = علامات الإنجاز تُحفظ مشفّرة على هذا الجهاز.
tabs-contact-to-fill = ستضيفه مدينتك
tabs-contact-copy = نسخ العنوان
tabs-contact-copied = تم نسخ العنوان.
tabs-contact-copy-failed = لم ينجح النسخ. من فضلك اكتب العنوان بيدك.
tabs-contact-call = اتصال: { $phone }
tabs-no-contacts = لا توجد جهات اتصال لهذا القسم بعد.
tabs-german-only = بالألمانية فقط

## Town

town-heading = مدينتك
town-hint = اختر مدينتك. عندها ترى جهات الاتصال والملاحظات الخاصة بمدينتك.
town-none = بدون مدينة: ملاحظات عامة لألمانيا فقط
town-current = المدينة المختارة: { $town }
town-current-none = لم تُختر مدينة
town-change = اختيار المدينة
town-updated = المعلومات بتاريخ: { $date }
town-import-heading = تحميل ملف مدينة
town-import-hint = يمكن لمكتب حكومي أو مركز استشارة أن يعطيك ملفًا فيه جهات الاتصال في مدينتك (ينتهي بـ .toml).
town-import-button = اختيار ملف
town-import-ok = تم تحميل ملف { $town }.
town-memory-only = المدينة المختارة لا تُحفظ بعد. في المرة القادمة اخترها من جديد من فضلك.
town-vault = المدينة المختارة تُحفظ مشفّرة على هذا الجهاز.
town-imported = محمّل من ملف

## Search

search-button = بحث
search-heading = بحث
search-label = عمّ تبحث؟
search-hint = يمكنك البحث بالألمانية أو بلغتك.
search-results = { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
       *[other] { $count } نتيجة
    }
search-none = لم يُعثر على شيء. جرّب كلمة أخرى.
search-kind-title = قسم
search-kind-intro = مقدمة
search-kind-tip = نصيحة
search-kind-item = قائمة المهام
search-kind-contact = جهة اتصال

## Office editor

office-open = تعديل ملف المدينة (للمكاتب)
office-heading = تعديل ملف المدينة
office-intro = هنا يُعدّ مكتب حكومي أو مركز استشارة ملف مدينته: إدخال جهات الاتصال، ترجمة الملاحظات، الفحص والحفظ كملف.
office-start-empty = البدء بملف فارغ
office-start-from = البدء بـ { $town }
office-start-confirm = ستضيع تغييراتك هنا. هل تريد البدء من جديد رغم ذلك؟
office-town-name = اسم المدينة
office-key = اسم الملف المختصر (فقط a–z و 0–9 و -)
office-contacts = جهات الاتصال
office-contact-heading = جهة الاتصال { $number }
office-add-contact = إضافة جهة اتصال
office-remove = حذف
office-move-up = إلى الأعلى
office-move-down = إلى الأسفل
office-contact-key = المفتاح (فقط a–z و 0–9 و -)
office-contact-type = نوع المكتب
office-contact-type-none = بدون
office-contact-tabs = في أي أقسام؟
office-languages-hint = رموز اللغات مفصولة بفواصل، مثلًا: de, ar, en
office-contact-facts-as-of = تاريخ المعلومات (من مصدرها)
office-text-german = الألمانية
office-add-translation = إضافة ترجمة
office-remove-translation = حذف الترجمة
office-translation-language = لغة الترجمة
office-missing-languages = بدون ترجمة حتى الآن – يعرض التطبيق هناك النص الألماني:
office-check = فحص
office-export = حفظ كملف
office-issues = { $count ->
        [one] وُجدت مشكلة واحدة. من فضلك صحّحها قبل الحفظ.
       *[other] وُجدت مشاكل ({ $count }). من فضلك صحّحها قبل الحفظ.
    }
office-exported = تم حفظ الملف { $file }.

# About this app (#12 §8)
home-about-title = عن هذا التطبيق
home-about-build = رقم الإصدار (Build): { $build }
home-about-build-help = بهذا الرقم يستطيع مركز الاستشارة أو الدائرة الرسمية معرفة أي نسخة من التطبيق تعمل على هذا الجهاز.
home-about-origin = يتم تحميل هذا التطبيق من: { $origin }
