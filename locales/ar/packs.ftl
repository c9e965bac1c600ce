### Content packs of a town in Arabic. Translated from locales/de/packs.ftl.
### Field names and values stay as they are in the file.

pack-error-summary = { $file }: { $count ->
        [zero] لا أخطاء.
        [one] خطأ واحد.
        [two] خطآن.
        [few] { $count } أخطاء.
       *[other] { $count } خطأً.
    } لم تُحمَّل الحزمة. المحتوى الذي حُمِّل من قبل يبقى كما هو.
pack-warning-missing-languages = ملاحظة: { $file }، السطر { $line }، { $field }: لا يوجد نص باللغات { $languages }. يعرض التطبيق هناك النص الألماني.
pack-warning-unprintable = ملاحظة: { $file }، السطر { $line }، { $field }: لا يمكن طباعة هذه الرموز: { $chars }. تظهر مكانها في النسخة المطبوعة العلامة «{ "\uFFFD" }».
pack-check-ok = { $file }: حزمة { $town } سليمة: جهات الاتصال: { $contacts }، عناصر قوائم المهام: { $items }، النصائح: { $tips }.

pack-error-syntax = { $file }، السطر { $line }: الملف ليس بصيغة TOML صحيحة. تحقّق من علامات الاقتباس والأقواس وعلامات المساواة. ({ $detail })
pack-error-too-large = { $file }: الملف كبير جدًا. الحد الأقصى المسموح { $max } كيلوبايت.
pack-error-not-utf8 = { $file }، السطر { $line }: الملف غير محفوظ بترميز UTF-8. احفظه بترميز UTF-8.
pack-error-unreadable = { $file }: لا يمكن قراءة الملف. ({ $detail })
pack-error-unsupported-format = { $file }، السطر { $line }، { $field }: هذا التطبيق لا يعرف إصدار الصيغة { $found }. هو يقرأ إصدارات الصيغة من 1 إلى { $supported }.
pack-error-missing-field = { $file }، السطر { $line }: الحقل „{ $field }“ غير موجود.
pack-error-unknown-field = { $file }، السطر { $line }: لا يوجد حقل اسمه „{ $field }“. هل في الاسم خطأ إملائي؟
pack-error-wrong-type = { $file }، السطر { $line }، { $field }: هنا { $found ->
        [string] نص
        [integer] عدد صحيح
        [float] عدد عشري
        [boolean] قيمة منطقية
        [datetime] تاريخ
        [array] قائمة
        [table] جدول
       *[other] قيمة أخرى
    }، لكن المطلوب { $expected ->
        [string] نص بين علامتَي اقتباس
        [integer] عدد صحيح
        [boolean] true أو false
        [array] قائمة بين قوسين مربعين
        [table] جدول
       *[other] قيمة أخرى
    }.
pack-error-empty = { $file }، السطر { $line }، { $field }: الحقل فارغ. احذف الحقل كله إذا كنت لا تعرف قيمته.
pack-error-too-long = { $file }، السطر { $line }، { $field }: النص طويل جدًا. الحد الأقصى { $max } حرفًا.
pack-error-invalid-key = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس مفتاحًا صحيحًا. استخدم الحروف اللاتينية الصغيرة من a إلى z والأرقام وشرطات مفردة.
pack-error-duplicate-key = { $file }، السطر { $line }، { $field }: „{ $value }“ مذكور مرتين في الملف.
pack-error-unknown-tab = { $file }، السطر { $line }، { $field }: لا يوجد قسم اسمه „{ $value }“. الأقسام الممكنة: { $allowed }.
pack-error-unknown-doctype = { $file }، السطر { $line }، { $field }: لا يوجد نوع وثيقة اسمه „{ $value }“.
pack-error-unknown-contact-type = { $file }، السطر { $line }، { $field }: لا يوجد نوع جهة اتصال اسمه „{ $value }“.
pack-error-unknown-text-language = { $file }، السطر { $line }، { $field }: لا يستطيع التطبيق عرض نصوص باللغة „{ $value }“. اللغات الممكنة: { $allowed }.
pack-error-invalid-language-code = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس رمز لغة. اكتب حرفين أو ثلاثة أحرف لاتينية صغيرة، مثل de أو en أو ar.
pack-error-missing-german = { $file }، السطر { $line }، { $field }: النص الألماني (de) غير موجود. الألمانية مطلوبة دائمًا.
pack-error-invalid-phone = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس رقم هاتف. استخدم الأرقام والمسافات والرموز + / - ( ).
pack-error-invalid-email = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس عنوان بريد إلكتروني.
pack-error-invalid-web = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس عنوانًا على الإنترنت. يجب أن يبدأ بـ https:// أو http://.
pack-error-invalid-date = { $file }، السطر { $line }، { $field }: „{ $value }“ ليس تاريخًا. اكتبه بهذا الشكل: 2025-03-31.
pack-error-unknown-entry = { $file }، السطر { $line }، { $field }: „{ $value }“ غير موجود في المحتوى الأساسي. يمكن إخفاء العناصر الموجودة فقط.
