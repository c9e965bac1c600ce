### Content packs of a town, in Urdu. Translated from locales/de/packs.ftl.
### Field names and values stay as they are in the file. Urdu plural categories: one, other.

pack-error-summary = { $file }: { $count ->
        [one] 1 غلطی۔
       *[other] { $count } غلطیاں۔
    } پیکج لوڈ نہیں ہوا۔ پہلے سے لوڈ شدہ مواد جیسا تھا ویسا ہی رہتا ہے۔
pack-warning-missing-languages = نوٹ: { $file }، سطر { $line }، { $field }: ان زبانوں میں متن نہیں ہے: { $languages }۔ ایپ وہاں جرمن متن دکھاتی ہے۔
pack-warning-unprintable = نوٹ: { $file }، سطر { $line }، { $field }: یہ حروف پرنٹ نہیں ہو سکتے: { $chars }۔ پرنٹ شدہ کاغذ پر ان کی جگہ «{ "\uFFFD" }» نظر آتا ہے۔
pack-check-ok = { $file }: { $town } کا پیکج ٹھیک ہے: { $contacts ->
        [one] 1 رابطہ
       *[other] { $contacts } رابطے
    }، { $items ->
        [one] چیک لسٹ کے لیے 1 نکتہ
       *[other] چیک لسٹ کے لیے { $items } نکات
    }، { $tips ->
        [one] 1 مشورہ۔
       *[other] { $tips } مشورے۔
    }

pack-error-syntax = { $file }، سطر { $line }: یہ فائل درست TOML نہیں ہے۔ کوٹیشن مارکس، بریکٹس اور برابر کے نشان چیک کریں۔ ({ $detail })
pack-error-too-large = { $file }: فائل بہت بڑی ہے۔ زیادہ سے زیادہ { $max } کلو بائٹ کی اجازت ہے۔
pack-error-not-utf8 = { $file }، سطر { $line }: فائل UTF-8 میں محفوظ نہیں ہے۔ اسے UTF-8 میں محفوظ کریں۔
pack-error-unreadable = { $file }: فائل پڑھی نہیں جا سکتی۔ ({ $detail })
pack-error-unsupported-format = { $file }، سطر { $line }، { $field }: یہ ایپ فارمیٹ ورژن { $found } کو نہیں جانتی۔ یہ ایپ فارمیٹ ورژن 1 سے { $supported } تک پڑھتی ہے۔
pack-error-missing-field = { $file }، سطر { $line }: فیلڈ "{ $field }" موجود نہیں ہے۔
pack-error-unknown-field = { $file }، سطر { $line }: "{ $field }" نام کا کوئی فیلڈ نہیں ہے۔ کیا اس کے ہجے غلط ہیں؟
pack-error-wrong-type = { $file }، سطر { $line }، { $field }: یہاں جو قدر لکھی ہے وہ { $found ->
        [string] ایک متن
        [integer] ایک مکمل عدد
        [float] ایک اعشاری عدد
        [boolean] صحیح یا غلط کی قدر
        [datetime] ایک تاریخ
        [array] ایک فہرست
        [table] ایک ٹیبل
       *[other] کوئی اور قدر
    } ہے، لیکن ضرورت { $expected ->
        [string] کوٹیشن مارکس میں ایک متن
        [integer] ایک مکمل عدد
        [boolean] true یا false
        [array] چوکور بریکٹس میں ایک فہرست
        [table] ایک ٹیبل
       *[other] کسی اور قدر
    } کی ہے۔
pack-error-empty = { $file }، سطر { $line }، { $field }: یہ فیلڈ خالی ہے۔ اگر آپ کو قدر معلوم نہیں تو فیلڈ کو پوری طرح ہٹا دیں۔
pack-error-too-long = { $file }، سطر { $line }، { $field }: متن بہت لمبا ہے۔ زیادہ سے زیادہ { $max } حروف کی اجازت ہے۔
pack-error-invalid-key = { $file }، سطر { $line }، { $field }: "{ $value }" درست کلید نہیں ہے۔ صرف چھوٹے حروف a سے z، ہندسے اور اکیلے ہائفن استعمال کریں۔
pack-error-duplicate-key = { $file }، سطر { $line }، { $field }: "{ $value }" فائل میں دو بار آیا ہے۔
pack-error-unknown-tab = { $file }، سطر { $line }، { $field }: "{ $value }" نام کا کوئی حصہ نہیں ہے۔ ممکنہ حصے: { $allowed }۔
pack-error-unknown-doctype = { $file }، سطر { $line }، { $field }: "{ $value }" نام کی کوئی دستاویز کی قسم نہیں ہے۔
pack-error-unknown-contact-type = { $file }، سطر { $line }، { $field }: "{ $value }" نام کی کوئی رابطے کی قسم نہیں ہے۔
pack-error-unknown-text-language = { $file }، سطر { $line }، { $field }: ایپ "{ $value }" زبان میں متن نہیں دکھا سکتی۔ ممکنہ زبانیں: { $allowed }۔
pack-error-invalid-language-code = { $file }، سطر { $line }، { $field }: "{ $value }" زبان کا کوڈ نہیں ہے۔ 2 یا 3 چھوٹے حروف لکھیں، مثلاً de، en یا ar۔
pack-error-missing-german = { $file }، سطر { $line }، { $field }: جرمن متن (de) موجود نہیں ہے۔ جرمن ہمیشہ ضروری ہے۔
pack-error-invalid-phone = { $file }، سطر { $line }، { $field }: "{ $value }" فون نمبر نہیں ہے۔ صرف ہندسے، خالی جگہ اور یہ نشان استعمال کریں: + / - ( )۔
pack-error-invalid-email = { $file }، سطر { $line }، { $field }: "{ $value }" ای میل ایڈریس نہیں ہے۔
pack-error-invalid-web = { $file }، سطر { $line }، { $field }: "{ $value }" ویب ایڈریس نہیں ہے۔ اسے https:// یا http:// سے شروع ہونا چاہیے۔
pack-error-invalid-date = { $file }، سطر { $line }، { $field }: "{ $value }" تاریخ نہیں ہے۔ اسے اس طرح لکھیں: 2025-03-31۔
pack-error-unknown-entry = { $file }، سطر { $line }، { $field }: "{ $value }" معیاری مواد میں موجود نہیں ہے۔ صرف موجود اندراجات کو چھپایا (hidden) جا سکتا ہے۔
