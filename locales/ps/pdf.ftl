# Printed folders, in Pashto: blank folder for offices, recovery sheet, consultation printout.

## Blank folder

pdf-folder-subtitle = ستاسو د مهمو اسنادو فولډر
pdf-name = نوم
pdf-date = نېټه
pdf-town = ښار
pdf-town-placeholder = ستاسو ښار
pdf-notes = یادښتونه
pdf-contents = منځپانګه
pdf-not-reviewed-title = د ژباړې په اړه یادونه
pdf-howto-title = دا فولډر داسې وکاروئ
pdf-howto-1 = فولډر لس برخې لري. هره برخه یوه موضوع لري، د بېلګې په توګه پیسې یا استوګنه.
pdf-howto-2 = هر سند د اړوندې برخې شاته کېږدئ. تر ټولو نوی سند مخې ته ځي.
pdf-howto-3 = هره برخه د کارونو یو لېست لري. هغه څه په نښه کړئ چې تاسو یې لرئ. بیا وینئ چې څه لا نشته.
pdf-howto-4 = فولډر هر ملاقات ته له ځان سره یوسئ. په دې توګه ټول یو شی ویني، او تاسو اړ نه یاست چې هر څه دوه ځله تشریح کړئ.
pdf-howto-5 = نوي ملاقاتونه او ټاکلې مودې سمدستي د هغې برخې د یادښتونو په پاڼه ولیکئ.
pdf-divider-file-here = د دې موضوع اسناد د دې پاڼې شاته کېږدئ.
pdf-checklist-tick = هغه څه په نښه کړئ چې تاسو یې لرئ.
pdf-contact-blank = بله اداره
pdf-spine-title = د هغو فولډرونو د شا لیبل چې شا یې { $width } mm ده
pdf-spine-cut = پرې یې کړئ او د فولډر د شا په جېب کې یې کېږدئ.

## Recovery sheet

pdf-recovery-title = د بیا ترلاسه کولو پاڼه
pdf-recovery-intro = که خپل پټنوم مو هېر شي، په دې کیلي خپل معلومات بیا پرانیستلای شئ.
pdf-recovery-key = د بیا ترلاسه کولو کیلي
pdf-recovery-step-1 = Mein Ordner (زما فولډر) پرانیزئ او «پټنوم مو هېر دی؟» وټاکئ.
pdf-recovery-step-2 = QR کوډ سکن کړئ یا کیلي ټایپ کړئ.
pdf-recovery-step-3 = بیا یو نوی پټنوم وټاکئ.
pdf-recovery-warning = څوک چې دا پاڼه ولري، ستاسو معلومات پرانیستلای شي. په کور کې یې وساتئ، له ټیلیفون نه جلا، او په هغه فولډر کې یې مه ږدئ چې په ملاقاتونو کې یې ښیئ. هېچا ته یې مه ښیئ.
pdf-recovery-created = جوړ شوی په { $date }

## Consultation printout

pdf-consult-title = د مشورې لپاره اسناد
pdf-consult-summary = د مشورې لپاره لنډه کتنه
pdf-consult-for = د دې کس لپاره
pdf-consult-printed = چاپ شوی په { $date }
pdf-consult-tabs = برخې
pdf-consult-have = شته
pdf-consult-missing = لا نشته
pdf-consult-due = ټاکلې مودې او ملاقاتونه
pdf-consult-deadlines = ټاکلې مودې
pdf-consult-appointments = ملاقاتونه
pdf-consult-documents = اسناد
pdf-consult-pages = { $count ->
    [one] 1 پاڼه
   *[other] { $count } پاڼې
}
pdf-consult-valid-until = تر { $date } پورې اعتبار لري
pdf-consult-served = سپارل شوی په { $date }
pdf-consult-received = ترلاسه شوی په { $date }
pdf-consult-letter-date = د { $date } لیک
pdf-consult-log = پخوانۍ مشورې
pdf-consult-notes = د مشورې یادښتونه
pdf-consult-own-notes = زما یادښتونه
pdf-consult-none = هېڅ نشته.
pdf-consult-scan = سکن: { $title }، پاڼه { $page } له { $count } څخه
pdf-consult-privacy = په دې چاپ شوې پاڼه کې شخصي معلومات دي. دې کس پخپله ټاکلي چې پکې څه وي. مهرباني وکړئ کاپي یې مه کوئ او بل چا ته یې مه ورکوئ، او له مشورې وروسته یې بېرته ورکړئ یا یې له منځه یوسئ.
