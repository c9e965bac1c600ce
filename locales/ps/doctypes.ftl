### Document types and deadline rules, in Pashto. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (د رارسېدو سند)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (د پناه غوښتنې په موده کې د اوسېدو اجازه)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (د اوسېدو اجازه لیک)
doctype-duldung = Duldung (د اخراج ځنډول)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (د اوسېدو لنډمهاله تصدیق)
doctype-bamf-einladung = د BAMF لیک چې د ملاقات وخت پکې وي (د بېلګې په توګه مرکه، Anhörung)
doctype-bamf-anhoerung = په BAMF کې د مرکې (Anhörung) لیکلی ریکارډ (Protokoll)
doctype-bamf-bescheid = د BAMF پرېکړه لیک (Bescheid)

## Geld

doctype-sozialamt-bescheid = د Sozialamt پرېکړه لیک (Bescheid، AsylbLG)
doctype-bezahlkarte = د پیسو کارت (Bezahlkarte)
doctype-jobcenter-bescheid = د Jobcenter پرېکړه لیک (Bescheid، Bürgergeld)
doctype-kontovertrag = د بانک اسناد
doctype-steuer-id = د مالیې د پېژندنې شمېره (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = د راډیو او تلویزیون له فیس (Rundfunkbeitrag) نه معافیت

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (د پتې د ثبت تصدیق)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (د کور د مالک تاییدیه)
doctype-mietvertrag = د کرایې تړون (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، د ټولنیز کور د حق سند)
doctype-energievertrag = د برېښنا یا ګاز تړون

## Deutsch lernen

doctype-integrationskurs-berechtigung = د ادغام کورس (Integrationskurs) لپاره اجازه (Berechtigung)
doctype-kurs-anmeldung = د ژبې کورس لپاره نوم لیکنه
doctype-teilnahmebestaetigung = له کورس نه د ګډون تصدیق (Teilnahmebestätigung)
doctype-sprachzertifikat = د ژبې سند (Sprachzertifikat، د بېلګې په توګه DTZ)
doctype-leben-in-deutschland = د «Leben in Deutschland» (په آلمان کې ژوند) سند

## Kinder und Familie

doctype-kita-anmeldung = د وړکتون (Kita) نوم لیکنه یا کوپون (Gutschein)
doctype-schulanmeldung = د ښوونځي نوم لیکنه
doctype-kindergeld-bescheid = د Familienkasse پرېکړه لیک (د ماشوم پیسې، Kindergeld)
doctype-kinderuntersuchungsheft = د ماشوم د معایناتو ژېړه کتابچه (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = د کار اجازه (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = د کار تړون (Arbeitsvertrag)
doctype-lohnabrechnung = د معاش پاڼه (Lohnabrechnung)
doctype-sozialversicherungsausweis = د ټولنیزې بیمې کارت (Sozialversicherungsausweis)
doctype-lebenslauf = د ژوند لیک او د کار غوښتنلیک

## Berufsausbildung und Studium

doctype-schulzeugnis = د ښوونځي شهادتنامه (Schulzeugnis)
doctype-berufszeugnis = د مسلک یا پوهنتون شهادتنامه
doctype-anerkennungsbescheid = د سند (Abschluss) د منلو پرېکړه لیک (Bescheid)
doctype-ausbildungsvertrag = د مسلکي روزنې تړون (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = د روغتیا کارت (Gesundheitskarte)
doctype-behandlungsschein = د درملنې پاڼه (Behandlungsschein)
doctype-impfpass = د واکسین کتابچه (Impfpass)
doctype-arztbrief = د ډاکټر لیک یا د معاینې پایله (Befund)
doctype-krankmeldung = د ناروغۍ تصدیق (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = د مشورې یادښت
doctype-vollmacht = وکالت لیک (Vollmacht)
doctype-anwaltsschreiben = د وکیل یا محکمې لیک

## Weitere Dokumente

doctype-reisepass = پاسپورټ (Reisepass)
doctype-id-karte = د اصلي هېواد د پېژندنې کارت (تذکره)
doctype-geburtsurkunde = د زېږون سند (Geburtsurkunde)
doctype-heiratsurkunde = د واده سند (Heiratsurkunde)
doctype-fuehrerschein = د موټر چلولو جواز (Führerschein)
doctype-beglaubigte-uebersetzung = تصدیق شوې ژباړه (beglaubigte Übersetzung)
doctype-sonstiges = بل سند

## Deadline rules

deadline-not-legal-advice = دا ټاکلې موده یوازې د مرستې لپاره ده، حقوقي مشوره نه ده. سمدستي له یوه د مشورې مرکز یا له یوه وکیل نه پوښتنه وکړئ.
deadline-renew-before-expiry = دا سند یوازې د پای تر نېټې پورې اعتبار لري. نېټه په سند لیکل شوې ده. له دې نېټې نه مخکې په وخت سره د نوي سند یا تمدید غوښتنه وکړئ. { deadline-not-legal-advice }
deadline-asylum-decision = که BAMF ستاسو د پناه غوښتنه رد کړي، په اداري محکمه (Verwaltungsgericht) کې د دعوې (Klage) لپاره یوازې لږ وخت لرئ. دعوه یعنې: محکمه پرېکړه بیا ګوري. ټاکلې موده له هغې ورځې پیلېږي چې لیک تاسو ته سپارل کېږي. دا نېټه په ژېړ پاکټ لیکل شوې ده. { deadline-not-legal-advice }
deadline-asylum-unfounded = د «unbegründet» (بې بنسټه) په توګه رد شوی: دعوه (Klage) د لیک له سپارلو وروسته په 2 اونیو کې دننه. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = د «offensichtlich unbegründet» (ښکاره بې بنسټه) په توګه رد شوی: دعوه (Klage) او بېړنۍ غوښتنه (Eilantrag) د لیک له سپارلو وروسته په 1 اونۍ کې دننه. بېړنۍ غوښتنه محکمې ته یوه عاجله غوښتنه ده. { deadline-not-legal-advice }
deadline-asylum-inadmissible = د «unzulässig» (د منلو وړ نه) په توګه رد شوی: دعوه (Klage) او بېړنۍ غوښتنه (Eilantrag) د لیک له سپارلو وروسته په 1 اونۍ کې دننه. بېړنۍ غوښتنه محکمې ته یوه عاجله غوښتنه ده. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = تاسو د کډوال (Flüchtling) یا د پناه د حق لرونکي په توګه پېژندل شوي یاست: که ستاسو مېرمن، مېړه یا له 18 کلنۍ کم عمره ماشومان په بهر کې ژوند کوي، د کورنۍ د یوځای کېدو (Familiennachzug) غوښتنلیک په 3 میاشتو کې دننه ورکړئ. بیا اړتیا نشته چې ثابت کړئ چې کافي پیسې او د اوسېدو ځای لرئ. تاسو کولای شئ غوښتنلیک پخپله په آلمان کې هم ورکړئ، د بېلګې په توګه د بهرنیانو په اداره (Ausländerbehörde) کې. دا 3 میاشتې له هغې ورځې پیلېږي چې پرېکړه لیک (Bescheid) نور نه شي ننګول کېدای؛ خو اپلیکیشن له سپارلو (Zustellung) ورځې حسابوي، ترڅو ټاکلې موده هېڅکله ناوخته ونه ښودل شي. که ستاسو د غوښتنې یوه برخه رد شوې وي، ښايي په 2 اونیو کې دننه دعوه (Klage) اړینه وي. { deadline-not-legal-advice }
deadline-register-address = خپله پته کور ته له ننوتلو وروسته په 2 اونیو کې دننه په Bürgeramt (د ښاریانو دفتر) کې ثبت کړئ (Anmeldung). { deadline-not-legal-advice }
deadline-objection = له یوه Bescheid (پرېکړه لیک) سره موافق نه یاست؟ نو اعتراض (Widerspruch) کولای شئ، اکثره د لیک له ترلاسه کولو وروسته په 1 میاشت کې دننه. څنګه یې وکړئ، د Bescheid په پای کې لیکل شوي دي. { deadline-not-legal-advice }
deadline-tax-objection = د Familienkasse (د ماشومانو د مرستې دفتر) له Bescheid (پرېکړه لیک) سره موافق نه یاست؟ نو Einspruch (اعتراض) وکړئ، نه Widerspruch: د لیک له ترلاسه کولو وروسته په 1 میاشت کې دننه. څنګه یې وکړئ، د Bescheid په پای کې لیکل شوي دي. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = د خپل مسلکي سند د منلو په اړه له Bescheid (پرېکړه لیک) سره موافق نه یاست؟ نو د لیک له ترلاسه کولو وروسته 1 میاشت وخت لرئ. د ایالت په اساس، Widerspruch (اعتراض) کوئ یا په اداري محکمه کې Klage (دعوه). ستاسو لپاره کوم یو دی، د Bescheid په پای کې لیکل شوي دي. { deadline-not-legal-advice }
deadline-appointment = په وخت سره ملاقات (Termin) ته ورشئ. نه شئ راتلای؟ مخکې خبر ورکړئ او دلیل یې ووایئ. { deadline-not-legal-advice }
deadline-bamf-appointment = حتماً او په خپل وخت په BAMF کې دې ملاقات ته ورشئ. څوک چې له مهم دلیل پرته رانشي، د هغه د پناه غوښتنې بهیر بندېدای شي. نه شئ راتلای، د بېلګې په توګه ځکه چې ناروغ یاست؟ سمدستي له ملاقات مخکې BAMF ته خبر ورکړئ او ثبوت ولېږئ، د بېلګې په توګه د ډاکټر تصدیق. { deadline-not-legal-advice }
