# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = جارٍ تجهيز الطباعة …
print-working-load = جارٍ تحميل الخطوط والنصوص …
print-working-pages = جارٍ ترتيب الصفحات …
print-done = تم. الصفحات: { $pages } · الحجم: { $size } · الوقت: { $seconds } ث
print-error-worker = لم تبدأ الطباعة. من فضلك أعد تحميل الصفحة وحاول مرة أخرى.
print-error-offline = خطوط الطباعة غير موجودة على هذا الجهاز بعد. افتح التطبيق مرة واحدة مع الإنترنت وحاول مرة أخرى.
print-error-font = ملف خط للطباعة تالف. من فضلك أعد تحميل الصفحة.
print-error-pack = لا يمكن قراءة ملف المدينة. من فضلك افحصه في „اختيار المدينة“.
print-error-scan = الصفحة { $index } من الوثائق الممسوحة ليست صورة JPEG مقروءة. من فضلك امسح هذه الصفحة مرة أخرى.
print-error-internal = لم يمكن إنشاء ملف PDF. من فضلك حاول مرة أخرى.
print-blank-open = طباعة مجلد فارغ (للمكاتب)
print-blank-title = طباعة مجلد فارغ
print-blank-intro = للمكاتب ومراكز الاستشارة: مجلد فارغ للطباعة، بالألمانية ولغة ثانية، مع عناوين مدينة. حجم A4، مع هامش للتثقيب.
print-blank-language = اللغة الثانية
print-blank-german-only = الألمانية فقط
print-blank-unreviewed = لم يراجع أحد من الناطقين بهذه اللغة هذه الترجمة بعد.
print-blank-town = المدينة
print-blank-town-none = بدون مدينة (أسطر فارغة للكتابة)
print-blank-town-file = الملف المحمّل: { $file }
print-blank-town-load = تحميل ملف مدينة
print-blank-button = إنشاء المجلد كملف PDF
print-recovery-pdf = إنشاء ملف PDF
print-consult-open = طباعة أوراق للاستشارة
print-consult-title = أوراق للاستشارة
print-consult-intro = أنت تختار ما يكون في المطبوع. يبدأ بنظرة عامة للمستشار: ما هو موجود، وما هو ناقص، وما موعده قريب.
print-consult-tabs = الأقسام
print-consult-personal = بيانات شخصية
print-consult-locked = مجلدك مقفل. العلامات والاسم والملاحظات والوثائق متاحة فقط عندما يكون مفتوحًا.
print-consult-open-folder = فتح المجلد
print-consult-ticks = إظهار ما تم في قوائم التحقق
print-consult-name = طباعة اسمي
print-consult-name-field = الاسم
print-consult-notes = طباعة ملاحظاتي
print-consult-documents = الوثائق
print-consult-deadlines = المهل
print-consult-appointments = المواعيد
print-consult-log = الاستشارات السابقة
print-consult-nothing = لم يُحفظ شيء بعد.
print-consult-privacy = المطبوع فيه بيانات شخصية. أعطه فقط لأشخاص تثق بهم. التطبيق لا يرسل شيئًا.
print-consult-button = إنشاء المطبوع كـ PDF

# A finished file: print, share or save (#12 §1)
print-ready = الملف جاهز. لم يُحفظ في أي مكان بعد. اختر ماذا تريد أن تفعل به.
print-print = طباعة
print-share = مشاركة (مثلاً مع تطبيق طابعة)
print-save-file = حفظ كملف
print-save-warning = انتبه: الملف المحفوظ غير محمي. كل شخص يستخدم هذا الجهاز يستطيع فتحه. احذف الملف بعد الطباعة.
print-save-warning-key = بهذا الملف يستطيع أي شخص فتح مجلدك. احفظه فقط إذا لم تستطع طباعته بطريقة أخرى.
print-saved = تم الحفظ باسم { $file }.
print-saved-personal = تم الحفظ باسم { $file }. احذف الملف من مجلد التنزيلات بعد الطباعة.
print-print-failed = لم تبدأ الطباعة. يمكنك مشاركة الملف أو حفظه.
print-share-failed = لم تنجح المشاركة. يمكنك طباعة الملف أو حفظه.
print-save-failed = تعذّر حفظ الملف.
