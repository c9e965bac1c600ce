# Mein Ordner: the screens of the register tabs, in Urdu. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = حصہ { $number }: { $title }
tabs-progress = { $total } میں سے { $done } مکمل
tabs-back = جائزے پر واپس جائیں
tabs-section-intro = یہ اہم ہے
tabs-item-doctype = متعلقہ کاغذ: { $doctype }
tabs-ticks-memory-only = آپ کے ٹک ابھی محفوظ نہیں ہو رہے۔ ایپ بند کرنے پر یہ ختم ہو جائیں گے۔
tabs-ticks-vault = آپ کے ٹک اس ڈیوائس پر انکرپٹ ہو کر محفوظ ہوتے ہیں۔
tabs-contact-to-fill = آپ کا شہر یہ معلومات درج کرے گا
tabs-contact-copy = پتہ کاپی کریں
tabs-contact-copied = پتہ کاپی ہو گیا۔
tabs-contact-copy-failed = کاپی نہیں ہو سکا۔ براہ کرم پتہ ہاتھ سے لکھ لیں۔
tabs-contact-call = کال کریں: { $phone }
tabs-no-contacts = اس حصے میں ابھی کوئی رابطے نہیں ہیں۔
tabs-german-only = صرف جرمن میں

## Town

town-heading = آپ کا شہر
town-hint = اپنا شہر منتخب کریں۔ پھر آپ اپنے شہر کے رابطے اور معلومات دیکھیں گے۔
town-none = کوئی شہر نہیں: صرف جرمنی کے لیے عمومی معلومات
town-current = منتخب شہر: { $town }
town-current-none = کوئی شہر منتخب نہیں کیا گیا
town-change = شہر منتخب کریں
town-updated = معلومات کی تاریخ: { $date }
town-import-heading = کسی شہر کی فائل لوڈ کریں
town-import-hint = کوئی سرکاری دفتر یا مشاورتی مرکز آپ کو آپ کے شہر کے رابطوں والی فائل دے سکتا ہے (فائل کے نام کے آخر میں .toml ہوتا ہے)۔
town-import-button = فائل منتخب کریں
town-import-ok = { $town } کی فائل لوڈ ہو گئی ہے۔
town-memory-only = منتخب شہر ابھی محفوظ نہیں ہو رہا۔ اگلی بار ایپ کھولنے پر براہ کرم اسے دوبارہ منتخب کریں۔
town-vault = منتخب شہر اس ڈیوائس پر انکرپٹ ہو کر محفوظ ہوتا ہے۔
town-imported = فائل سے لوڈ کیا گیا

## Search

search-button = تلاش کریں
search-heading = تلاش
search-label = آپ کیا تلاش کر رہے ہیں؟
search-hint = آپ جرمن میں یا اپنی زبان میں تلاش کر سکتے ہیں۔
search-results = { $count ->
        [one] 1 نتیجہ
       *[other] { $count } نتائج
    }
search-none = کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں۔
search-kind-title = حصہ
search-kind-intro = تعارف
search-kind-tip = مشورہ
search-kind-item = چیک لسٹ
search-kind-contact = رابطہ

## Office editor

office-open = شہر کی فائل میں ترمیم کریں (دفاتر کے لیے)
office-heading = شہر کی فائل میں ترمیم
office-intro = یہاں کوئی سرکاری دفتر یا مشاورتی مرکز اپنے شہر کی فائل بناتا ہے: رابطے درج کرنا، معلومات کا ترجمہ کرنا، جانچنا اور فائل کے طور پر محفوظ کرنا۔
office-start-empty = خالی سے شروع کریں
office-start-from = { $town } سے شروع کریں
office-start-confirm = یہاں کی گئی آپ کی تبدیلیاں ضائع ہو جائیں گی۔ پھر بھی نئے سرے سے شروع کریں؟
office-town-name = شہر کا نام
office-key = فائل کا مختصر نام (صرف a–z، 0–9 اور -)
office-contacts = رابطے
office-contact-heading = رابطہ { $number }
office-add-contact = رابطہ شامل کریں
office-remove = ہٹائیں
office-move-up = اوپر لے جائیں
office-move-down = نیچے لے جائیں
office-contact-key = کلید (صرف a–z، 0–9 اور -)
office-contact-type = ادارے کی قسم
office-contact-type-none = کوئی نہیں
office-contact-tabs = کن حصوں میں؟
office-languages-hint = زبان کے کوڈ، کاما (,) سے الگ کیے ہوئے، مثلاً: de, ar, en
office-contact-facts-as-of = معلومات کی تاریخ (ماخذ کے مطابق)
office-text-german = جرمن
office-add-translation = ترجمہ شامل کریں
office-remove-translation = ترجمہ ہٹائیں
office-translation-language = ترجمے کی زبان
office-missing-languages = ابھی ترجمہ نہیں – ایپ وہاں جرمن متن دکھاتی ہے:
office-check = جانچیں
office-export = فائل کے طور پر محفوظ کریں
office-issues = { $count ->
        [one] 1 مسئلہ ملا۔ براہ کرم محفوظ کرنے سے پہلے اسے درست کریں۔
       *[other] { $count } مسائل ملے۔ براہ کرم محفوظ کرنے سے پہلے انہیں درست کریں۔
    }
office-exported = فائل { $file } محفوظ ہو گئی ہے۔

# About this app (#12 §8)
home-about-title = اس ایپ کے بارے میں
home-about-build = بلڈ نمبر (Build): { $build }
home-about-build-help = اس نمبر سے مشاورتی مرکز یا دفتر دیکھ سکتا ہے کہ اس آلے پر ایپ کا کون سا ورژن چل رہا ہے۔
home-about-origin = یہ ایپ یہاں سے لوڈ ہوتی ہے: { $origin }
