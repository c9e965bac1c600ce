# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = چاپ چمتو کېږي …
print-working-load = فونټونه او متنونه بارېږي …
print-working-pages = پاڼې ترتیبېږي …
print-done = بشپړ شو. پاڼې: { $pages } · اندازه: { $size } · وخت: { $seconds } ثانیې
print-error-worker = چاپ پیل نه شو. مهرباني وکړئ پاڼه بیا بار کړئ او بیا هڅه وکړئ.
print-error-offline = د چاپ فونټونه لا په دې وسیله کې نشته. اپ یو ځل له انټرنېټ سره پرانیزئ او بیا هڅه وکړئ.
print-error-font = د چاپ یو فونټ فایل خراب دی. مهرباني وکړئ پاڼه بیا بار کړئ.
print-error-pack = د ښار فایل نه لوستل کېږي. مهرباني وکړئ په «ښار وټاکئ» کې یې وګورئ.
print-error-scan = د سکن شویو اسنادو { $index } پاڼه د لوستلو وړ JPEG انځور نه دی. مهرباني وکړئ دا پاڼه بیا سکن کړئ.
print-error-internal = PDF جوړ نه شو. مهرباني وکړئ بیا هڅه وکړئ.
print-blank-open = تش فولډر چاپول (د دفترونو لپاره)
print-blank-title = تش فولډر چاپول
print-blank-intro = د دفترونو او مشورې مرکزونو لپاره: د چاپ لپاره تش فولډر، په الماني او یوه دویمه ژبه، د یو ښار له پتو سره. A4، د سوري کولو لپاره له څنډې سره.
print-blank-language = دویمه ژبه
print-blank-german-only = یوازې الماني
print-blank-unreviewed = دا ژباړه لا هیچا چې دا یې مورنۍ ژبه وي نه ده کتلې.
print-blank-town = ښار
print-blank-town-none = بې ښاره (د ډکولو لپاره تشې کرښې)
print-blank-town-file = بار شوی فایل: { $file }
print-blank-town-load = د یو ښار فایل بارول
print-blank-button = فولډر د PDF په توګه جوړول
print-recovery-pdf = PDF جوړول
print-consult-open = د مشورې لپاره اسناد چاپول
print-consult-title = د مشورې لپاره اسناد
print-consult-intro = تاسو پخپله ټاکئ چې په چاپ کې څه وي. لومړی د مشاور لپاره لنډیز راځي: څه شته، څه نشته، څه ژر وخت ته رسېږي.
print-consult-tabs = برخې
print-consult-personal = شخصي
print-consult-locked = ستاسو فولډر قفل دی. نښې، نوم، یادښتونه او اسناد یوازې هغه وخت شته چې فولډر خلاص وي.
print-consult-open-folder = فولډر خلاصول
print-consult-ticks = ښودل چې په لیستونو کې څه شوي دي
print-consult-name = زما نوم چاپول
print-consult-name-field = نوم
print-consult-notes = زما یادښتونه چاپول
print-consult-documents = اسناد
print-consult-deadlines = مودې
print-consult-appointments = ملاقاتونه
print-consult-log = پخوانۍ مشورې
print-consult-nothing = لا هیڅ نه دي خوندي شوي.
print-consult-privacy = په چاپ کې شخصي معلومات دي. یوازې هغو خلکو ته یې ورکړئ چې باور پرې لرئ. اپ هیڅ نه لېږي.
print-consult-button = چاپ د PDF په توګه جوړول

# A finished file: print, share or save (#12 §1)
print-ready = فایل چمتو دی. تر اوسه چېرته نه دی خوندي شوی. وټاکئ چې ورسره څه وکړئ.
print-print = چاپ
print-share = شریکول (د بېلګې په توګه د پرنټر له اپ سره)
print-save-file = د فایل په توګه خوندي کول
print-save-warning = پام وکړئ: خوندي شوی فایل ساتل شوی نه دی. هر څوک چې دا وسیله کاروي، کولی شي هغه پرانیزي. له چاپ وروسته فایل ړنګ کړئ.
print-save-warning-key = په دې فایل هر څوک ستاسو فولډر پرانیستلی شي. یوازې هغه وخت یې خوندي کړئ چې په بله لاره یې چاپ نه شئ کولی.
print-saved = د { $file } په نوم خوندي شو.
print-saved-personal = د { $file } په نوم خوندي شو. له چاپ وروسته فایل د ډاونلوډونو له فولډر څخه ړنګ کړئ.
print-print-failed = چاپ پیل نه شو. تاسو کولی شئ فایل شریک یا خوندي کړئ.
print-share-failed = شریکول ونه شول. تاسو کولی شئ فایل چاپ یا خوندي کړئ.
print-save-failed = فایل خوندي نه شو.
