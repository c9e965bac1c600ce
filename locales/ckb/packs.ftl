### Content packs of a town: results of checking a pack file, in Kurdish Sorani. From locales/de/packs.ftl.
### Field names and values stay as they are in the file.

pack-error-summary = { $file }: { $count ->
        [one] 1 هەڵە.
       *[other] { $count } هەڵە.
    } پاکێجەکە بار نەکرا. ناوەڕۆکی پێشوو وەک خۆی دەمێنێتەوە.
pack-warning-missing-languages = تێبینی: { $file }، دێڕی { $line }، { $field }: بەم زمانانە دەق نییە: { $languages }. ئەپەکە لەوێ دەقە ئەڵمانییەکە نیشان دەدات.
pack-warning-unprintable = تێبینی: { $file }، دێڕی { $line }، { $field }: ئەم نیشانانە چاپ ناکرێن: { $chars }. لە وەشانی چاپکراودا لە جێیان «{ "\uFFFD" }» دەردەکەوێت.
pack-check-ok = { $file }: پاکێجی { $town } باشە: { $contacts ->
        [one] 1 پەیوەندی
       *[other] { $contacts } پەیوەندی
    }، { $items ->
        [one] 1 خاڵ
       *[other] { $items } خاڵ
    } بۆ لیستەکانی پشکنین، { $tips ->
        [one] 1 ئامۆژگاری.
       *[other] { $tips } ئامۆژگاری.
    }

pack-error-syntax = { $file }، دێڕی { $line }: فایلەکە بە شێوەی TOML دروست نییە. نیشانەکانی وتە، کەوانەکان و نیشانەکانی یەکسانی بپشکنن. ({ $detail })
pack-error-too-large = { $file }: فایلەکە زۆر گەورەیە. لە { $max } KB زیاتر ڕێگەپێدراو نییە.
pack-error-not-utf8 = { $file }، دێڕی { $line }: فایلەکە بە UTF-8 پاشەکەوت نەکراوە. بە UTF-8 پاشەکەوتی بکەن.
pack-error-unreadable = { $file }: فایلەکە ناخوێندرێتەوە. ({ $detail })
pack-error-unsupported-format = { $file }، دێڕی { $line }، { $field }: ئەم ئەپە وەشانی فۆرماتی { $found } ناناسێت. وەشانەکانی فۆرماتی 1 تا { $supported } دەخوێنێتەوە.
pack-error-missing-field = { $file }، دێڕی { $line }: خانەی «{ $field }» نییە.
pack-error-unknown-field = { $file }، دێڕی { $line }: خانەیەک بە ناوی «{ $field }» بوونی نییە. ئایا بە هەڵە نووسراوە؟
pack-error-wrong-type = { $file }، دێڕی { $line }، { $field }: لێرە { $found ->
        [string] دەقێک
        [integer] ژمارەیەکی تەواو
        [float] ژمارەیەکی دەیی
        [boolean] بەهایەکی ڕاست یان هەڵە
        [datetime] بەروارێک
        [array] لیستێک
        [table] خشتەیەک
       *[other] بەهایەکی تر
    } هەیە، بەڵام { $expected ->
        [string] دەقێک لە ناو نیشانەکانی وتەدا
        [integer] ژمارەیەکی تەواو
        [boolean] true یان false
        [array] لیستێک لە ناو کەوانەی چوارگۆشەدا
        [table] خشتەیەک
       *[other] بەهایەکی تر
    } چاوەڕوان دەکرێت.
pack-error-empty = { $file }، دێڕی { $line }، { $field }: خانەکە بەتاڵە. ئەگەر بەهاکە نازانن، خانەکە بە تەواوی لابەرن.
pack-error-too-long = { $file }، دێڕی { $line }، { $field }: دەقەکە زۆر درێژە. لە { $max } پیت زیاتر ڕێگەپێدراو نییە.
pack-error-invalid-key = { $file }، دێڕی { $line }، { $field }: «{ $value }» کلیلێکی دروست نییە. ڕێگەپێدراو: پیتی بچووکی a تا z، ژمارە و خەتی ناوەڕاستی تاک (-).
pack-error-duplicate-key = { $file }، دێڕی { $line }، { $field }: «{ $value }» دوو جار لە فایلەکەدا هاتووە.
pack-error-unknown-tab = { $file }، دێڕی { $line }، { $field }: بەشێک بە ناوی «{ $value }» بوونی نییە. بەشە گونجاوەکان: { $allowed }.
pack-error-unknown-doctype = { $file }، دێڕی { $line }، { $field }: جۆرە بەڵگەنامەیەک بە ناوی «{ $value }» بوونی نییە.
pack-error-unknown-contact-type = { $file }، دێڕی { $line }، { $field }: جۆرە پەیوەندییەک بە ناوی «{ $value }» بوونی نییە.
pack-error-unknown-text-language = { $file }، دێڕی { $line }، { $field }: ئەپەکە ناتوانێت دەق بە زمانی «{ $value }» نیشان بدات. زمانە گونجاوەکان: { $allowed }.
pack-error-invalid-language-code = { $file }، دێڕی { $line }، { $field }: «{ $value }» کۆدی زمان نییە. 2 یان 3 پیتی بچووک بنووسن، بۆ نموونە de، en یان ar.
pack-error-missing-german = { $file }، دێڕی { $line }، { $field }: دەقی ئەڵمانی (de) نییە. ئەڵمانی هەمیشە پێویستە.
pack-error-invalid-phone = { $file }، دێڕی { $line }، { $field }: «{ $value }» ژمارەی تەلەفۆن نییە. ڕێگەپێدراو: ژمارە، بۆشایی و ئەم نیشانانە + / - ( ).
pack-error-invalid-email = { $file }، دێڕی { $line }، { $field }: «{ $value }» ناونیشانی ئیمەیڵ نییە.
pack-error-invalid-web = { $file }، دێڕی { $line }، { $field }: «{ $value }» ناونیشانی ئینتەرنێت نییە. دەبێت بە https:// یان http:// دەست پێ بکات.
pack-error-invalid-date = { $file }، دێڕی { $line }، { $field }: «{ $value }» بەروار نییە. بەم شێوەیە بینووسن: 2025-03-31.
pack-error-unknown-entry = { $file }، دێڕی { $line }، { $field }: «{ $value }» لە ناوەڕۆکی بنەڕەتیدا نییە. تەنها ئەو بابەتانە دەشاردرێنەوە (hidden) کە بوونیان هەیە.
