# Printed folders, in Kurdish Sorani: blank folder for offices, recovery sheet, consultation printout.

## Blank folder

pdf-folder-subtitle = فۆڵدەر بۆ بەڵگەنامە گرنگەکانتان
pdf-name = ناو
pdf-date = بەروار
pdf-town = شار
pdf-town-placeholder = شارەکەتان
pdf-notes = تێبینی
pdf-contents = ناوەڕۆک
pdf-not-reviewed-title = تێبینی دەربارەی وەرگێڕان
pdf-howto-title = ئەم فۆڵدەرە بەم شێوەیە بەکاربهێنن
pdf-howto-1 = فۆڵدەرەکە دە بەشی هەیە. هەر بەشێک بابەتێکی هەیە، بۆ نموونە پارە یان نیشتەجێبوون.
pdf-howto-2 = هەر بەڵگەنامەیەک لە دوای بەشە گونجاوەکە دابنێن. نوێترین بەڵگەنامە دەچێتە پێشەوە.
pdf-howto-3 = هەر بەشێک لیستی پشکنینی هەیە. نیشانە لەسەر ئەوە دابنێن کە پێشتر هەتانە. ئەوکات دەبینن چی هێشتا کەمە.
pdf-howto-4 = فۆڵدەرەکە بۆ هەموو ژوانێک لەگەڵ خۆتان ببەن. بەم شێوەیە هەمووان هەمان شت دەبینن، و پێویست ناکات هیچ شتێک دووجار ڕوون بکەنەوە.
pdf-howto-5 = ژوان و دواوادە نوێیەکان دەستبەجێ لەسەر پەڕەی تێبینیی ئەو بەشە بنووسن.
pdf-divider-file-here = بەڵگەنامەکانتان دەربارەی ئەم بابەتە لە دوای ئەم پەڕەیە دابنێن.
pdf-checklist-tick = نیشانە لەسەر ئەوە دابنێن کە پێشتر هەتانە.
pdf-contact-blank = شوێنێکی تر
pdf-spine-title = ناونیشانی پشتی فۆڵدەر بۆ فۆڵدەری پشت { $width } mm
pdf-spine-cut = بیبڕن و بیخەنە ناو گیرفانی پشتی فۆڵدەرەکە.

## Recovery sheet

pdf-recovery-title = پەڕەی گەڕاندنەوە
pdf-recovery-intro = ئەگەر وشەی نهێنییەکەتان لەبیر کرد، بەم کلیلە دەتوانن دووبارە زانیارییەکانتان بکەنەوە.
pdf-recovery-key = کلیلی گەڕاندنەوە
pdf-recovery-step-1 = Mein Ordner (فۆڵدەرەکەم) بکەنەوە و «وشەی نهێنیتان لەبیر چووە؟» هەڵبژێرن.
pdf-recovery-step-2 = کۆدی QR سکان بکەن یان کلیلەکە بنووسن.
pdf-recovery-step-3 = پاشان وشەیەکی نهێنیی نوێ هەڵبژێرن.
pdf-recovery-warning = هەر کەسێک ئەم پەڕەیەی هەبێت، دەتوانێت زانیارییەکانتان بکاتەوە. لە ماڵەوە هەڵیبگرن، جیا لە مۆبایلەکەتان، نەک لەو فۆڵدەرەی کە لە ژوانەکاندا نیشانی دەدەن. نیشانی کەسی مەدەن.
pdf-recovery-created = دروستکراوە لە { $date }

## Consultation printout

pdf-consult-title = بەڵگەنامەکان بۆ ڕاوێژ
pdf-consult-summary = پوختە بۆ ڕاوێژ
pdf-consult-for = بۆ
pdf-consult-printed = چاپکراوە لە { $date }
pdf-consult-tabs = بەشەکان
pdf-consult-have = هەیە
pdf-consult-missing = هێشتا کەمە
pdf-consult-due = دواوادە و ژوانەکان
pdf-consult-deadlines = دواوادەکان
pdf-consult-appointments = ژوانەکان
pdf-consult-documents = بەڵگەنامەکان
pdf-consult-pages = { $count ->
    [one] 1 پەڕە
   *[other] { $count } پەڕە
}
pdf-consult-valid-until = بە کار دێت تا { $date }
pdf-consult-served = ڕادەستکراوە لە { $date }
pdf-consult-received = وەرگیراوە لە { $date }
pdf-consult-letter-date = نامەی { $date }
pdf-consult-log = ڕاوێژەکانی پێشوو
pdf-consult-notes = تێبینییەکانی ڕاوێژ
pdf-consult-own-notes = تێبینییەکانی خۆم
pdf-consult-none = هیچ تۆمارێک نییە.
pdf-consult-scan = سکان: { $title }، پەڕەی { $page } لە { $count }
pdf-consult-privacy = ئەم چاپکراوە زانیاریی کەسیی تێدایە. کەسەکە خۆی هەڵیبژاردووە چی تێدا بێت. تکایە کۆپی مەکەن و مەیدەن بە کەسی تر، و دوای ڕاوێژەکە بیگەڕێننەوە یان لەناوی ببەن.
