### Content packs of a town, in Dari. Translated from locales/de/packs.ftl.
### Field names and values stay as they are in the file. Plural categories: one, other; the noun
### stays singular after a number.

pack-error-summary = { $file }: { $count ->
        [one] { $count } غلطی.
       *[other] { $count } غلطی.
    } بسته بارگیری نشد. محتوای قبلی همان طور که بود، می‌ماند.
pack-warning-missing-languages = توجه: { $file }، سطر { $line }، { $field }: متنی به این زبان‌ها نیست: { $languages }. اپ در آنجا متن آلمانی را نشان می‌دهد.
pack-warning-unprintable = توجه: { $file }، سطر { $line }، { $field }: این حروف چاپ نمی‌شوند: { $chars }. در نسخهٔ چاپی به جای آن‌ها «{ "\uFFFD" }» می‌آید.
pack-check-ok = { $file }: بسته { $town } درست است: { $contacts ->
        [one] { $contacts } تماس
       *[other] { $contacts } تماس
    }، { $items ->
        [one] { $items } مورد برای لست کارها
       *[other] { $items } مورد برای لست کارها
    }، { $tips ->
        [one] { $tips } رهنمایی.
       *[other] { $tips } رهنمایی.
    }

pack-error-syntax = { $file }، سطر { $line }: این فایل TOML درست نیست. علامه‌های نقل قول، قوس‌ها و علامه‌های مساوی را کنترول کنید. ({ $detail })
pack-error-too-large = { $file }: فایل بسیار بزرگ است. حد اکثر { $max } کیلوبایت اجازه است.
pack-error-not-utf8 = { $file }، سطر { $line }: فایل به شکل UTF-8 ذخیره نشده است. آن را به شکل UTF-8 ذخیره کنید.
pack-error-unreadable = { $file }: فایل خوانده نمی‌شود. ({ $detail })
pack-error-unsupported-format = { $file }، سطر { $line }، { $field }: این اپ نسخه فارمت { $found } را نمی‌شناسد. این اپ نسخه‌های فارمت 1 تا { $supported } را می‌خواند.
pack-error-missing-field = { $file }، سطر { $line }: فیلد «{ $field }» موجود نیست.
pack-error-unknown-field = { $file }، سطر { $line }: فیلدی به نام «{ $field }» وجود ندارد. آیا غلط نوشته شده است؟
pack-error-wrong-type = { $file }، سطر { $line }، { $field }: در اینجا { $found ->
        [string] یک متن
        [integer] یک عدد صحیح
        [float] یک عدد اعشاری
        [boolean] یک مقدار درست/غلط
        [datetime] یک تاریخ
        [array] یک لست
        [table] یک جدول
       *[other] یک مقدار دیگر
    } نوشته شده است، اما { $expected ->
        [string] یک متن بین علامه‌های نقل قول
        [integer] یک عدد صحیح
        [boolean] true یا false
        [array] یک لست بین قوس‌های مربع
        [table] یک جدول
       *[other] یک مقدار دیگر
    } لازم است.
pack-error-empty = { $file }، سطر { $line }، { $field }: این فیلد خالی است. اگر مقدار آن را نمی‌دانید، فیلد را کاملاً حذف کنید.
pack-error-too-long = { $file }، سطر { $line }، { $field }: متن بسیار طولانی است. حد اکثر { $max } حرف اجازه است.
pack-error-invalid-key = { $file }، سطر { $line }، { $field }: «{ $value }» کلید درست نیست. فقط حروف خورد a تا z، ارقام و خط تیره‌های تنها اجازه است.
pack-error-duplicate-key = { $file }، سطر { $line }، { $field }: «{ $value }» دو بار در فایل آمده است.
pack-error-unknown-tab = { $file }، سطر { $line }، { $field }: بخشی به نام «{ $value }» وجود ندارد. بخش‌های ممکن: { $allowed }.
pack-error-unknown-doctype = { $file }، سطر { $line }، { $field }: نوع سندی به نام «{ $value }» وجود ندارد.
pack-error-unknown-contact-type = { $file }، سطر { $line }، { $field }: نوع تماسی به نام «{ $value }» وجود ندارد.
pack-error-unknown-text-language = { $file }، سطر { $line }، { $field }: اپ نمی‌تواند متن‌ها را به زبان «{ $value }» نشان بدهد. زبان‌های ممکن: { $allowed }.
pack-error-invalid-language-code = { $file }، سطر { $line }، { $field }: «{ $value }» کود زبان نیست. 2 یا 3 حرف خورد بنویسید، مثلاً de، en یا ar.
pack-error-missing-german = { $file }، سطر { $line }، { $field }: متن آلمانی (de) موجود نیست. زبان آلمانی همیشه لازم است.
pack-error-invalid-phone = { $file }، سطر { $line }، { $field }: «{ $value }» نمبر تیلفون نیست. فقط ارقام، فاصله و این علامه‌ها اجازه است: + / - ( ).
pack-error-invalid-email = { $file }، سطر { $line }، { $field }: «{ $value }» آدرس ایمیل نیست.
pack-error-invalid-web = { $file }، سطر { $line }، { $field }: «{ $value }» آدرس انترنتی نیست. باید با https:// یا http:// شروع شود.
pack-error-invalid-date = { $file }، سطر { $line }، { $field }: «{ $value }» تاریخ نیست. آن را این طور بنویسید: 2025-03-31.
pack-error-unknown-entry = { $file }، سطر { $line }، { $field }: «{ $value }» در محتوای معیاری وجود ندارد. فقط مواردی را که وجود دارند، می‌توان پنهان کرد (hidden).
