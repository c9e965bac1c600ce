# Mein Ordner: the app shell, in Pashto. Translated from locales/de/app.ftl (the source).
app-name = زما فولډر
app-tagline = ستاسو مهم اسناد. په ترتیب سره. په الماني او ستاسو په خپله ژبه.
app-country = آلمان
app-skip-to-content = منځپانګې ته لاړ شئ
app-home = عمومي کتنه
app-back = شاته
app-language = ژبه
app-change-language = ژبه بدله کړئ
app-loading = بارېږي …
app-offline-ready = اپلیکیشن اوس پرته له انټرنېټه هم کار کوي.
app-update-ready = نوې نسخه چمتو ده.
app-update-now = اوس یې بیا بار کړئ
app-load-error = متنونه بار نه شول. مهرباني وکړئ پاڼه بیا بار کړئ.
app-not-reviewed = دا ژباړه تر اوسه داسې چا نه ده کتلې چې پښتو یې مورنۍ ژبه وي.
app-tabs-heading = لس برخې
app-tab-open = برخه { $number } پرانیزئ
app-privacy-note = ستاسو معلومات په همدې وسیله کې پاتې کېږي. اپلیکیشن انټرنېټ ته هېڅ نه لېږي.

lang-choose-title = خپله ژبه وټاکئ
lang-choose-hint = الماني ژبه تل تر څنګ ښودل کېږي.
