### Content packs of a town: results of checking a pack file, in Pashto. From locales/de/packs.ftl.
### Field names and values stay as they are in the file.

pack-error-summary = { $file }: { $count ->
        [one] 1 تېروتنه.
       *[other] { $count } تېروتنې.
    } پکېج بار نه شو. پخوانۍ منځپانګه هماغسې پاتې ده.
pack-warning-missing-languages = پام: { $file }، کرښه { $line }، { $field }: په دې ژبو کې متن نشته: { $languages }. اپلیکیشن هلته الماني متن ښيي.
pack-warning-unprintable = پام: { $file }، کرښه { $line }، { $field }: دا توري نه شي چاپېدای: { $chars }. په چاپ شوې نسخه کې د هغو پر ځای «{ "\uFFFD" }» راځي.
pack-check-ok = { $file }: د { $town } پکېج سم دی: { $contacts ->
        [one] 1 اړیکه
       *[other] { $contacts } اړیکې
    }، د کارونو د لېستونو لپاره { $items ->
        [one] 1 ټکی
       *[other] { $items } ټکي
    }، { $tips ->
        [one] 1 لارښوونه.
       *[other] { $tips } لارښوونې.
    }

pack-error-syntax = { $file }، کرښه { $line }: دا فایل سم TOML نه دی. د نقل قول نښې، قوسونه او د مساوي نښې وګورئ. ({ $detail })
pack-error-too-large = { $file }: فایل ډېر لوی دی. تر ټولو ډېر { $max } KB اجازه لري.
pack-error-not-utf8 = { $file }، کرښه { $line }: فایل د UTF-8 په بڼه نه دی خوندي شوی. هغه د UTF-8 په بڼه خوندي کړئ.
pack-error-unreadable = { $file }: فایل نه لوستل کېږي. ({ $detail })
pack-error-unsupported-format = { $file }، کرښه { $line }، { $field }: دا اپلیکیشن د بڼې نسخه { $found } نه پېژني. دا اپلیکیشن د بڼې نسخې له 1 څخه تر { $supported } پورې لوستلی شي.
pack-error-missing-field = { $file }، کرښه { $line }: د «{ $field }» ساحه نشته.
pack-error-unknown-field = { $file }، کرښه { $line }: د «{ $field }» په نوم ساحه نشته. ایا غلطه لیکل شوې ده؟
pack-error-wrong-type = { $file }، کرښه { $line }، { $field }: دلته { $found ->
        [string] یو متن
        [integer] یو بشپړ عدد
        [float] یو اعشاري عدد
        [boolean] یو منطقي ارزښت
        [datetime] یوه نېټه
        [array] یو لېست
        [table] یو جدول
       *[other] بل ارزښت
    } دی، خو { $expected ->
        [string] د نقل قول په نښو کې یو متن
        [integer] یو بشپړ عدد
        [boolean] true یا false
        [array] په مربع قوسونو کې یو لېست
        [table] یو جدول
       *[other] بل ارزښت
    } پکار دی.
pack-error-empty = { $file }، کرښه { $line }، { $field }: ساحه خالي ده. که ارزښت نه پېژنئ، ساحه په بشپړه توګه پرېږدئ.
pack-error-too-long = { $file }، کرښه { $line }، { $field }: متن ډېر اوږد دی. تر ټولو ډېر { $max } توري اجازه لري.
pack-error-invalid-key = { $file }، کرښه { $line }، { $field }: «{ $value }» سمه کیلي (key) نه ده. کوچني توري له a تر z، عددونه او یوازې یو یو خط تیره (-) اجازه لري.
pack-error-duplicate-key = { $file }، کرښه { $line }، { $field }: «{ $value }» په فایل کې دوه ځله راغلی دی.
pack-error-unknown-tab = { $file }، کرښه { $line }، { $field }: د «{ $value }» په نوم برخه نشته. ممکنې برخې: { $allowed }.
pack-error-unknown-doctype = { $file }، کرښه { $line }، { $field }: د «{ $value }» په نوم د سند ډول نشته.
pack-error-unknown-contact-type = { $file }، کرښه { $line }، { $field }: د «{ $value }» په نوم د اړیکې ډول نشته.
pack-error-unknown-text-language = { $file }، کرښه { $line }، { $field }: اپلیکیشن په «{ $value }» ژبه متنونه نه شي ښودلای. ممکنې ژبې: { $allowed }.
pack-error-invalid-language-code = { $file }، کرښه { $line }، { $field }: «{ $value }» د ژبې کوډ نه دی. 2 یا 3 کوچني توري ولیکئ، د بېلګې په توګه de، en یا ar.
pack-error-missing-german = { $file }، کرښه { $line }، { $field }: الماني متن (de) نشته. الماني تل اړین دی.
pack-error-invalid-phone = { $file }، کرښه { $line }، { $field }: «{ $value }» د ټیلیفون شمېره نه ده. عددونه، تش ځایونه او دا نښې اجازه لري: + / - ( ).
pack-error-invalid-email = { $file }، کرښه { $line }، { $field }: «{ $value }» د برېښنالیک پته نه ده.
pack-error-invalid-web = { $file }، کرښه { $line }، { $field }: «{ $value }» د انټرنېټ پته نه ده. باید په https:// یا http:// پیل شي.
pack-error-invalid-date = { $file }، کرښه { $line }، { $field }: «{ $value }» نېټه نه ده. داسې یې ولیکئ: 2025-03-31.
pack-error-unknown-entry = { $file }، کرښه { $line }، { $field }: «{ $value }» په معیاري منځپانګه کې نشته. یوازې هغه توکي پټېدای (hidden) شي چې شتون لري.
