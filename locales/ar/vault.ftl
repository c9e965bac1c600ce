# المجلد الآمن (بيانات مشفّرة على الجهاز).

vault-title = مجلدي الآمن
vault-nav = بياناتي
vault-intro = هنا تحفظ بياناتك الشخصية. كل شيء مشفّر. لا يمكن قراءته إلا بكلمة المرور الخاصة بك.
vault-status-locked = المجلد مقفل.
vault-status-unlocked = المجلد مفتوح.
vault-working = يرجى الانتظار. يستغرق هذا بضع ثوانٍ.
vault-cancel = إلغاء
vault-done = تم

# الإنشاء
vault-create-title = أنشئ مجلدك الآمن
vault-create-intro = اختر كلمة مرور. الجملة الطويلة جيدة، مثلًا أربع كلمات لا يعرفها أحد غيرك.
vault-passphrase = كلمة المرور
vault-passphrase-repeat = كلمة المرور مرة أخرى
vault-passphrase-show = إظهار كلمة المرور
vault-passphrase-mismatch = كلمتا المرور غير متطابقتين.
vault-passphrase-too-short = كلمة المرور قصيرة جدًا. يجب أن تحتوي على { $min } حرفًا على الأقل.
vault-strength-label = قوة كلمة المرور
vault-strength-weak = ضعيفة. يرجى اختيار كلمة مرور أطول.
vault-strength-fair = متوسطة. كلمة المرور الأطول أكثر أمانًا.
vault-strength-good = جيدة.
vault-strength-strong = جيدة جدًا.
vault-create-warning = مهم: لا أحد يستطيع استعادة كلمة المرور الخاصة بك، ولا نحن أيضًا. بدون كلمة المرور أو مفتاح الاسترداد تضيع بياناتك إلى الأبد.
vault-create-understood = لقد فهمت ذلك.
vault-create-button = أنشئ المجلد

# ورقة الاسترداد
vault-recovery-title = ورقة الاسترداد
vault-recovery-intro = هذا هو مفتاح الاسترداد الخاص بك. به تفتح مجلدك إذا نسيت كلمة المرور.
vault-recovery-once = يظهر المفتاح الآن فقط. التطبيق لا يحفظه.
vault-recovery-step-print = اطبع هذه الورقة أو انسخ المفتاح بدقة.
vault-recovery-step-keep = احفظ الورقة في البيت، بعيدًا عن هاتفك. لا تضعها في المجلد الذي تُريه في المواعيد. لا تُرِها لأحد.
vault-recovery-step-use = نسيت كلمة المرور؟ اضغط على «نسيت كلمة المرور؟» واكتب هذا المفتاح.
vault-recovery-key-label = مفتاح الاسترداد
vault-recovery-qr-label = رمز QR يحتوي على مفتاح الاسترداد
vault-recovery-created = أُنشئ في { $date }
vault-recovery-print = اطبع
vault-recovery-kept = لقد حفظت المفتاح في مكان آمن.
vault-recovery-replace-title = مفتاح استرداد جديد
vault-recovery-replace-intro = هل أضعت الورقة؟ أنشئ مفتاحًا جديدًا. بعد ذلك لن يفتح المفتاح القديم هذا المجلد.
vault-recovery-replace-button = أنشئ مفتاحًا جديدًا

# الفتح
vault-unlock-title = افتح المجلد
vault-unlock-intro = مجلدك مقفل. اكتب كلمة المرور الخاصة بك.
vault-unlock-button = افتح
vault-forgot = نسيت كلمة المرور؟
vault-recovery-unlock-title = افتح بمفتاح الاسترداد
vault-recovery-unlock-intro = اكتب المفتاح الموجود في ورقة الاسترداد. ثم اختر كلمة مرور جديدة.
vault-recovery-input = مفتاح الاسترداد
vault-recovery-unlock-button = افتح واحفظ كلمة المرور الجديدة

# القفل
vault-lock-now = اقفل الآن
vault-locked-manual = المجلد مقفل الآن.
vault-locked-auto = تم قفل المجلد تلقائيًا.

