# الوثائق المحفوظة: الصور وملفات PDF خلف الأقسام.

doc-section-title = الوثائق
doc-add = إضافة وثيقة
# A button at the top of a tab page that jumps down to its documents.
doc-jump = الوثائق في هذا القسم: { $count }
doc-list-empty = لا توجد وثائق في هذا القسم بعد.
doc-locked = وثائقك محفوظة في مجلدك الآمن. افتحه لترى الوثائق وتضيفها.
doc-pages = { $count ->
    [one] صفحة واحدة
    [two] صفحتان
   *[other] { $count } صفحات
}
doc-add-title = إضافة وثيقة
doc-edit-title = تعديل الوثيقة
doc-field-type = نوع الوثيقة
doc-field-type-choose = يرجى الاختيار
doc-field-title = العنوان (يمكن تركه فارغًا)
doc-field-issuer = من (الدائرة أو الشخص)
doc-field-received = تاريخ الاستلام
doc-field-served = تاريخ التبليغ (التاريخ على الظرف الأصفر)
doc-field-valid-until = صالحة حتى
doc-field-moved-in = تاريخ الانتقال إلى السكن
doc-field-appointment = تاريخ الموعد (في الرسالة)
doc-field-outcome = ماذا يقول القرار؟
doc-outcome-none = لا أعرف بعد
doc-outcome-unfounded = رُفض على أنه „unbegründet“ (غير مبرَّر)
doc-outcome-manifestly-unfounded = رُفض على أنه „offensichtlich unbegründet“ (غير مبرَّر بشكل واضح)
doc-outcome-inadmissible = رُفض على أنه „unzulässig“ (غير مقبول)
doc-outcome-no-instructions = الـ Rechtsbehelfsbelehrung غير موجودة أو خاطئة
doc-field-notes = ملاحظات
doc-notes-hint = { $max } حرفًا على الأكثر.
doc-field-tab = القسم
doc-pages-title = الصفحات
doc-deadlines = المهل من هذه الورقة
doc-no-pages = لا توجد صفحات بعد. التقط صورة أو اختر ملفًا.
doc-no-pages-stored = هذه الوثيقة ليس لها صفحات.
doc-take-photo = التقاط صورة
doc-choose-files = اختيار صور أو ملفات PDF
doc-paper-mode = وضع الورق: أبيض وأسود، تباين قوي
doc-limits = الصور حتى { $image } ميغابايت. ملفات PDF حتى { $pdf } ميغابايت، وتُحفظ كما هي.
doc-processing = يتم تجهيز الصفحة { $done } من { $total } …
doc-page = الصفحة { $number }
doc-page-up = نقل الصفحة { $number } إلى الأعلى
doc-page-down = نقل الصفحة { $number } إلى الأسفل
doc-page-rotate = تدوير الصفحة { $number }
doc-page-remove = إزالة الصفحة { $number }
doc-pdf-page = فتح ملف PDF ({ $size })
doc-save = حفظ
doc-saving = جارٍ الحفظ …
doc-cancel = إلغاء
doc-edit = تعديل
doc-delete = حذف الوثيقة
doc-delete-confirm = هل تريد حذف هذه الوثيقة وكل صفحاتها؟ لا يمكن التراجع عن ذلك.
doc-delete-yes = نعم، احذف
doc-not-found = هذه الوثيقة ليست في مجلدك.
doc-error-type = يرجى اختيار نوع الوثيقة.
doc-error-date = هذا ليس تاريخًا صحيحًا. يرجى إدخال اليوم والشهر والسنة.
doc-error-too-long = هذا النص طويل جدًا.
doc-error-too-many-pages = يمكن أن تحتوي الوثيقة على 50 صفحة على الأكثر.
doc-error-unsupported = لا يمكن إضافة هذا الملف. يرجى اختيار صورة (مثل JPEG أو PNG) أو ملف PDF.
doc-error-unreadable = لا يمكن قراءة هذه الصورة. ربما هي تالفة، أو أن هذا المتصفح لا يعرف صيغتها. يرجى التقاط صورة جديدة.
doc-error-image-too-large = هذه الصورة أكبر من { $mb } ميغابايت. يرجى اختيار صورة أصغر.
doc-error-pdf-too-large = ملف PDF هذا أكبر من { $mb } ميغابايت. تُحفظ ملفات PDF كما هي، لذلك يجب ألا تزيد عن { $mb } ميغابايت.
doc-error-not-a-pdf = اسم هذا الملف مثل ملف PDF، لكنه ليس ملف PDF.
doc-error-browser = لم يستطع المتصفح تجهيز هذه الصورة. أغلق التطبيقات الأخرى وحاول مرة أخرى.
doc-error-storage-full = ذاكرة هذا الجهاز ممتلئة. لم يُحفظ شيء. احذف الوثائق التي لا تحتاجها، أو أفرغ مساحة على الهاتف.
doc-error-damaged = هذه الوثيقة تالفة ولا يمكن فتحها.
doc-error-not-found = صفحة من هذه الوثيقة مفقودة.
doc-error-internal = حدث خطأ. لم يُحفظ شيء. يرجى المحاولة مرة أخرى.
