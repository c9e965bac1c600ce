# Mein Ordner: the screens of the register tabs, in Kurdish Sorani. From locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = بەشی { $number }: { $title }
tabs-progress = { $done } لە { $total } تەواو کراوە
tabs-back = گەڕانەوە بۆ تێڕوانینی گشتی
tabs-section-intro = ئەمە گرنگە
tabs-item-doctype = بەڵگەنامەی پەیوەندیدار: { $doctype }
tabs-ticks-memory-only = نیشانەکانتان هێشتا پاشەکەوت ناکرێن. کاتێک ئەپەکە دادەخەن، نامێنن.
tabs-ticks-vault = نیشانەکانتان بە شفرەکراوی لەسەر ئەم ئامێرە پاشەکەوت دەکرێن.
tabs-contact-to-fill = شارەکەتان پڕی دەکاتەوە
tabs-contact-copy = کۆپیکردنی ناونیشان
tabs-contact-copied = ناونیشانەکە کۆپی کرا.
tabs-contact-copy-failed = کۆپیکردن سەرکەوتوو نەبوو. تکایە ناونیشانەکە بنووسنەوە.
tabs-contact-call = پەیوەندیکردن: { $phone }
tabs-no-contacts = بۆ ئەم بەشە هێشتا هیچ پەیوەندییەک نییە.
tabs-german-only = تەنها بە ئەڵمانی

## Town

town-heading = شارەکەتان
town-hint = شارەکەتان هەڵبژێرن. ئەوکات پەیوەندی و ئامۆژگارییەکانی شارەکەتان دەبینن.
town-none = هیچ شارێک نا: تەنها ئامۆژگاریی گشتی بۆ ئەڵمانیا
town-current = شاری هەڵبژێردراو: { $town }
town-current-none = هیچ شارێک هەڵنەبژێردراوە
town-change = شار هەڵبژێرن
town-updated = زانیارییەکان بە پێی بەرواری: { $date }
town-import-heading = فایلی شارێک بار بکەن
town-import-hint = فەرمانگەیەک یان ناوەندێکی ڕاوێژکاری دەتوانێت فایلێکتان بداتێ کە پەیوەندییەکانی شارەکەتانی تێدایە (کۆتاییەکەی .toml).
town-import-button = فایل هەڵبژێرن
town-import-ok = فایلی { $town } بار کرا.
town-memory-only = شارە هەڵبژێردراوەکە هێشتا پاشەکەوت ناکرێت. جاری داهاتوو کە ئەپەکە دەکەنەوە، تکایە دووبارە هەڵیبژێرن.
town-vault = شارە هەڵبژێردراوەکە بە شفرەکراوی لەسەر ئەم ئامێرە پاشەکەوت دەکرێت.
town-imported = لە فایلێکەوە بار کراوە

## Search

search-button = گەڕان
search-heading = گەڕان
search-label = بەدوای چیدا دەگەڕێن؟
search-hint = دەتوانن بە ئەڵمانی یان بە زمانی خۆتان بگەڕێن.
search-results = { $count ->
        [one] 1 ئەنجام
       *[other] { $count } ئەنجام
    }
search-none = هیچ شتێک نەدۆزرایەوە. وشەیەکی تر تاقی بکەنەوە.
search-kind-title = بەش
search-kind-intro = پێشەکی
search-kind-tip = ئامۆژگاری
search-kind-item = لیستی پشکنین
search-kind-contact = پەیوەندی

## Office editor

office-open = دەستکاریکردنی فایلی شار (بۆ فەرمانگەکان)
office-heading = دەستکاریکردنی فایلی شار
office-intro = لێرە فەرمانگەیەک یان ناوەندێکی ڕاوێژکاری فایلەکە بۆ شارەکەی خۆی دروست دەکات: پەیوەندییەکان دەنووسێت، ئامۆژگارییەکان وەردەگێڕێت، دەیپشکنێت و وەک فایل پاشەکەوتی دەکات.
office-start-empty = بە بەتاڵی دەست پێ بکەن
office-start-from = بە { $town } دەست پێ بکەن
office-start-confirm = گۆڕانکارییەکانتان لێرە لەدەست دەچن. هەر دەتانەوێت لە سەرەتاوە دەست پێ بکەنەوە؟
office-town-name = ناوی شار
office-key = ناوی کورتی فایل (تەنها a–z، 0–9 و -)
office-contacts = پەیوەندییەکان
office-contact-heading = پەیوەندیی { $number }
office-add-contact = زیادکردنی پەیوەندی
office-remove = لابردن
office-move-up = بۆ سەرەوە
office-move-down = بۆ خوارەوە
office-contact-key = کلیل (تەنها a–z، 0–9 و -)
office-contact-type = جۆری شوێن
office-contact-type-none = هیچ
office-contact-tabs = لە کام بەشەکاندا؟
office-languages-hint = کۆدی زمانەکان، بە فاریزە جیاکراونەتەوە، بۆ نموونە: de, ar, en
office-contact-facts-as-of = بەرواری زانیارییەکان (لە سەرچاوەکەوە)
office-text-german = ئەڵمانی
office-add-translation = زیادکردنی وەرگێڕان
office-remove-translation = لابردنی وەرگێڕان
office-translation-language = زمانی وەرگێڕان
office-missing-languages = هێشتا بێ وەرگێڕان – ئەپەکە لەوێ دەقە ئەڵمانییەکە نیشان دەدات:
office-check = پشکنین
office-export = وەک فایل پاشەکەوت بکەن
office-issues = { $count ->
        [one] 1 کێشە دۆزرایەوە. تکایە پێش پاشەکەوتکردن ڕاستی بکەنەوە.
       *[other] { $count } کێشە دۆزرانەوە. تکایە پێش پاشەکەوتکردن ڕاستیان بکەنەوە.
    }
office-exported = فایلی { $file } پاشەکەوت کرا.

# About this app (#12 §8)
home-about-title = دەربارەی ئەم ئەپە
home-about-build = ژمارەی بیلد (Build): { $build }
home-about-build-help = بەم ژمارەیە ناوەندی ڕاوێژ یان فەرمانگە دەتوانێت ببینێت کام وەشانی ئەپەکە لەسەر ئەم ئامێرە کار دەکات.
home-about-origin = ئەم ئەپە لێرەوە بار دەکرێت: { $origin }
