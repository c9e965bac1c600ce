# Mein Ordner: the screens of the register tabs, in Dari. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = بخش { $number }: { $title }
tabs-progress = { $done } از { $total } انجام شده
tabs-back = برگشت به نمای عمومی
tabs-section-intro = این مهم است
tabs-item-doctype = سند مربوط: { $doctype }
tabs-ticks-memory-only = علامه‌های تیک شما هنوز ذخیره نمی‌شوند. وقتی اپ را ببندید، از بین می‌روند.
tabs-ticks-vault = علامه‌های تیک شما به شکل رمزگذاری‌شده در این دستگاه ذخیره می‌شوند.
tabs-contact-to-fill = شهر شما آن را خانه‌پری می‌کند
tabs-contact-copy = کاپی آدرس
tabs-contact-copied = آدرس کاپی شد.
tabs-contact-copy-failed = کاپی نشد. لطفاً آدرس را با دست بنویسید.
tabs-contact-call = زنگ زدن: { $phone }
tabs-no-contacts = برای این بخش هنوز هیچ تماسی نیست.
tabs-german-only = فقط به زبان آلمانی

## Town

town-heading = شهر شما
town-hint = شهر خود را انتخاب کنید. بعد تماس‌ها و رهنمایی‌های شهر خود را می‌بینید.
town-none = بدون شهر: فقط رهنمایی‌های عمومی برای آلمان
town-current = شهر انتخاب‌شده: { $town }
town-current-none = هیچ شهری انتخاب نشده است
town-change = انتخاب شهر
town-updated = تاریخ معلومات: { $date }
town-import-heading = بارگیری فایل یک شهر
town-import-hint = یک اداره یا یک مرکز مشوره می‌تواند یک فایل با تماس‌های شهر شما به شما بدهد (با پسوند .toml).
town-import-button = انتخاب فایل
town-import-ok = فایل { $town } بارگیری شد.
town-memory-only = شهر انتخاب‌شده هنوز ذخیره نمی‌شود. دفعه بعد که اپ را باز می‌کنید، لطفاً آن را دوباره انتخاب کنید.
town-vault = شهر انتخاب‌شده به شکل رمزگذاری‌شده در این دستگاه ذخیره می‌شود.
town-imported = از یک فایل بارگیری شده

## Search

search-button = جستجو
search-heading = جستجو
search-label = دنبال چه می‌گردید؟
search-hint = می‌توانید به زبان آلمانی یا به زبان خود جستجو کنید.
search-results = { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-none = چیزی پیدا نشد. یک کلمه دیگر را کوشش کنید.
search-kind-title = بخش
search-kind-intro = مقدمه
search-kind-tip = رهنمایی
search-kind-item = لست کارها
search-kind-contact = تماس

## Office editor

office-open = ویرایش فایل شهر (برای ادارات)
office-heading = ویرایش فایل شهر
office-intro = در اینجا یک اداره یا یک مرکز مشوره فایل شهر خود را می‌سازد: تماس‌ها را درج می‌کند، رهنمایی‌ها را ترجمه می‌کند، کنترول می‌کند و به شکل فایل ذخیره می‌کند.
office-start-empty = شروع با فایل خالی
office-start-from = شروع با { $town }
office-start-confirm = تغییراتی که در اینجا داده اید، از بین می‌رود. با این هم از نو شروع شود؟
office-town-name = نام شهر
office-key = نام کوتاه فایل (فقط a–z، 0–9 و -)
office-contacts = تماس‌ها
office-contact-heading = تماس { $number }
office-add-contact = اضافه کردن تماس
office-remove = حذف
office-move-up = به بالا
office-move-down = به پایین
office-contact-key = کلید (فقط a–z، 0–9 و -)
office-contact-type = نوع اداره
office-contact-type-none = هیچ
office-contact-tabs = در کدام بخش‌ها؟
office-languages-hint = کودهای زبان، جدا شده با کامه (,)، مثلاً: de, ar, en
office-contact-facts-as-of = تاریخ معلومات (از منبع آن)
office-text-german = آلمانی
office-add-translation = اضافه کردن ترجمه
office-remove-translation = حذف ترجمه
office-translation-language = زبان ترجمه
office-missing-languages = هنوز بدون ترجمه – اپ در آنجا متن آلمانی را نشان می‌دهد:
office-check = کنترول
office-export = ذخیره به شکل فایل
office-issues = { $count ->
        [one] { $count } مشکل پیدا شد. لطفاً قبل از ذخیره آن را اصلاح کنید.
       *[other] { $count } مشکل پیدا شد. لطفاً قبل از ذخیره آن‌ها را اصلاح کنید.
    }
office-exported = فایل { $file } ذخیره شد.

# About this app (#12 §8)
home-about-title = در مورد این اپ
home-about-build = نمبر ساخت (Build): { $build }
home-about-build-help = با این نمبر، مرکز مشوره یا اداره می‌تواند ببیند کدام نسخه اپ در این دستگاه کار می‌کند.
home-about-origin = این اپ از این آدرس بار می‌شود: { $origin }
