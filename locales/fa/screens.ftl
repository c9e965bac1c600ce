# Mein Ordner: the screens of the register tabs, in Persian. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = بخش { $number }: { $title }
tabs-progress = { $done } از { $total } انجام شده
tabs-back = بازگشت به نمای کلی
tabs-section-intro = این مهم است
tabs-item-doctype = مدرک مربوط: { $doctype }
tabs-ticks-memory-only = تیک‌های شما هنوز ذخیره نمی‌شوند. وقتی برنامه را ببندید، از بین می‌روند.
tabs-ticks-vault = تیک‌های شما رمزگذاری‌شده روی این دستگاه ذخیره می‌شوند.
tabs-contact-to-fill = شهر شما آن را پر می‌کند
tabs-contact-copy = کپی نشانی
tabs-contact-copied = نشانی کپی شد.
tabs-contact-copy-failed = کپی نشد. لطفاً نشانی را دستی بنویسید.
tabs-contact-call = تماس: { $phone }
tabs-no-contacts = این بخش هنوز هیچ تماسی ندارد.
tabs-german-only = فقط به آلمانی

## Town

town-heading = شهر شما
town-hint = شهر خود را انتخاب کنید. بعد تماس‌ها و نکته‌های شهر خود را می‌بینید.
town-none = بدون شهر: فقط نکته‌های عمومی برای آلمان
town-current = شهر انتخاب‌شده: { $town }
town-current-none = هیچ شهری انتخاب نشده است
town-change = انتخاب شهر
town-updated = تاریخ اطلاعات: { $date }
town-import-heading = بارگذاری فایل یک شهر
town-import-hint = یک اداره یا یک مرکز مشاوره می‌تواند فایلی با تماس‌های شهر شما به شما بدهد (با پسوند .toml).
town-import-button = انتخاب فایل
town-import-ok = فایل { $town } بارگذاری شد.
town-memory-only = شهر انتخاب‌شده هنوز ذخیره نمی‌شود. دفعه بعد که برنامه را باز می‌کنید، لطفاً دوباره آن را انتخاب کنید.
town-vault = شهر انتخاب‌شده رمزگذاری‌شده روی این دستگاه ذخیره می‌شود.
town-imported = از یک فایل بارگذاری شده

## Search

search-button = جستجو
search-heading = جستجو
search-label = دنبال چه می‌گردید؟
search-hint = می‌توانید به آلمانی یا به زبان خودتان جستجو کنید.
search-results = { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-none = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
search-kind-title = بخش
search-kind-intro = مقدمه
search-kind-tip = نکته
search-kind-item = فهرست کارها
search-kind-contact = تماس

## Office editor

office-open = ویرایش فایل شهر (برای اداره‌ها)
office-heading = ویرایش فایل شهر
office-intro = اینجا یک اداره یا یک مرکز مشاوره فایل شهر خود را می‌سازد: تماس‌ها را وارد می‌کند، نکته‌ها را ترجمه می‌کند، بررسی می‌کند و به صورت فایل ذخیره می‌کند.
office-start-empty = شروع با فایل خالی
office-start-from = شروع با { $town }
office-start-confirm = تغییراتی که اینجا داده‌اید از بین می‌رود. با این حال از نو شروع شود؟
office-town-name = نام شهر
office-key = نام کوتاه فایل (فقط a–z، 0–9 و -)
office-contacts = تماس‌ها
office-contact-heading = تماس { $number }
office-add-contact = افزودن تماس
office-remove = حذف
office-move-up = بالا بردن
office-move-down = پایین بردن
office-contact-key = کلید (فقط a–z، 0–9 و -)
office-contact-type = نوع مرکز
office-contact-type-none = هیچ
office-contact-tabs = در کدام بخش‌ها؟
office-languages-hint = کدهای زبان، جدا شده با ویرگول (,)، مثلاً: de, ar, en
office-contact-facts-as-of = تاریخ اطلاعات (از منبع آن)
office-text-german = آلمانی
office-add-translation = افزودن ترجمه
office-remove-translation = حذف ترجمه
office-translation-language = زبان ترجمه
office-missing-languages = هنوز بدون ترجمه – برنامه آنجا متن آلمانی را نشان می‌دهد:
office-check = بررسی
office-export = ذخیره به صورت فایل
office-issues = { $count ->
        [one] { $count } مشکل پیدا شد. لطفاً پیش از ذخیره آن را درست کنید.
       *[other] { $count } مشکل پیدا شد. لطفاً پیش از ذخیره آن‌ها را درست کنید.
    }
office-exported = فایل { $file } ذخیره شد.

# About this app (#12 §8)
home-about-title = دربارهٔ این برنامه
home-about-build = شمارهٔ ساخت (Build): { $build }
home-about-build-help = با این شماره، مرکز مشاوره یا اداره می‌تواند ببیند کدام نسخهٔ برنامه روی این دستگاه اجرا می‌شود.
home-about-origin = این برنامه از این نشانی بارگیری می‌شود: { $origin }