# بياناتي
vault-data-title = بياناتي
vault-name-label = اسمي
vault-notes-label = ملاحظات
vault-save = احفظ
vault-saved = تم الحفظ.
vault-damaged = أحد الإدخالات تالف ولا يمكن فتحه: { $name }. كل شيء آخر سليم.
vault-kind-profile = الاسم
vault-kind-note = الملاحظات
vault-kind-checklist = العلامات في قوائم التحقق
vault-kind-settings = الإعدادات
vault-kind-document = مستند
vault-kind-appointment = موعد
vault-kind-consultation = استشارة
vault-kind-other = الإدخال { $id }
vault-checklist-locked = افتح مجلدك الآمن. بعد ذلك يمكنك وضع العلامات وحفظها.

# الإعدادات
vault-settings-title = الإعدادات
vault-autolock-label = اقفل تلقائيًا عندما لا يستخدم أحد التطبيق، بعد
vault-autolock-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
   *[other] { $minutes } دقائق
}
vault-autolock-hidden = يُقفل المجلد أيضًا عندما يبقى التطبيق في الخلفية لمدة 30 ثانية، إلا أثناء التقاط صورة أو اختيار ملف.

# تغيير كلمة المرور
vault-change-title = تغيير كلمة المرور
vault-current-passphrase = كلمة المرور الحالية
vault-new-passphrase = كلمة المرور الجديدة
vault-new-passphrase-repeat = كلمة المرور الجديدة مرة أخرى
vault-change-button = غيّر كلمة المرور
vault-changed = تم تغيير كلمة المرور.

# مساحة التخزين
vault-storage-title = مساحة التخزين
vault-storage-usage = المستخدم: { $used } من { $available }
vault-storage-unknown = المتصفح لا يذكر كم من المساحة متاح.
vault-storage-persisted = المتصفح يحتفظ ببياناتك بشكل دائم.
vault-storage-not-persisted = قد يحذف المتصفح بياناتك عندما تقل المساحة. احفظ نسخة احتياطية كثيرًا.

# النسخة الاحتياطية
vault-backup-title = النسخة الاحتياطية
vault-backup-intro = النسخة الاحتياطية ملف واحد فيه كل بياناتك، مشفّرة. احفظها في مكان آخر، مثلًا على ذاكرة USB. تفتحها بكلمة المرور أو بمفتاح الاسترداد.
vault-backup-export = احفظ نسخة احتياطية
vault-backup-exported = تم حفظ النسخة الاحتياطية: { $file }
vault-backup-skipped = { $count ->
    [one] إدخال تالف واحد غير موجود في النسخة الاحتياطية.
   *[other] { $count } إدخالات تالفة غير موجودة في النسخة الاحتياطية.
}
vault-import-title = حمّل نسخة احتياطية
vault-import-file = ملف النسخة الاحتياطية
vault-import-secret = كلمة المرور أو مفتاح الاسترداد للنسخة الاحتياطية
vault-import-button = افحص وحمّل
vault-import-exists = يوجد مجلد على هذا الجهاز بالفعل. تحميل النسخة الاحتياطية يستبدله. ستضيع كل البيانات في المجلد الحالي.
vault-import-replace = نعم، استبدل المجلد الحالي
vault-import-done = تم تحميل النسخة الاحتياطية: { $records } إدخالات و{ $blobs } ملفات.
vault-import-no-file = يرجى اختيار ملف أولًا.

# حذف كل شيء
vault-delete-title = حذف
vault-delete-intro = حذف المجلد: يحذف هذا مجلدك مع كل المستندات والبيانات على هذا الجهاز. يبقى التطبيق ويعمل بدون إنترنت. لا يمكن التراجع عن ذلك.
vault-delete-button = حذف مجلدي
vault-delete-confirm = هل تريد حقاً حذف مجلدك؟ بعد ذلك يضيع كل شيء، إلا إذا كانت لديك نسخة احتياطية.
vault-delete-yes = نعم، احذف المجلد
vault-deleted = تم حذف مجلدك.

