### Content of the ten tabs, in Pashto. Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with a short
### explanation in Pashto. Numbers in Western digits, as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = قواعد او لارښوونې
tab-section-checklist = د کارونو لېست
tab-section-contacts = اړیکې

## Tab 1: Ankommen

tab-arrival-intro = دلته په آلمان کې خپل لومړني ګامونه مومئ. دا برخه ستاسو د اوسېدو او ستاسو د پناه غوښتنې د پروسې په اړه ده. د BAMF (د مهاجرت او کډوالو فدرالي اداره) او د Ausländerbehörde (د بهرنیانو اداره) ټول اسناد دلته کېږدئ.
tab-arrival-tip-gestattung-dabei = خپله Aufenthaltsgestattung (د پناه غوښتنې په موده کې د اوسېدو اجازه) تل له ځان سره ولرئ. پولیس او ادارې غواړي چې هغه وګوري.
tab-arrival-tip-briefe-oeffnen = هر لیک سمدستي پرانیزئ. ډېری لیکونه ټاکلې موده لري. ټاکلې موده د ځواب وروستۍ ورځ ده.
tab-arrival-tip-gelber-umschlag = د BAMF لیکونه اکثره په ژېړ پاکټ کې راځي. په پاکټ یوه نېټه لیکل شوې ده. پاکټ وساتئ: ټاکلې موده له همدې نېټې پیلېږي.
tab-arrival-tip-adresse = بل کور ته کډه کوئ؟ نوې پته سمدستي BAMF او Ausländerbehörde (د بهرنیانو اداره) ته ووایئ. کنه، مهم لیکونه تاسو ته نه رسېږي.
tab-arrival-tip-beratung-vor-anhoerung = له مرکې (Anhörung) مخکې د پناه غوښتنې د پروسې مشورې (Asylverfahrensberatung) ته ورشئ. دا مشوره اکثره وړیا ده.
tab-arrival-tip-anhoerung-alles-sagen = په مرکه (Anhörung) کې هر هغه څه ووایئ چې ستاسو د تېښتې لپاره مهم دي. ثبوتونه له ځان سره راوړئ، د بېلګې په توګه عکسونه یا اسناد.
tab-arrival-tip-dolmetscher = په مرکه کې ژباړونکی وي. که په هغه ښه نه پوهېږئ، سمدستي یې ووایئ.
tab-arrival-tip-duldung = Duldung (د اخراج ځنډول) د اوسېدو اجازه لیک نه دی. یوازې دا معنا لري: ستاسو اخراج د یو وخت لپاره ځنډول شوی (§ 60a AufenthG). له Duldung سره سمدستي یوه مشورتي مرکز ته ورشئ.
tab-arrival-tip-fiktionsbescheinigung = که تاسو تمدید د پای نېټې نه مخکې وغواړئ، ستاسو د اوسېدو اجازه لیک تر هغه د اعتبار وړ پاتې کېږي چې Ausländerbehörde (د بهرنیانو اداره) پرېکړه وکړي. Fiktionsbescheinigung همدا ښيي (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = کېدای شي ستاسو په سند Wohnsitzauflage (د استوګنې د ځای شرط) لیکل شوی وي: بیا باید په همغه ځای کې اوسېږئ (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (ځایي محدودیت) معنا دا ده: تاسو نشئ کولای بې اجازې یوه سیمه پرېږدئ (§ 56 AsylG, § 61 AufenthG). له کډې یا سفر نه مخکې له Ausländerbehörde (د بهرنیانو اداره) پوښتنه وکړئ.

check-ankunftsnachweis = Ankunftsnachweis (د رارسېدو سند) په ښه توګه وساتئ
check-ankunftsnachweis-hint = دا په آلمان کې ستاسو لومړنی سند دی. تاسو یې له راجستر کېدو وروسته ترلاسه کوئ.
check-aufenthaltsgestattung = د پناه غوښتنلیک له ورکولو وروسته Aufenthaltsgestattung (د اوسېدو اجازه) ترلاسه کړئ
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung ښيي چې تاسو د پناه غوښتنې د پروسې په موده کې په آلمان کې پاتې کېدای شئ. تل یې له ځان سره ولرئ.
check-gestattung-verlaengern = Aufenthaltsgestattung (د اوسېدو اجازه) تمدید کړئ — د پای نېټې نه مخکې
check-gestattung-verlaengern-hint = د پای نېټه په سند لیکل شوې ده. له دې نېټې نه مخکې په وخت سره Ausländerbehörde (د بهرنیانو اداره) ته ورشئ. { deadline-not-legal-advice }
check-anhoerung = په BAMF کې مرکې (Anhörung) ته ورشئ
check-anhoerung-hint = مرکه ستاسو د تېښتې په اړه یوه خبرې اترې ده. د مرکې وخت د BAMF په لیک کې لیکل شوی دی. په وخت راشئ او ټول اسناد له ځان سره راوړئ.
check-adresse-mitteilen = نوې پته سمدستي BAMF او Ausländerbehörde (د بهرنیانو اداره) ته ووایئ
check-adresse-mitteilen-hint = BAMF لیکونه هغې وروستۍ پتې ته لېږي چې ورته معلومه ده. ټاکلې موده هغه وخت هم پیلېږي چې تاسو لیک نه وي ترلاسه کړی.
check-bamf-bescheid = د BAMF پرېکړه لیک (Bescheid) سمدستي د مشورې مرکز ته یوسئ
check-bamf-bescheid-hint = Bescheid هغه لیک دی چې پرېکړه پکې وي. د ژېړ پاکټ نېټه ولیکئ. که ستاسو غوښتنه رد شي، په محکمه کې د دعوې (Klage) لپاره یوازې 1 یا 2 اونۍ وخت لرئ. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = د پناه غوښتنې له منل کېدو وروسته: په Ausländerbehörde (د بهرنیانو اداره) کې د Aufenthaltserlaubnis (د اوسېدو اجازه لیک) غوښتنه وکړئ
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (د اوسېدو اجازه لیک) هم د پای نېټه لري. د تمدید غوښتنه له دې نېټې نه مخکې په وخت سره وکړئ. { deadline-not-legal-advice }
check-duldung = Duldung د پای نېټې نه مخکې تمدید کړئ
check-duldung-hint = Duldung یوازې په سند لیکل شوې نېټې پورې اعتبار لري. له دې نېټې نه مخکې په وخت سره Ausländerbehörde (د بهرنیانو اداره) ته ورشئ. له مشورتي مرکز نه وپوښتئ چې ایا تاسو د اوسېدو اجازه لیک اخیستلای شئ (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung وساتئ او د پای نېټې نه مخکې یې تمدید کړئ
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung ښيي: ستاسو غوښتنه روانه ده، او تر پرېکړې پورې پاتې کېدای شئ (§ 81 Abs. 5 AufenthG). دا هم د پای نېټه لري. له دې نېټې نه مخکې په وخت سره Ausländerbehörde (د بهرنیانو اداره) ته ورشئ. { deadline-not-legal-advice }
check-wohnsitzauflage = خپل سند وګورئ: Wohnsitzauflage یا räumliche Beschränkung؟
check-wohnsitzauflage-hint = ایا ستاسو په سند «Wohnsitzauflage» یا «räumlich beschränkt» لیکل شوي؟ نو له کډې یا سفر نه مخکې له Ausländerbehörde (د بهرنیانو اداره) پوښتنه وکړئ (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بې اجازې جریمه یا سزا کېدای شي.

## Tab 2: Geld

tab-money-intro = دا برخه د ژوند لپاره د پیسو په اړه ده. د پناه غوښتنې د پروسې په موده کې اکثره Sozialamt (د ټولنیزو چارو اداره) مرسته کوي، وروسته اکثره Jobcenter (د کار او مرستې اداره). پرېکړه لیکونه (Bescheide)، د بانک اسناد او د مالیې اسناد دلته کېږدئ.
tab-money-tip-bescheid = Bescheid (پرېکړه لیک) د یوې ادارې لیک دی چې پرېکړه پکې وي. هر Bescheid وساتئ.
tab-money-tip-aenderungen-melden = که څه بدلېږي، سمدستي ادارې ته ووایئ: نوې پته، نوی کار، یو ماشوم، ډېرې پیسې. کنه، کېدای شي چې پیسې بېرته ورکړئ.
tab-money-tip-bezahlkarte = ځینې ښارونه د نغدو پیسو پر ځای د پیسو کارت (Bezahlkarte) ورکوي. PIN پټ وساتئ.
tab-money-tip-basiskonto = په آلمان کې هر انسان د بنسټیز بانکي حساب (Basiskonto) حق لري. دا حق هغه وخت هم شته چې تاسو Aufenthaltsgestattung (د اوسېدو اجازه) یا Duldung (د اخراج ځنډول) لرئ.
tab-money-tip-haustuer = د کور په دروازه یا په ټیلیفون هېڅ تړون لاسلیک مه کوئ. مخکې له دې، د مشورې له یوه مرکز نه پوښتنه وکړئ.
tab-money-tip-schulden = پورونه لرئ یا د ورکړې یادونې (Mahnungen) درته راغلې دي؟ وخت مخکې د پورونو مشورې (Schuldnerberatung) ته ورشئ. دا مشوره اکثره وړیا ده.

check-asylblg-leistungen = په Sozialamt (د ټولنیزو چارو اداره) کې د مرستو غوښتنه وکړئ
check-asylblg-leistungen-hint = د پناه غوښتنې د پروسې په موده کې اکثره Sozialamt پیسې ورکوي. د دې قانون نوم Asylbewerberleistungsgesetz (AsylbLG) دی.
check-buergergeld = د پناه غوښتنې له منل کېدو وروسته: په Jobcenter کې د Bürgergeld (بنسټیزه مالي مرسته) غوښتنه وکړئ
check-buergergeld-hint = په قانون کې د Bürgergeld نوم Grundsicherung für Arbeitsuchende (د کار لټونکو لپاره بنسټیزه مالي مرسته) دی. غوښتنه سمدستي وکړئ: Jobcenter یوازې له هغې میاشتې پیسې ورکوي چې تاسو پکې غوښتنه کړې وي.
check-widerspruch = هر Bescheid (پرېکړه لیک) د یو چا په مرسته وڅېړئ — اعتراض (Widerspruch) په 1 میاشت کې دننه
check-widerspruch-hint = تاسو فکر کوئ چې یوه پرېکړه غلطه ده؟ نو تاسو اعتراض (Widerspruch) کولای شئ، اکثره یوازې په 1 میاشت کې دننه. څنګه یې وکړئ، د Bescheid (پرېکړه لیک) په پای کې لیکل شوي دي. { deadline-not-legal-advice }
check-bankkonto = بانکي حساب پرانیزئ
check-bankkonto-hint = خپل پاسپورټ یا خپله Aufenthaltsgestattung (د اوسېدو اجازه) له ځان سره یوسئ. بانک باید تاسو ته بنسټیز حساب (Basiskonto) درکړي.
check-steuer-id = د مالیې د پېژندنې شمېره (Steuer-Identifikationsnummer) وساتئ
check-steuer-id-hint = دا د پتې له ثبت (Anmeldung) وروسته په پوسټ راځي. تاسو دې ته د کار او د ماشوم د پیسو (Kindergeld) لپاره اړتیا لرئ.
check-rundfunkbeitrag = د راډیو او تلویزیون له فیس (Rundfunkbeitrag) نه د معافیت غوښتنه وکړئ
check-rundfunkbeitrag-hint = Rundfunkbeitrag د راډیو او تلویزیون لپاره یو فیس دی. څوک چې له Sozialamt (د ټولنیزو چارو اداره) یا Jobcenter نه پیسې اخلي، کولای شي معاف شي. د دې لپاره د خپل Bescheid (پرېکړه لیک) یوه کاپي ولېږئ.

## Tab 3: Wohnen

tab-housing-intro = دا برخه ستاسو د کور په اړه ده. دلته د اوسېدو قواعد او د پتې د ثبت (Anmeldung) لارښوونې مومئ. د کرایې تړون (Mietvertrag) او Meldebescheinigung (د پتې د ثبت تصدیق) دلته کېږدئ.
tab-housing-tip-hausordnung = هر کور خپل قواعد (Hausordnung) لري. اکثره له 22 بجو تر 6 بجو پورې د شپې ارام وخت وي. په دې وخت کې ټول باید چوپ وي.
tab-housing-tip-muell = کثافات جلا کړئ: کاغذ، بسته بندي، شیشه، عضوي کثافات (Bio-Müll) او پاتې کثافات (Restmüll). د کثافاتو د ډبو رنګونه په هر ښار کې توپیر لري.
tab-housing-tip-lueften = په ورځ کې څو ځله د څو دقیقو لپاره کړکۍ بشپړې پرانیزئ. په دې توګه پوپنه نه جوړېږي.
tab-housing-tip-kaution = ضمانت (Kaution) هغه پیسې دي چې د کور مالک ته د ډاډ لپاره ورکول کېږي. کله چې له کوره ووځئ او کور سم وي، دا پیسې بېرته درکول کېږي.
tab-housing-tip-kuendigen = غواړئ له کوره ووځئ؟ تړون په لیکلي ډول فسخ کړئ. اکثره باید 3 میاشتې مخکې یې فسخ کړئ. ایا کومه اداره ستاسو کرایه ورکوي؟ نو مخکې له هغې ادارې نه هم پوښتنه وکړئ.

check-wohnungsgeberbestaetigung = له کور مالک نه Wohnungsgeberbestätigung (د کور د مالک تاییدیه) واخلئ
check-wohnungsgeberbestaetigung-hint = کور مالک باید دا تاسو ته کور ته د ننوتلو پر وخت درکړي. تاسو دې ته د پتې د ثبت (Anmeldung) لپاره اړتیا لرئ.
check-anmeldung = په Bürgeramt (د ښاریانو دفتر) کې د پتې ثبت (Anmeldung) — کور ته له ننوتلو وروسته په 2 اونیو کې دننه
check-anmeldung-hint = Wohnungsgeberbestätigung (د کور د مالک تاییدیه) او خپل پاسپورټ یا خپله Aufenthaltsgestattung (د اوسېدو اجازه) له ځان سره راوړئ. بیا تاسو Meldebescheinigung (د پتې د ثبت تصدیق) ترلاسه کوئ. { deadline-not-legal-advice }
check-umzug-fragen = له کډې مخکې له Sozialamt (د ټولنیزو چارو اداره) یا Jobcenter نه پوښتنه وکړئ
check-umzug-fragen-hint = اداره اکثره باید نوی کور مخکې له مخکې ومني. کنه، کېدای شي کرایه ورنه کړي. د پناه غوښتنې د پروسې په موده کې له Ausländerbehörde (د بهرنیانو اداره) نه هم پوښتنه وکړئ.
check-mietvertrag = د کرایې تړون (Mietvertrag) له لاسلیک نه مخکې د یو چا په مرسته وڅېړئ
check-mietvertrag-hint = له یو چا وغواړئ چې تړون درته تشریح کړي. یوه کاپي یې وساتئ.
check-wohnberechtigungsschein = د Wohnberechtigungsschein (WBS، د ټولنیز کور د حق سند) غوښتنه وکړئ
check-wohnberechtigungsschein-hint = د ټولنیز کور لپاره WBS ته اړتیا لرئ. که ستاسو عاید ټیټ وي، دا په Wohnungsamt (د کور اداره) کې ترلاسه کوئ.
check-energie = د برېښنا او ګاز لپاره نوم ثبت کړئ
check-energie-hint = کور ته د ننوتلو په ورځ د میټرونو شمېرې ولیکئ. له هغو نه عکس هم واخلئ.
check-briefkasten = خپل نوم د لیکونو په صندوق او د دروازې په زنګ ولیکئ
check-briefkasten-hint = کنه، مهم لیکونه تاسو ته نه رسېږي. ټاکلې موده بیا هم روانه وي.

## Tab 4: Deutsch lernen

tab-german-intro = الماني ژبه له تاسو سره په کار، ښوونځي او ورځني ژوند کې مرسته کوي. دلته د ژبې کورس ته لاره مومئ. د کورس اسناد او سندونه (Zertifikate) دلته کېږدئ.
tab-german-tip-jeden-tag = هره ورځ لږ زده کړئ. 15 دقیقې هم ګټه کوي.
tab-german-tip-integrationskurs = د ادغام کورس (Integrationskurs) دوه برخې لري: د ژبې کورس او د لارښوونې کورس (Orientierungskurs). د لارښوونې په کورس کې د آلمان د ژوند په اړه ډېر څه زده کوئ.
tab-german-tip-kosten = که اجازه (Berechtigung) ولرئ، د ادغام کورس (Integrationskurs) لږ پیسې لري یا وړیا دی.
tab-german-tip-kinderbetreuung = واړه ماشومان لرئ؟ د داسې کورس پوښتنه وکړئ چې د ماشومانو ساتنه پکې وي.
tab-german-tip-sprechen = هر چېرې چې کېدای شي الماني خبرې وکړئ: د پېرلو پر وخت، له ګاونډیانو سره، د سپورټ په کلب کې. ډېری ښارونه د ژبې کافې (Sprachcafé) هم لري.

check-integrationskurs-berechtigung = د ادغام کورس (Integrationskurs) لپاره اجازه (Berechtigung) ترلاسه کړئ
check-integrationskurs-berechtigung-hint = په Ausländerbehörde (د بهرنیانو اداره)، Jobcenter یا BAMF کې پوښتنه وکړئ.
check-kurs-anmelden = د کورس په یوه اداره (Kursträger) کې نوم ثبت کړئ
check-kurs-anmelden-hint = د کورس ادارې د بېلګې په توګه Volkshochschule (د لویانو د زده کړې مرکز) او د ژبې ښوونځي دي. د مهاجرت مشوره (Migrationsberatung) د لټون په کار کې مرسته کوي.
check-kurs-teilnahme = په منظم ډول کورس ته ورشئ
check-kurs-teilnahme-hint = ناروغه یاست؟ د کورس ادارې ته ووایئ او د ناروغۍ تصدیق (Krankmeldung) ورسره راوړئ.
check-dtz = د «Deutsch-Test für Zuwanderer» (DTZ، د مهاجرو لپاره د الماني ژبې ازموینه) ازموینه ورکړئ
check-dtz-hint = د ژبې د کورس په پای کې ازموینه وي. سند (Zertifikat) د کار او د اوسېدو لپاره مهم دی.
check-lid-test = د «Leben in Deutschland» (په آلمان کې ژوند) ازموینه ورکړئ
check-lid-test-hint = دا ازموینه د لارښوونې کورس (Orientierungskurs) په پای کې وي.
check-berufssprachkurs = وروسته په مسلکي ژبې کورس (Berufssprachkurs) کې ګډون وکړئ
check-berufssprachkurs-hint = په Berufssprachkurs کې د کار لپاره الماني ژبه زده کوئ. په Jobcenter یا Agentur für Arbeit (د کار اداره) کې پوښتنه وکړئ.

## Tab 5: Kinder und Familie

tab-family-intro = دا برخه ستاسو د ماشومانو او کورنۍ په اړه ده: وړکتون (Kita)، ښوونځی، د ماشوم پیسې (Kindergeld) او روغتیا. د زېږون سندونه (Geburtsurkunden) او د وړکتون او ښوونځي د نوم لیکنې اسناد دلته کېږدئ.
tab-family-tip-schulpflicht = په آلمان کې ټول ماشومان باید ښوونځي ته لاړ شي. ښوونځی وړیا دی.
tab-family-tip-kita = ماشومان په وړکتون (Kita) کې ژر الماني زده کوي. خپل ماشوم وخت مخکې ثبت کړئ: اکثره د انتظار لېست وي.
tab-family-tip-elterngespraech = له وړکتون او ښوونځي سره د خبرو غونډو ته ورشئ. که ژباړونکي ته اړتیا لرئ، د هغه غوښتنه وکړئ.
tab-family-tip-gewalt = په آلمان کې پر ماشومانو تاوتریخوالی منع دی، په کورنۍ کې هم. مرسته په Jugendamt (د ماشومانو او ځوانانو اداره) او د مشورې په مرکزونو کې شته.
tab-family-tip-geburt = ستاسو ماشوم په آلمان کې زېږېدلی دی؟ زېږون په Standesamt (د مدني احوالو دفتر) کې ثبت کړئ. له یوه د مشورې مرکز نه وپوښتئ چې د ماشوم لپاره په Ausländerbehörde (د بهرنیانو اداره) او BAMF کې څه باید وکړئ.

check-geburtsurkunden-kinder = د ماشومانو د زېږون سندونه (Geburtsurkunden) چمتو وساتئ
check-geburtsurkunden-kinder-hint = ستاسو ماشوم په آلمان کې زېږېدلی دی؟ نو د زېږون سند په Standesamt (د مدني احوالو دفتر) کې ترلاسه کوئ.
check-kita = په وړکتون (Kita) کې ځای ولټوئ او ماشوم ثبت کړئ
check-kita-hint = ماشومان له 1 کلنۍ څخه په وړکتون (Kita) کې د ځای حق لري. خپل ماشوم وخت مخکې ثبت کړئ.
check-schule = ماشومان په ښوونځي کې ثبت کړئ
check-schule-hint = په آلمان کې ماشومان باید ښوونځي ته لاړ شي. Schulamt (د ښوونځیو اداره) تاسو ته وایي چې کوم ښوونځی مسؤل دی.
check-masern = د شري (Masern) د واکسین ثبوت وښایاست
check-masern-hint = د وړکتون (Kita) او ښوونځي لپاره ماشومان د شري د واکسین ثبوت ته اړتیا لري. دا د واکسین په کتابچه (Impfpass) کې لیکل شوی وي.
check-u-untersuchungen = ماشوم د ماشومانو ډاکټر ته د مخنیوي معایناتو لپاره یوسئ
check-u-untersuchungen-hint = دې معایناتو ته U1 تر U9 ویل کېږي. د ملاقاتونو نېټې یې په ژېړه کتابچه کې دي.
check-kindergeld = په Familienkasse (د کورنۍ صندوق) کې د Kindergeld (د ماشوم پیسې) غوښتنه وکړئ
check-kindergeld-hint = دا اکثره یوازې د Aufenthaltserlaubnis (د اوسېدو اجازه لیک) سره کېدای شي. له یوه د مشورې مرکز نه پوښتنه وکړئ.
check-bildung-teilhabe = د ښوونځي د توکو او تفریحي سفرونو لپاره د پیسو غوښتنه وکړئ (Bildung und Teilhabe)
check-bildung-teilhabe-hint = دا پیسې ماشومانو ته ورکول کېږي، که کورنۍ له Sozialamt (د ټولنیزو چارو اداره) یا Jobcenter نه پیسې اخلي.

## Tab 6: Arbeit

tab-work-intro = کار په آلمان کې د ځای نیولو سره مرسته کوي. دلته لیکل شوي چې د کار له پیل نه مخکې څه باید پوه شئ. د کار اجازه، تړونونه او د معاش پاڼې (Lohnabrechnungen) دلته کېږدئ.
tab-work-tip-ohne-erlaubnis = پرته له اجازې کار کول منع دي. دا ستاسو اوسېدو ته زیان رسولی شي.
tab-work-tip-mindestlohn = په آلمان کې لږ تر لږه معاش (Mindestlohn) شته. د ډېری کارونو لپاره د یو ساعت مزد له دې نه کم کېدای نه شي.
tab-work-tip-schriftlich = تاسو حق لرئ چې د خپل کار مهم قواعد په کاغذ ولرئ: مزد، د کار وخت او رخصتي.
tab-work-tip-krank = ناروغه یاست؟ خپل کار ورکوونکي ته سمدستي په لومړۍ ورځ، د کار له پیل نه مخکې، ووایئ.
tab-work-tip-probezeit = په پیل کې اکثره د ازموینې موده (Probezeit) وي. په دې موده کې له کار نه ایستل یا پرېښودل اسانه وي.

check-arbeitserlaubnis = وګورئ: ایا زه کار کولای شم؟
check-arbeitserlaubnis-hint = دا ستاسو د اوسېدو په سند کې لیکل شوي دي. که Aufenthaltsgestattung (د اوسېدو اجازه) یا Duldung (د اخراج ځنډول) لرئ، د هر کار لپاره د Ausländerbehörde (د بهرنیانو اداره) اجازې ته اړتیا لرئ.
check-arbeitsuchend = په Agentur für Arbeit (د کار اداره) یا Jobcenter کې د کار لټونکي په توګه ځان ثبت کړئ
check-arbeitsuchend-hint = هلته د کار په لټون کې مرسته ترلاسه کوئ.
check-lebenslauf = په الماني ژبه د ژوند لیک (Lebenslauf) ولیکئ
check-lebenslauf-hint = د مشورې یو مرکز یا Jobcenter په دې کې مرسته کوي.
check-arbeitsvertrag = د کار تړون (Arbeitsvertrag) له لاسلیک نه مخکې یو چا ته د لوستلو لپاره ورکړئ
check-arbeitsvertrag-hint = یوازې هغه څه لاسلیک کړئ چې پرې پوهېږئ. تړون په خوندي ځای کې وساتئ.
check-sozialversicherungsausweis = د ټولنیزې بیمې کارت (Sozialversicherungsausweis) وساتئ
check-sozialversicherungsausweis-hint = په هر کار کې هغه شمېرې ته اړتیا لرئ چې په دې کارت لیکل شوې ده. دا کارت د تقاعد بیمې (Rentenversicherung) له خوا په پوسټ راځي.
check-lohnabrechnung = هره میاشت د معاش پاڼې (Lohnabrechnung) وساتئ
check-lohnabrechnung-hint = د معاش پاڼه ستاسو معاش ښيي او دا چې له هغه نه څه کمېږي.
check-einkommen-melden = کار او معاش سمدستي Jobcenter یا Sozialamt (د ټولنیزو چارو اداره) ته خبر کړئ
check-einkommen-melden-hint = کنه، کېدای شي چې پیسې بېرته ورکړئ.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = دا برخه د ښوونځي، مسلکي روزنې (Ausbildung) او پوهنتون په اړه ده. ستاسو د اصلي هېواد سند (Abschluss) په آلمان کې ډېر ارزښت لرلای شي. شهادتنامې (Zeugnisse)، ژباړې او د منلو اسناد (Anerkennungen) دلته کېږدئ.
tab-training-tip-ausbildung = مسلکي روزنه (Ausbildung) اکثره له 2 تر 3 نیم کاله وخت نیسي. تاسو په شرکت او په مسلکي ښوونځي (Berufsschule) کې زده کړه کوئ. په دې موده کې پیسې هم اخلئ.
tab-training-tip-anerkennung = که ستاسو سند منل شوی وي، په اسانۍ سره ښه کار پیدا کوئ.
tab-training-tip-originale = د شهادتنامو اصلي نسخې له لاسه مه ورکوئ. کاپي یا تصدیق شوې کاپي ورکړئ.
tab-training-tip-deutsch-niveau = د مسلکي روزنې لپاره اکثره د B1 یا B2 کچې الماني ژبې ته اړتیا لرئ، د پوهنتون لپاره اکثره C1.
tab-training-tip-foerderung = د مسلکي روزنې په موده کې ځینې وختونه له دولت نه پیسې شته، د بېلګې په توګه Berufsausbildungsbeihilfe (BAB) یا BAföG. په Agentur für Arbeit (د کار اداره) کې پوښتنه وکړئ.

check-zeugnisse = د ښوونځي او مسلک شهادتنامې (Zeugnisse) راټولې کړئ
check-zeugnisse-hint = اصلي نسخې په خوندي ځای کې وساتئ. نورو ځایونو ته کاپي وښایاست.
check-zeugnisse-uebersetzen = شهادتنامې د ژباړې لپاره ورکړئ
check-zeugnisse-uebersetzen-hint = ادارې اکثره تصدیق شوې ژباړه (beglaubigte Übersetzung) غواړي. دا کار یو قسم خوړلی ژباړونکی کوي.
check-anerkennung = د خپل بهرني سند (Abschluss) د منلو (Anerkennung) غوښتنه وکړئ
check-anerkennung-hint = د سندونو د منلو مشوره (Anerkennungsberatung) وړیا مرسته کوي، د بېلګې په توګه د IQ Netzwerk له خوا.
check-berufsberatung = په Agentur für Arbeit (د کار اداره) کې د مسلکي مشورې لپاره وخت ونیسئ
check-berufsberatung-hint = هلته پوهېږئ چې کومه مسلکي روزنه او کوم مسلک ستاسو لپاره مناسب دی.
check-ausbildungsvertrag = د مسلکي روزنې تړون (Ausbildungsvertrag) په ښه توګه وساتئ
check-ausbildungsvertrag-hint = Duldung (د اخراج ځنډول) لرئ؟ نو مسلکي روزنه مرسته کولای شي چې په آلمان کې پاتې شئ (Ausbildungsduldung). له یوه د مشورې مرکز نه پوښتنه وکړئ.
check-studium = د پوهنتون د زده کړې لپاره له پوهنتون (Hochschule) نه پوښتنه وکړئ
check-studium-hint = وپوښتئ چې کوم اسناد او د الماني ژبې کومې کچې ته اړتیا لرئ.

## Tab 8: Gesundheit

tab-health-intro = دا برخه ستاسو د روغتیا په اړه ده. دلته لولئ چې څنګه ډاکټر ته ورشئ او څوک پیسې ورکوي. د واکسین کتابچه (Impfpass)، د ډاکټر لیکونه او د روغتیا کارت (Gesundheitskarte) یوه کاپي دلته کېږدئ.
tab-health-tip-notruf = په بېړني حالت کې 112 ته زنګ ووهئ: امبولانس او اور وژونکي. د پولیسو شمېره 110 ده. دا زنګونه وړیا دي.
tab-health-tip-bereitschaftsdienst = د ماښام او د اونۍ په پای کې د ډاکټرانو نوبتي خدمت (ärztlicher Bereitschaftsdienst) مرسته کوي. د ټیلیفون شمېره یې 116 117 ده.
tab-health-tip-hausarzt-zuerst = لومړی د کورنۍ ډاکټر کلینیک (Hausarztpraxis) ته ورشئ. که اړتیا وي، ډاکټر تاسو متخصص ډاکټر ته لېږي.
tab-health-tip-termin = مخکې له مخکې وخت (Termin) ونیسئ. که نه شئ راتلای، وخت لغوه کړئ.
tab-health-tip-schweigepflicht = ډاکټران اجازه نه لري چې ستاسو په اړه بل چا ته څه ووایي. دې ته د راز ساتلو مکلفیت (Schweigepflicht) وایي. تاسو کولای شئ په ازاده توګه خبرې وکړئ.
tab-health-tip-seele = روح هم ناروغه کېدای شي، د بېلګې په توګه له جګړې او تېښتې وروسته. د دې لپاره هم مرسته شته. د خپل کورنۍ ډاکټر په کلینیک یا د مشورې په یوه مرکز کې پوښتنه وکړئ.

check-gesundheitskarte = د روغتیا کارت (Gesundheitskarte) یا د درملنې پاڼه (Behandlungsschein) ولرئ
check-gesundheitskarte-hint = د پناه غوښتنې د پروسې په موده کې اکثره له Sozialamt (د ټولنیزو چارو اداره) نه د درملنې پاڼه (Behandlungsschein) اخلئ. په ځینو ښارونو کې سمدستي د روغتیا کارت ورکول کېږي.
check-behandlungsschein = ډاکټر ته له تللو مخکې د درملنې پاڼه (Behandlungsschein) واخلئ
check-behandlungsschein-hint = د درملنې پاڼه یوازې د یوې ټاکلې مودې لپاره اعتبار لري. په بېړني حالت کې سمدستي ډاکټر یا روغتون ته ورشئ.
check-krankenkasse = کله چې کار کوئ یا Bürgergeld (بنسټیزه مالي مرسته) اخلئ، د روغتیا بیمه (Krankenkasse) وټاکئ
check-krankenkasse-hint = تاسو کولای شئ د روغتیا بیمه پخپله وټاکئ. بیا د روغتیا کارت (Gesundheitskarte) ترلاسه کوئ.
check-impfpass = د واکسین کتابچه (Impfpass) وساتئ او وغواړئ چې ستاسو واکسینونه وکتل شي
check-impfpass-hint = د واکسین کتابچه (Impfpass) هر ځل ډاکټر ته له ځان سره یوسئ. کوم واکسین نه دی شوی؟ ستاسو ډاکټر به تاسو ته مشوره درکړي.
check-hausarzt = د کورنۍ ډاکټر یو کلینیک (Hausarztpraxis) پیدا کړئ
check-hausarzt-hint = د ناروغۍ پر وخت لومړی هلته ورشئ. د کلینیک معلومات په اړیکو کې ولیکئ.
check-arztbriefe = د ډاکټر لیکونه او د معایناتو پایلې (Befunde) راټولې کړئ
check-arztbriefe-hint = په دې توګه هېڅ معاینه دوه ځله نه کېږي. دا هغه وخت هم مرسته کوي چې کلینیک بدل کړئ.
check-krankmeldung = د ناروغۍ پر وخت د ناروغۍ تصدیق (Krankmeldung) ورکړئ
check-krankmeldung-hint = د ناروغۍ تصدیق په کار، د ژبې په کورس یا په Jobcenter کې ورکړئ. وپوښتئ چې تر کومې نېټې یې باید ورکړئ.

## Tab 9: Beratung und Hilfe

tab-advice-intro = تاسو اړ نه یاست چې هر څه یوازې وکړئ. دلته هغه ځایونه مومئ چې له تاسو سره مرسته کوي، اکثره وړیا. د مشورو یادښتونه دلته کېږدئ.
tab-advice-tip-kostenlos = ډېری د مشورې مرکزونه وړیا دي. هغوی هغه وخت هم مرسته کوي چې تاسو لږ الماني خبرې کولای شئ.
tab-advice-tip-nachfragen = په یو څه نه پوهېږئ؟ بیا پوښتنه وکړئ. د اسانو کلمو یا د ژباړونکي غوښتنه وکړئ.
tab-advice-tip-unterschrift = یوازې هغه څه لاسلیک کړئ چې پرې پوهېږئ.
tab-advice-tip-jmd-mbe = تر 27 کلنۍ پورې Jugendmigrationsdienst (JMD، د ځوانو مهاجرو خدمت) مرسته کوي. له 27 کلنۍ څخه Migrationsberatung für Erwachsene (MBE، د لویانو لپاره د مهاجرت مشوره) مرسته کوي.
tab-advice-tip-hilfetelefon = د «Gewalt gegen Frauen» (پر ښځو تاوتریخوالی) د مرستې ټیلیفون شمېره 116 016 ده. دا وړیا دی، شپه او ورځ، په ډېرو ژبو.
tab-advice-tip-schon-gesehen = مشورې ورکوونکي ته ووایئ چې تر اوسه په کومو ادارو او ځایونو کې وئ. په دې توګه به هېڅوک تاسو بې ځایه له یوه ځایه بل ځای ته ونه لېږي.

check-ordner-mitnehmen = دا فولډر هر ملاقات ته له ځان سره یوسئ
check-ordner-mitnehmen-hint = په دې توګه ټول ویني چې کوم اسناد لرئ او څه لا نشته.
check-beratung-finden = خپل ځای ته نږدې د مشورې یو مرکز پیدا کړئ
check-beratung-finden-hint = په دې برخه کې اړیکې له تاسو سره په دې کار کې مرسته کوي. مشوره اکثره وړیا ده.
check-beratungsnotizen = له هرې مشورې وروسته یو یادښت ولیکئ
check-beratungsnotizen-hint = ولیکئ: دا کله وه؟ له چا سره مو خبرې وکړې؟ بل ګام څه دی؟
check-vollmacht = وکالت لیک (Vollmacht) یوازې هغه چا ته ورکړئ چې پر هغه باور لرئ
check-vollmacht-hint = د وکالت لیک په واسطه بل کس کولای شي ستاسو پر ځای کار وکړي او ستاسو لیکونه ترلاسه کړي.
check-rechtsberatung = پوه شئ چې له وکیل نه مرسته چېرته ترلاسه کولای شئ
check-rechtsberatung-hint = لږې پیسې لرئ؟ په Amtsgericht (سیمه ییزه محکمه) کې د Beratungshilfe (د حقوقي مشورې مرسته) پوښتنه وکړئ. بیا د وکیل مشوره لږ لګښت لري.

## Tab 10: Weitere Dokumente

tab-documents-intro = نور ټول مهم اسناد دلته کېږدئ: پاسپورټ، رسمي سندونه (Urkunden)، د موټر چلولو جواز. ښه ترتیب په هر ملاقات کې وخت سپموي.
tab-documents-tip-kopien = له هر مهم سند نه کاپي یا عکس جوړ کړئ. اصلي اسناد په خوندي ځای کې وساتئ.
tab-documents-tip-bestaetigung = کومې ادارې ته اصلي سند ورکوئ؟ له هغوی نه رسید (Bestätigung) وغواړئ.
tab-documents-tip-botschaft = د پناه غوښتنې د پروسې په موده کې: له مشورې پرته د خپل اصلي هېواد سفارت ته مه ځئ. دا ستاسو د پناه غوښتنې پروسې ته زیان رسولی شي.
tab-documents-tip-beglaubigt = ادارې اکثره تصدیق شوې ژباړه (beglaubigte Übersetzung) غواړي. دا هغه ژباړه ده چې د قسم خوړلي ژباړونکي مهر ولري.
tab-documents-tip-app = دا اپلیکیشن ستاسو عکسونه په کوډ شوي ډول ستاسو په موبایل کې ساتي. سره له دې هم کاغذي اسناد وساتئ.

check-reisepass = پاسپورټ یا د پېژندنې کارت (Ausweis) په خوندي ځای کې وساتئ
check-reisepass-hint = کومه اداره ستاسو پاسپورټ ساتي؟ نو تاسو ته یو رسید (Bestätigung) درکول کېږي. هغه په ښه توګه وساتئ.
check-geburtsurkunde = خپل د زېږون سند (Geburtsurkunde) وساتئ
check-geburtsurkunde-hint = تاسو دې ته اړتیا لرئ، د بېلګې په توګه د واده لپاره یا کله چې ستاسو ماشوم زېږي.
check-heiratsurkunde = د واده سند (Heiratsurkunde) وساتئ
check-heiratsurkunde-hint = دا د کورنۍ د یوځای کېدو (Familiennachzug) او د کورنۍ لپاره د مرستو لپاره مهم دی.
check-fuehrerschein = وغواړئ چې ستاسو د موټر چلولو جواز (Führerschein) وکتل شي
check-fuehrerschein-hint = د اروپايي اتحادیې (EU) نه بهر د یو هېواد د موټر چلولو جواز په آلمان کې اکثره یوازې 6 میاشتې اعتبار لري. وروسته باید هغه په الماني جواز بدل کړئ. { deadline-not-legal-advice }
check-kopien = له ټولو مهمو اسنادو نه عکسونه یا کاپي جوړې کړئ
check-kopien-hint = په دې توګه، که اصلي سند ورک شي، اسناد به بیا هم ولرئ.
check-urkunden-uebersetzen = مهم رسمي سندونه (Urkunden) د ژباړې لپاره ورکړئ
check-urkunden-uebersetzen-hint = لومړی له ادارې نه وپوښتئ چې ایا تصدیق شوې ژباړې (beglaubigte Übersetzung) ته اړتیا لري.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (د بهرنیانو اداره)
contact-type-auslaenderbehoerde-desc = د اوسېدو اسناد: Aufenthaltsgestattung، Duldung، Aufenthaltserlaubnis او د کار اجازه.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF، د مهاجرت او کډوالو فدرالي اداره)
contact-type-bamf-desc = د پناه غوښتنې په اړه پرېکړه کوي. د ادغام کورسونه (Integrationskurse) هم تنظیموي.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (د پناه غوښتنې د پروسې مشوره)
contact-type-asylverfahrensberatung-desc = د پناه غوښتنې د پروسې، مرکې (Anhörung) او د BAMF د لیکونو په اړه مشوره ورکوي.
contact-type-buergeramt = Bürgeramt (د ښاریانو دفتر)
contact-type-buergeramt-desc = د پتې ثبت (Anmeldung) او Meldebescheinigung (د پتې د ثبت تصدیق).
contact-type-sozialamt = Sozialamt (د ټولنیزو چارو اداره)
contact-type-sozialamt-desc = د پناه غوښتنې د پروسې په موده کې پیسې، استوګنځی او د درملنې پاڼه (Behandlungsschein)، د Asylbewerberleistungsgesetz له مخې.
contact-type-jobcenter = Jobcenter (د کار او مرستې اداره)
contact-type-jobcenter-desc = Bürgergeld (بنسټیزه مالي مرسته) او د کار په لټون کې مرسته، اکثره د پناه غوښتنې له منل کېدو وروسته.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (د کار اداره)
contact-type-agentur-fuer-arbeit-desc = مسلکي مشوره، د کار او مسلکي روزنې لټون.
contact-type-familienkasse = Familienkasse (د کورنۍ صندوق)
contact-type-familienkasse-desc = د ماشوم پیسې (Kindergeld) ورکوي.
contact-type-schuldnerberatung = Schuldnerberatung (د پورونو مشوره)
contact-type-schuldnerberatung-desc = د پورونو او د ورکړې د یادونو (Mahnungen) په اړه مرسته کوي، اکثره وړیا.
contact-type-wohnungsamt = Wohnungsamt (د کور اداره)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) او د کور په لټون کې مرسته.
contact-type-sprachkurstraeger = د الماني کورسونو اداره (Kursträger)
contact-type-sprachkurstraeger-desc = د ادغام کورسونه او نور الماني کورسونه، د بېلګې په توګه په Volkshochschule کې.
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE، د لویانو لپاره د مهاجرت مشوره)
contact-type-migrationsberatung-desc = له 27 کلنۍ څخه د خلکو لپاره مشوره: ژبه، کار، استوګنه، کورنۍ.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD، د ځوانو مهاجرو خدمت)
contact-type-jugendmigrationsdienst-desc = له 12 تر 27 کلنۍ پورې د ځوانانو لپاره مشوره: ښوونځی، مسلکي روزنه، ژبه.
contact-type-kita-schulamt = Kita- und Schulamt (د وړکتون او ښوونځي اداره)
contact-type-kita-schulamt-desc = په وړکتون (Kita) کې ځایونه او په ښوونځي کې نوم لیکنه.
contact-type-jugendamt = Jugendamt (د ماشومانو او ځوانانو اداره)
contact-type-jugendamt-desc = د ماشومانو، ځوانانو او مور و پلار لپاره مرسته.
contact-type-standesamt = Standesamt (د مدني احوالو دفتر)
contact-type-standesamt-desc = په آلمان کې د زېږون سندونه او د واده سندونه.
contact-type-anerkennungsberatung = Anerkennungsberatung (د سندونو د منلو مشوره)
contact-type-anerkennungsberatung-desc = د بهرنیو سندونو (Abschlüsse) په منلو کې مرسته کوي.
contact-type-krankenkasse = Krankenkasse (د روغتیا بیمه)
contact-type-krankenkasse-desc = د روغتیا کارت (Gesundheitskarte) او د ډاکټر او روغتون لګښتونه.
contact-type-hausarzt = Hausarztpraxis (د کورنۍ ډاکټر کلینیک)
contact-type-hausarzt-desc = د ناروغۍ پر وخت لومړنی ځای. دلته خپل کلینیک ولیکئ.
contact-type-gesundheitsamt = Gesundheitsamt (د روغتیا اداره)
contact-type-gesundheitsamt-desc = واکسینونه، مشوره او معاینات.
contact-type-rechtsanwalt = وکیل (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = په محکمه کې د دعوې (Klage) سره مرسته کوي، د بېلګې په توګه د BAMF د پرېکړه لیک (Bescheid) پر ضد.
contact-type-ehrenamt = داوطلبانه مرسته (Ehrenamt)
contact-type-ehrenamt-desc = داوطلبان په ورځني ژوند کې مرسته کوي، د بېلګې په توګه له لیکونو او ملاقاتونو سره.

## Labels of the fields of a contact

contact-field-organisation = اداره
contact-field-department = څانګه
contact-field-address = پته
contact-field-phone = ټیلیفون
contact-field-email = برېښنالیک
contact-field-web = انټرنېټ پاڼه
contact-field-hours = د کار ساعتونه
contact-field-languages = ژبې
contact-field-notes = یادښتونه
contact-by-appointment = یوازې د مخکې ټاکل شوي ملاقات سره
contact-facts-as-of = معلومات له { $year } کال څخه
contact-facts-unknown = نه ده معلومه چې دا معلومات له کومې نېټې دي.
