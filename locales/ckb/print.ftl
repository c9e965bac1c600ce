# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = چاپ ئامادە دەکرێت …
print-working-load = فۆنت و دەقەکان بار دەکرێن …
print-working-pages = لاپەڕەکان ڕێک دەخرێن …
print-done = تەواو بوو. لاپەڕەکان: { $pages } · قەبارە: { $size } · کات: { $seconds } چرکە
print-error-worker = چاپ دەستی پێ نەکرد. تکایە لاپەڕەکە دووبارە بار بکەوە و دووبارە هەوڵ بدەوە.
print-error-offline = فۆنتەکانی چاپ هێشتا لەسەر ئەم ئامێرە نین. ئەپەکە جارێک لەگەڵ ئینتەرنێت بکەوە و دووبارە هەوڵ بدەوە.
print-error-font = فایلێکی فۆنتی چاپ تێکچووە. تکایە لاپەڕەکە دووبارە بار بکەوە.
print-error-pack = فایلی شار ناخوێندرێتەوە. تکایە لە «شار هەڵبژێرن» سەیری بکەن.
print-error-scan = لاپەڕەی { $index } ی بەڵگە سکانکراوەکان وێنەیەکی JPEG ی خوێندراو نییە. تکایە ئەم لاپەڕەیە دووبارە سکان بکەن.
print-error-internal = PDF دروست نەکرا. تکایە دووبارە هەوڵ بدەوە.
print-blank-open = چاپکردنی فۆڵدەرێکی بەتاڵ (بۆ نووسینگەکان)
print-blank-title = چاپکردنی فۆڵدەرێکی بەتاڵ
print-blank-intro = بۆ نووسینگە و ناوەندەکانی ڕاوێژ: فۆڵدەرێکی بەتاڵ بۆ چاپ، بە ئەڵمانی و زمانێکی دووەم، لەگەڵ ناونیشانەکانی شارێک. A4، لەگەڵ پەراوێز بۆ کونکردن.
print-blank-language = زمانی دووەم
print-blank-german-only = تەنها ئەڵمانی
print-blank-unreviewed = هێشتا کەس بەم زمانە دایکییە ئەم وەرگێڕانەی نەپشکنیوە.
print-blank-town = شار
print-blank-town-none = بێ شار (هێڵی بەتاڵ بۆ پڕکردنەوە)
print-blank-town-file = فایلی بارکراو: { $file }
print-blank-town-load = بارکردنی فایلی شارێک
print-blank-button = دروستکردنی فۆڵدەرەکە وەک PDF
print-recovery-pdf = دروستکردنی PDF
print-consult-open = چاپکردنی بەڵگەکان بۆ ڕاوێژ
print-consult-title = بەڵگەکان بۆ ڕاوێژ
print-consult-intro = خۆت هەڵدەبژێریت چی لە چاپەکەدا بێت. سەرەتا کورتەیەک بۆ ڕاوێژکار دێت: چی هەیە، چی کەمە، چی بەم زووانە کاتی دێت.
print-consult-tabs = بەشەکان
print-consult-personal = کەسی
print-consult-locked = فۆڵدەرەکەتان قوفڵە. نیشانەکان، ناو، تێبینییەکان و بەڵگەکان تەنها کاتێک هەن کە فۆڵدەرەکە کراوە بێت.
print-consult-open-folder = کردنەوەی فۆڵدەر
print-consult-ticks = پیشاندانی ئەوەی لە لیستەکاندا کراوە
print-consult-name = چاپکردنی ناوەکەم
print-consult-name-field = ناو
print-consult-notes = چاپکردنی تێبینییەکانم
print-consult-documents = بەڵگەکان
print-consult-deadlines = دواوادەکان
print-consult-appointments = ژوانەکان
print-consult-log = ڕاوێژە پێشووەکان
print-consult-nothing = هێشتا هیچ پاشەکەوت نەکراوە.
print-consult-privacy = چاپەکە زانیاری کەسی تێدایە. تەنها بیدەن بەو کەسانەی متمانەیان پێ دەکەن. ئەپەکە هیچ نانێرێت.
print-consult-button = دروستکردنی چاپەکە وەک PDF

# A finished file: print, share or save (#12 §1)
print-ready = فایلەکە ئامادەیە. هێشتا لە هیچ شوێنێک پاشەکەوت نەکراوە. هەڵبژێرن چی لێ بکەن.
print-print = چاپکردن
print-share = هاوبەشکردن (بۆ نموونە لەگەڵ ئەپی چاپکەر)
print-save-file = پاشەکەوتکردن وەک فایل
print-save-warning = ئاگادار بن: فایلی پاشەکەوتکراو پارێزراو نییە. هەر کەسێک ئەم ئامێرە بەکاربهێنێت دەتوانێت بیکاتەوە. دوای چاپکردن فایلەکە بسڕنەوە.
print-save-warning-key = بەم فایلە هەر کەسێک دەتوانێت فۆڵدەرەکەتان بکاتەوە. تەنها کاتێک پاشەکەوتی بکەن کە ناتوانن بە ڕێگایەکی تر چاپی بکەن.
print-saved = وەک { $file } پاشەکەوت کرا.
print-saved-personal = وەک { $file } پاشەکەوت کرا. دوای چاپکردن فایلەکە لە فۆڵدەری داگرتنەکان (Downloads) بسڕنەوە.
print-print-failed = چاپکردن دەستی پێنەکرد. دەتوانن فایلەکە هاوبەش بکەن یان پاشەکەوتی بکەن.
print-share-failed = هاوبەشکردن سەرنەکەوت. دەتوانن فایلەکە چاپ بکەن یان پاشەکەوتی بکەن.
print-save-failed = فایلەکە پاشەکەوت نەکرا.
