# Mein Ordner: the app shell, in Kurdish Sorani. Translated from locales/de/app.ftl (the source).
app-name = فۆڵدەرەکەم
app-tagline = بەڵگەنامە گرنگەکانتان. ڕێکخراو. بە ئەڵمانی و بە زمانی خۆتان.
app-country = ئەڵمانیا
app-skip-to-content = بڕۆن بۆ ناوەڕۆک
app-home = تێڕوانینی گشتی
app-back = گەڕانەوە
app-language = زمان
app-change-language = گۆڕینی زمان
app-loading = بار دەکرێت …
app-offline-ready = ئەپەکە ئێستا بەبێ ئینتەرنێتیش کار دەکات.
app-update-ready = وەشانێکی نوێ ئامادەیە.
app-update-now = ئێستا دووبارە بار بکەنەوە
app-load-error = دەقەکان بار نەکران. تکایە پەڕەکە دووبارە بار بکەنەوە.
app-not-reviewed = هێشتا هیچ کەسێک کە کوردیی سۆرانی زمانی دایکی بێت، ئەم وەرگێڕانەی نەپشکنیوە.
app-tabs-heading = دە بەشەکە
app-tab-open = بەشی { $number } بکەنەوە
app-privacy-note = زانیارییەکانتان لەسەر ئەم ئامێرە دەمێننەوە. ئەپەکە هیچ شتێک بۆ ئینتەرنێت نانێرێت.

lang-choose-title = زمانەکەتان هەڵبژێرن
lang-choose-hint = ئەڵمانی هەمیشە لە تەنیشتیەوە نیشان دەدرێت.
