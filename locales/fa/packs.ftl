### Content packs of a town, in Persian. Translated from locales/de/packs.ftl.
### Field names and values stay as they are in the file. Persian plural rules: one (0 and 1),
### other; the noun stays singular after a number, so both variants show the number.

pack-error-summary = { $file }: { $count ->
        [one] { $count } خطا.
       *[other] { $count } خطا.
    } بسته بارگذاری نشد. محتوای قبلی همان‌طور که بود می‌ماند.
pack-warning-missing-languages = توجه: { $file }، سطر { $line }، { $field }: متنی به این زبان‌ها نیست: { $languages }. برنامه آنجا متن آلمانی را نشان می‌دهد.
pack-warning-unprintable = توجه: { $file }، سطر { $line }، { $field }: این نویسه‌ها چاپ نمی‌شوند: { $chars }. در نسخهٔ چاپی به جای آن‌ها «{ "\uFFFD" }» می‌آید.
pack-check-ok = { $file }: بسته { $town } درست است: { $contacts ->
        [one] { $contacts } تماس
       *[other] { $contacts } تماس
    }، { $items ->
        [one] { $items } مورد برای فهرست کارها
       *[other] { $items } مورد برای فهرست کارها
    }، { $tips ->
        [one] { $tips } نکته.
       *[other] { $tips } نکته.
    }

pack-error-syntax = { $file }، سطر { $line }: این فایل TOML معتبر نیست. علامت‌های نقل قول، پرانتزها و کروشه‌ها و علامت‌های مساوی را بررسی کنید. ({ $detail })
pack-error-too-large = { $file }: فایل خیلی بزرگ است. حداکثر { $max } کیلوبایت مجاز است.
pack-error-not-utf8 = { $file }، سطر { $line }: فایل با UTF-8 ذخیره نشده است. آن را با UTF-8 ذخیره کنید.
pack-error-unreadable = { $file }: فایل خوانده نمی‌شود. ({ $detail })
pack-error-unsupported-format = { $file }، سطر { $line }، { $field }: این برنامه نسخه قالب { $found } را نمی‌شناسد. این برنامه نسخه‌های قالب 1 تا { $supported } را می‌خواند.
pack-error-missing-field = { $file }، سطر { $line }: فیلد «{ $field }» وجود ندارد.
pack-error-unknown-field = { $file }، سطر { $line }: فیلدی به نام «{ $field }» وجود ندارد. آیا اشتباه نوشته شده است؟
pack-error-wrong-type = { $file }، سطر { $line }، { $field }: اینجا { $found ->
        [string] یک متن
        [integer] یک عدد صحیح
        [float] یک عدد اعشاری
        [boolean] یک مقدار درست/نادرست
        [datetime] یک تاریخ
        [array] یک فهرست
        [table] یک جدول
       *[other] مقدار دیگری
    } نوشته شده است، اما { $expected ->
        [string] یک متن در علامت نقل قول
        [integer] یک عدد صحیح
        [boolean] true یا false
        [array] یک فهرست در کروشه
        [table] یک جدول
       *[other] مقدار دیگری
    } لازم است.
pack-error-empty = { $file }، سطر { $line }، { $field }: این فیلد خالی است. اگر مقدار را نمی‌دانید، فیلد را کاملاً حذف کنید.
pack-error-too-long = { $file }، سطر { $line }، { $field }: متن خیلی طولانی است. حداکثر { $max } نویسه مجاز است.
pack-error-invalid-key = { $file }، سطر { $line }، { $field }: «{ $value }» کلید معتبری نیست. فقط حروف کوچک a تا z، رقم‌ها و خط‌تیره‌های تکی مجاز است.
pack-error-duplicate-key = { $file }، سطر { $line }، { $field }: «{ $value }» دو بار در فایل آمده است.
pack-error-unknown-tab = { $file }، سطر { $line }، { $field }: بخشی به نام «{ $value }» وجود ندارد. بخش‌های ممکن: { $allowed }.
pack-error-unknown-doctype = { $file }، سطر { $line }، { $field }: نوع مدرکی به نام «{ $value }» وجود ندارد.
pack-error-unknown-contact-type = { $file }، سطر { $line }، { $field }: نوع تماسی به نام «{ $value }» وجود ندارد.
pack-error-unknown-text-language = { $file }، سطر { $line }، { $field }: برنامه نمی‌تواند متن‌هایی به زبان «{ $value }» نشان دهد. زبان‌های ممکن: { $allowed }.
pack-error-invalid-language-code = { $file }، سطر { $line }، { $field }: «{ $value }» کد زبان نیست. 2 یا 3 حرف کوچک بنویسید، مثلاً de، en یا ar.
pack-error-missing-german = { $file }، سطر { $line }، { $field }: متن آلمانی (de) وجود ندارد. آلمانی همیشه لازم است.
pack-error-invalid-phone = { $file }، سطر { $line }، { $field }: «{ $value }» شماره تلفن نیست. فقط رقم، فاصله و این نشانه‌ها مجاز است: + / - ( ).
pack-error-invalid-email = { $file }، سطر { $line }، { $field }: «{ $value }» نشانی ایمیل نیست.
pack-error-invalid-web = { $file }، سطر { $line }، { $field }: «{ $value }» نشانی اینترنتی نیست. باید با https:// یا http:// شروع شود.
pack-error-invalid-date = { $file }، سطر { $line }، { $field }: «{ $value }» تاریخ نیست. آن را این‌طور بنویسید: 2025-03-31.
pack-error-unknown-entry = { $file }، سطر { $line }، { $field }: «{ $value }» در محتوای استاندارد وجود ندارد. فقط مواردی را که وجود دارند می‌توان پنهان کرد (hidden).