# الأخطاء
vault-error-decrypt = لم ينجح ذلك. كلمة المرور أو المفتاح خطأ، أو البيانات تالفة.
vault-error-recovery-length = طول مفتاح الاسترداد غير صحيح. يتكوّن من 36 حرفًا في 9 مجموعات.
vault-error-recovery-character = في مفتاح الاسترداد حرف لا يوجد أبدًا في مفاتيح الاسترداد. يرجى التحقق من كل حرف.
vault-error-recovery-typo = في مفتاح الاسترداد خطأ في الكتابة. يرجى التحقق من كل حرف.
vault-error-empty-passphrase = يرجى كتابة كلمة مرور.
vault-error-kdf-params = لهذه البيانات إعدادات أمان غير صالحة. لن يتم فتحها.
vault-error-kdf-failed = ليس لدى الجهاز ذاكرة كافية. يرجى إغلاق التطبيقات الأخرى والمحاولة مرة أخرى.
vault-error-not-a-backup = هذا الملف ليس نسخة احتياطية من تطبيق «مجلدي» (Mein Ordner).
vault-error-newer-version = هذه البيانات من نسخة أحدث من التطبيق. يرجى إعادة تحميل التطبيق.
vault-error-damaged = البيانات ناقصة أو تالفة. لم يتغيّر شيء.
vault-error-internal = خطأ في التطبيق. لم يتغيّر شيء.
vault-error-too-large = الملف كبير جدًا.
vault-error-exists = يوجد مجلد على هذا الجهاز بالفعل.
vault-error-no-vault = لا يوجد مجلد على هذا الجهاز بعد.
vault-error-storage-full = مساحة التخزين ممتلئة. لم يُحفظ شيء. احذف ملفات أو وفّر مساحة على الجهاز.
vault-error-storage = لم يستطع المتصفح الحفظ. لم يتغيّر شيء.
vault-error-worker = تعذّر بدء التشفير. يرجى إعادة تحميل الصفحة.
vault-no-browser-save = لا تسمح للمتصفح بحفظ كلمة المرور. إذا سألك هل يحفظها، فاختر «أبداً». وإلا يستطيع كل شخص معه هذا الجهاز فتح المجلد.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = لهذا نحتاج إلى كلمة المرور الحالية.
vault-autolock-confirm = المدة الأطول قبل القفل تحتاج إلى كلمة المرور. اكتبها ثم اضغط «تأكيد».
vault-confirm-button = تأكيد
vault-key-replaced = تم استبدال مفتاح الاسترداد في { $date }. أوراق الاسترداد القديمة لم تعد تفتح هذا المجلد.
vault-passphrase-common = كثير جدًا من الناس يستخدمون كلمة المرور هذه. من فضلك اختر كلمة أخرى.
vault-passphrase-weak = كلمة المرور هذه سهلة التخمين. استخدم عدة كلمات، أو خذ الاقتراح.
vault-passphrase-suggest = اقترح كلمة مرور
vault-passphrase-suggestion = كلمة مرور مقترحة. اكتبها على ورقة واحفظها في مكان آمن:
vault-error-backup-too-large = يمكن أن يكون حجم النسخة الاحتياطية { $size } على الأكثر. هذه أكبر، لذلك لا يستطيع التطبيق استخدامها.
vault-remove-app-intro = إزالة التطبيق: يحذف هذا المجلد واللغة المختارة والتطبيق المحفوظ من هذا المتصفح. بعد ذلك يحتاج التطبيق إلى الإنترنت مرة أخرى ليبدأ.
vault-remove-app-button = إزالة التطبيق وكل البيانات من هذا المتصفح
vault-remove-app-confirm = هل تريد حقاً إزالة التطبيق وكل بياناته من هذا المتصفح؟
vault-remove-app-yes = نعم، أزل كل شيء
vault-app-removed = تمت إزالة التطبيق وكل بياناته من هذا المتصفح. أغلق هذه الصفحة الآن. إذا فتحت التطبيق مرة أخرى، يبدأ من جديد.
vault-saved-files = لا يستطيع التطبيق حذف الملفات التي حفظتها أو شاركتها من قبل: المطبوعات (mein-ordner-….pdf) وملف التقويم (….ics) والنسخ الاحتياطية (….meinordner). ابحث عنها في مجلد التنزيلات وفي التطبيقات التي شاركتها معها، واحذفها هناك.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = يمكنك أيضاً أن تنسخ المفتاح بخط يدك على ورقة وتحتفظ بها في البيت. تحقّق من كل مجموعة مرتين.
vault-recovery-no-screenshot = لا تلتقط صورة للشاشة لهذا المفتاح. الصورة على الهاتف نسخة: من يملك الهاتف يستطيع بها فتح مجلدك.
