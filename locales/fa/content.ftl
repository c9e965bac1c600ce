### Content of the ten tabs, in Persian (Farsi). Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with a short
### explanation in Persian. Numbers in Western digits, as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = قوانین و نکته‌ها
tab-section-checklist = فهرست کارها
tab-section-contacts = تماس‌ها

## Tab 1: Ankommen

tab-arrival-intro = اینجا اولین قدم‌های شما در آلمان را پیدا می‌کنید. موضوع، اقامت شما و روند پناهندگی شماست. همه مدارک BAMF و Ausländerbehörde (اداره اتباع خارجی) را اینجا بگذارید.
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) را همیشه همراه داشته باشید. پلیس و اداره‌ها می‌خواهند آن را ببینند.
tab-arrival-tip-briefe-oeffnen = هر نامه را فوراً باز کنید. بسیاری از نامه‌ها مهلت دارند. مهلت یعنی آخرین روز برای جواب دادن.
tab-arrival-tip-gelber-umschlag = نامه‌های BAMF اغلب در یک پاکت زرد می‌آیند. روی پاکت یک تاریخ نوشته شده است. پاکت را نگه دارید: مهلت از همین تاریخ شروع می‌شود.
tab-arrival-tip-adresse = اسباب‌کشی می‌کنید؟ نشانی جدید را فوراً به BAMF و Ausländerbehörde (اداره اتباع خارجی) بگویید. وگرنه نامه‌های مهم به دست شما نمی‌رسند.
tab-arrival-tip-beratung-vor-anhoerung = پیش از Anhörung (مصاحبه پناهندگی) به یک Asylverfahrensberatung (مشاوره روند پناهندگی) بروید. این مشاوره معمولاً رایگان است.
tab-arrival-tip-anhoerung-alles-sagen = در مصاحبه هر چیزی را که برای فرار شما مهم است تعریف کنید. مدرک همراه بیاورید، مثلاً عکس یا کاغذ و سند.
tab-arrival-tip-dolmetscher = در مصاحبه یک مترجم هست. اگر حرف‌های او را خوب نمی‌فهمید، فوراً بگویید.
tab-arrival-tip-duldung = Duldung (توقف موقت اخراج) اجازه اقامت نیست. فقط یعنی: اخراج شما برای مدتی متوقف شده است (§ 60a AufenthG). با Duldung فوراً به یک مرکز مشاوره بروید.
tab-arrival-tip-fiktionsbescheinigung = اگر تمدید را پیش از تاریخ انقضا درخواست کنید، اجازه اقامت شما تا تصمیم Ausländerbehörde (اداره اتباع خارجی) معتبر می‌ماند. Fiktionsbescheinigung همین را نشان می‌دهد (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = ممکن است روی مدرک شما Wohnsitzauflage (الزام محل سکونت) نوشته شده باشد: یعنی باید در همان محل زندگی کنید (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (محدودیت مکانی) یعنی: بدون اجازه نمی‌توانید از یک منطقه بیرون بروید (§ 56 AsylG, § 61 AufenthG). پیش از جابه‌جایی یا سفر از Ausländerbehörde (اداره اتباع خارجی) بپرسید.

check-ankunftsnachweis = Ankunftsnachweis (گواهی ورود) را خوب نگه دارید
check-ankunftsnachweis-hint = این اولین مدرک شما در آلمان است. آن را بعد از ثبت‌نام می‌گیرید.
check-aufenthaltsgestattung = بعد از درخواست پناهندگی، Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) بگیرید
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung نشان می‌دهد که شما اجازه دارید در مدت روند پناهندگی در آلمان باشید. آن را همیشه همراه داشته باشید.
check-gestattung-verlaengern = تمدید Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) — پیش از تاریخ انقضا
check-gestattung-verlaengern-hint = تاریخ انقضا روی خود مدرک نوشته شده است. به‌موقع، پیش از این تاریخ، به Ausländerbehörde (اداره اتباع خارجی) بروید. { deadline-not-legal-advice }
check-anhoerung = به Anhörung (مصاحبه پناهندگی) در BAMF بروید
check-anhoerung-hint = Anhörung گفت‌وگویی درباره فرار شماست. وقت آن در نامه BAMF نوشته شده است. سر وقت بیایید و همه مدارک خود را همراه بیاورید.
check-adresse-mitteilen = نشانی جدید را فوراً به BAMF و Ausländerbehörde (اداره اتباع خارجی) بگویید
check-adresse-mitteilen-hint = BAMF نامه‌ها را به آخرین نشانی‌ای که از شما می‌داند می‌فرستد. مهلت حتی وقتی نامه به دست شما نرسد هم شروع می‌شود.
check-bamf-bescheid = Bescheid (نامه تصمیم) از BAMF را فوراً به مشاوره ببرید
check-bamf-bescheid-hint = Bescheid نامه‌ای است که در آن یک تصمیم نوشته شده است. تاریخ روی پاکت زرد را یادداشت کنید. اگر درخواست شما رد شود، فقط 1 یا 2 هفته برای شکایت به دادگاه (Klage) وقت دارید. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = بعد از پذیرش پناهندگی: Aufenthaltserlaubnis (اجازه اقامت) را از Ausländerbehörde (اداره اتباع خارجی) درخواست کنید
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (اجازه اقامت) هم تاریخ انقضا دارد. تمدید آن را به‌موقع، پیش از این تاریخ، درخواست کنید. { deadline-not-legal-advice }
check-duldung = تمدید Duldung پیش از تاریخ انقضا
check-duldung-hint = Duldung فقط تا تاریخی که روی مدرک نوشته شده معتبر است. به‌موقع، پیش از این تاریخ، به Ausländerbehörde (اداره اتباع خارجی) بروید. از یک مرکز مشاوره بپرسید که آیا می‌توانید اجازه اقامت بگیرید (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung را نگه دارید و پیش از تاریخ انقضا تمدید کنید
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung نشان می‌دهد: درخواست شما در جریان است و تا تصمیم نهایی می‌توانید بمانید (§ 81 Abs. 5 AufenthG). این مدرک هم تاریخ انقضا دارد. به‌موقع، پیش از این تاریخ، به Ausländerbehörde (اداره اتباع خارجی) بروید. { deadline-not-legal-advice }
check-wohnsitzauflage = مدرک خود را ببینید: Wohnsitzauflage یا räumliche Beschränkung؟
check-wohnsitzauflage-hint = آیا روی مدرک شما «Wohnsitzauflage» یا «räumlich beschränkt» نوشته شده است؟ پس پیش از جابه‌جایی یا سفر از Ausländerbehörde (اداره اتباع خارجی) بپرسید (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بدون اجازه ممکن است جریمه یا مجازات شوید.

## Tab 2: Geld

tab-money-intro = این بخش درباره پول برای زندگی است. در مدت روند پناهندگی معمولاً Sozialamt (اداره امور اجتماعی) کمک می‌کند، بعدها اغلب Jobcenter (اداره کار و کمک‌هزینه زندگی). نامه‌های تصمیم (Bescheid)، مدارک بانکی و مدارک مالیاتی را اینجا بگذارید.
tab-money-tip-bescheid = Bescheid نامه‌ای از یک اداره است که در آن یک تصمیم نوشته شده است. هر Bescheid را نگه دارید.
tab-money-tip-aenderungen-melden = هر وقت چیزی تغییر کرد، فوراً به اداره بگویید: نشانی جدید، کار جدید، یک فرزند، پول بیشتر. وگرنه شاید مجبور شوید پول را پس بدهید.
tab-money-tip-bezahlkarte = بعضی شهرها به جای پول نقد یک کارت پرداخت (Bezahlkarte) می‌دهند. رمز PIN آن را به هیچ کس نگویید.
tab-money-tip-basiskonto = هر انسانی در آلمان حق دارد یک حساب بانکی پایه (Basiskonto) داشته باشد. این حق با Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) یا Duldung (توقف موقت اخراج) هم هست.
tab-money-tip-haustuer = هیچ قراردادی را دم در خانه یا پشت تلفن امضا نکنید. پیش از آن از یک مرکز مشاوره بپرسید.
tab-money-tip-schulden = بدهی دارید یا اخطار پرداخت گرفته‌اید؟ زود به یک Schuldnerberatung (مشاوره بدهی) بروید. این مشاوره معمولاً رایگان است.

check-asylblg-leistungen = از Sozialamt (اداره امور اجتماعی) کمک‌هزینه درخواست کنید
check-asylblg-leistungen-hint = در مدت روند پناهندگی معمولاً Sozialamt پول می‌دهد. نام قانون آن Asylbewerberleistungsgesetz (AsylbLG) است.
check-buergergeld = بعد از پذیرش پناهندگی: Bürgergeld (کمک‌هزینه زندگی) را از Jobcenter درخواست کنید
check-buergergeld-hint = نام Bürgergeld در قانون Grundsicherung für Arbeitsuchende (تأمین پایه برای جویندگان کار) است. درخواست را فوراً بدهید: Jobcenter فقط از ماهی پول می‌دهد که در آن درخواست داده‌اید.
check-widerspruch = هر Bescheid (نامه تصمیم) را بدهید بررسی کنند — Widerspruch (اعتراض) ظرف 1 ماه
check-widerspruch-hint = فکر می‌کنید یک تصمیم اشتباه است؟ پس می‌توانید Widerspruch (اعتراض) بدهید، معمولاً فقط ظرف 1 ماه. روش آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
check-bankkonto = یک حساب بانکی باز کنید
check-bankkonto-hint = پاسپورت یا Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) خود را همراه ببرید. بانک باید به شما یک حساب پایه (Basiskonto) بدهد.
check-steuer-id = Steuer-Identifikationsnummer (شماره شناسایی مالیاتی) را نگه دارید
check-steuer-id-hint = این شماره بعد از Anmeldung (ثبت نشانی محل سکونت) با پست می‌آید. آن را برای کار و برای Kindergeld (کمک‌هزینه فرزند) لازم دارید.
check-rundfunkbeitrag = معافیت از Rundfunkbeitrag (عوارض رادیو و تلویزیون) را درخواست کنید
check-rundfunkbeitrag-hint = Rundfunkbeitrag هزینه‌ای برای رادیو و تلویزیون است. هر کس از Sozialamt (اداره امور اجتماعی) یا Jobcenter پول می‌گیرد، می‌تواند معاف شود. برای این کار یک کپی از Bescheid (نامه تصمیم) را بفرستید.

## Tab 3: Wohnen

tab-housing-intro = این بخش درباره خانه شماست. اینجا قوانین زندگی در خانه و Anmeldung (ثبت نشانی محل سکونت) را پیدا می‌کنید. قرارداد اجاره و Meldebescheinigung (گواهی ثبت محل سکونت) را اینجا بگذارید.
tab-housing-tip-hausordnung = هر ساختمان یک Hausordnung (مقررات ساختمان) دارد. معمولاً از ساعت 22 تا 6 وقت استراحت شب است. در این وقت همه باید آرام باشند.
tab-housing-tip-muell = زباله‌ها را جدا کنید: کاغذ، بسته‌بندی، شیشه، زباله آلی (Bio-Müll) و بقیه زباله‌ها (Restmüll). رنگ سطل‌ها در هر شهر فرق دارد.
tab-housing-tip-lueften = چند بار در روز، برای چند دقیقه، پنجره‌ها را کاملاً باز کنید. این‌طور خانه کپک نمی‌زند.
tab-housing-tip-kaution = Kaution (ودیعه) پولی است که صاحبخانه به عنوان ضمانت می‌گیرد. وقتی از خانه می‌روید، اگر خانه مرتب و سالم باشد، آن را پس می‌گیرید.
tab-housing-tip-kuendigen = می‌خواهید از خانه بروید؟ قرارداد را کتبی فسخ کنید. معمولاً باید 3 ماه زودتر فسخ کنید. یک اداره اجاره را می‌پردازد؟ پس پیش از آن از آن اداره هم بپرسید.

check-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (تأییدیه صاحبخانه) را از صاحبخانه بگیرید
check-wohnungsgeberbestaetigung-hint = صاحبخانه باید آن را وقتی به خانه می‌روید به شما بدهد. آن را برای Anmeldung (ثبت نشانی محل سکونت) لازم دارید.
check-anmeldung = Anmeldung (ثبت نشانی محل سکونت) در Bürgeramt (دفتر خدمات شهروندی) — ظرف 2 هفته بعد از رفتن به خانه جدید
check-anmeldung-hint = Wohnungsgeberbestätigung (تأییدیه صاحبخانه) و پاسپورت یا Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) خود را همراه ببرید. بعد یک Meldebescheinigung (گواهی ثبت محل سکونت) می‌گیرید. { deadline-not-legal-advice }
check-umzug-fragen = پیش از اسباب‌کشی از Sozialamt (اداره امور اجتماعی) یا Jobcenter بپرسید
check-umzug-fragen-hint = اغلب اداره باید پیش از آن با خانه جدید موافقت کند. وگرنه شاید اجاره را نپردازد. در مدت روند پناهندگی از Ausländerbehörde (اداره اتباع خارجی) هم بپرسید.
check-mietvertrag = قرارداد اجاره را پیش از امضا بدهید بررسی کنند
check-mietvertrag-hint = بخواهید قرارداد را برایتان توضیح دهند. یک کپی از آن نگه دارید.
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، مجوز خانه اجتماعی) را درخواست کنید
check-wohnberechtigungsschein-hint = برای یک خانه اجتماعی (Sozialwohnung) به WBS نیاز دارید. اگر درآمدتان کم باشد، آن را از Wohnungsamt (اداره مسکن) می‌گیرید.
check-energie = برق و گاز را به نام خود ثبت کنید
check-energie-hint = روزی که به خانه می‌روید، عددهای روی کنتورها را یادداشت کنید. از آن‌ها عکس هم بگیرید.
check-briefkasten = نام خود را روی صندوق پست و زنگ در بنویسید
check-briefkasten-hint = وگرنه نامه‌های مهم به دستتان نمی‌رسد. ولی مهلت باز هم می‌گذرد.

## Tab 4: Deutsch lernen

tab-german-intro = زبان آلمانی در کار، در مدرسه و در زندگی روزمره به شما کمک می‌کند. اینجا راه رسیدن به کلاس زبان را پیدا می‌کنید. مدارک کلاس و گواهی‌ها را اینجا بگذارید.
tab-german-tip-jeden-tag = هر روز کمی یاد بگیرید. حتی 15 دقیقه هم کمک می‌کند.
tab-german-tip-integrationskurs = Integrationskurs (دوره ادغام) دو بخش دارد: یک دوره زبان و یک دوره آشنایی (Orientierungskurs). در دوره آشنایی چیزهای زیادی درباره زندگی در آلمان یاد می‌گیرید.
tab-german-tip-kosten = اگر Berechtigung (مجوز شرکت) داشته باشید، Integrationskurs (دوره ادغام) هزینه کمی دارد یا رایگان است.
tab-german-tip-kinderbetreuung = بچه کوچک دارید؟ دنبال دوره‌ای باشید که در آن از بچه‌ها نگهداری می‌کنند.
tab-german-tip-sprechen = هر جا که می‌شود آلمانی حرف بزنید: هنگام خرید، با همسایه‌ها، در باشگاه ورزشی. بسیاری از شهرها کافه زبان (Sprachcafé) هم دارند.

check-integrationskurs-berechtigung = Berechtigung (مجوز شرکت) برای Integrationskurs (دوره ادغام) بگیرید
check-integrationskurs-berechtigung-hint = از Ausländerbehörde (اداره اتباع خارجی)، Jobcenter یا BAMF بپرسید.
check-kurs-anmelden = نزد یک Kursträger (مؤسسه برگزارکننده دوره) ثبت‌نام کنید
check-kurs-anmelden-hint = Kursträger مثلاً Volkshochschule (آموزشگاه بزرگسالان) یا مدرسه زبان است. Migrationsberatung (مشاوره مهاجرت) در پیدا کردن آن کمک می‌کند.
check-kurs-teilnahme = مرتب به کلاس بروید
check-kurs-teilnahme-hint = بیمار هستید؟ به Kursträger (مؤسسه برگزارکننده دوره) خبر بدهید و یک گواهی بیماری (Krankmeldung) بیاورید.
check-dtz = در آزمون «Deutsch-Test für Zuwanderer» (DTZ، آزمون آلمانی برای مهاجران) شرکت کنید
check-dtz-hint = در پایان دوره زبان یک آزمون هست. گواهی آن برای کار و برای اقامت مهم است.
check-lid-test = در آزمون «Leben in Deutschland» (زندگی در آلمان) شرکت کنید
check-lid-test-hint = این آزمون در پایان دوره آشنایی (Orientierungskurs) است.
check-berufssprachkurs = بعد از آن یک Berufssprachkurs (دوره زبان آلمانی برای کار) بگذرانید
check-berufssprachkurs-hint = در Berufssprachkurs زبان آلمانی را برای کار یاد می‌گیرید. از Jobcenter یا Agentur für Arbeit (اداره کار) بپرسید.

## Tab 5: Kinder und Familie

tab-family-intro = این بخش درباره فرزندان و خانواده شماست: Kita (مهدکودک)، مدرسه، Kindergeld (کمک‌هزینه فرزند) و سلامت. گواهی‌های تولد و مدارک ثبت‌نام در Kita و مدرسه را اینجا بگذارید.
tab-family-tip-schulpflicht = در آلمان همه بچه‌ها باید به مدرسه بروند. مدرسه رایگان است.
tab-family-tip-kita = بچه‌ها در Kita (مهدکودک) زود آلمانی یاد می‌گیرند. فرزندتان را زود ثبت‌نام کنید: اغلب فهرست انتظار هست.
tab-family-tip-elterngespraech = به جلسه‌های گفت‌وگو با Kita (مهدکودک) و مدرسه بروید. اگر مترجم لازم دارید، درخواست مترجم کنید.
tab-family-tip-gewalt = در آلمان خشونت علیه کودکان ممنوع است، حتی در خانواده. Jugendamt (اداره رفاه کودکان و نوجوانان) و مراکز مشاوره کمک می‌کنند.
tab-family-tip-geburt = فرزندتان در آلمان به دنیا آمده است؟ تولد او را در Standesamt (اداره ثبت احوال) ثبت کنید. از یک مرکز مشاوره بپرسید که برای فرزندتان در Ausländerbehörde (اداره اتباع خارجی) و BAMF چه کارهایی باید انجام دهید.

check-geburtsurkunden-kinder = گواهی تولد فرزندان را آماده داشته باشید
check-geburtsurkunden-kinder-hint = فرزندتان در آلمان به دنیا آمده است؟ پس گواهی تولد را از Standesamt (اداره ثبت احوال) می‌گیرید.
check-kita = برای Kita (مهدکودک) جا پیدا کنید و فرزندتان را ثبت‌نام کنید
check-kita-hint = بچه‌ها از 1 سالگی حق دارند در یک Kita (مهدکودک) جا داشته باشند. فرزندتان را زود ثبت‌نام کنید.
check-schule = فرزندان را در مدرسه ثبت‌نام کنید
check-schule-hint = در آلمان بچه‌ها باید به مدرسه بروند. Schulamt (اداره آموزش و پرورش) به شما می‌گوید کدام مدرسه مسئول است.
check-masern = مدرک واکسن سرخک را نشان دهید
check-masern-hint = بچه‌ها برای Kita (مهدکودک) و مدرسه مدرکی برای واکسن سرخک لازم دارند. این مدرک در Impfpass (دفترچه واکسن) هست.
check-u-untersuchungen = معاینه‌های پیشگیری را نزد پزشک کودکان انجام دهید
check-u-untersuchungen-hint = نام این معاینه‌ها U1 تا U9 است. وقت‌های آن‌ها در دفترچه زرد نوشته شده است.
check-kindergeld = Kindergeld (کمک‌هزینه فرزند) را از Familienkasse (صندوق خانواده) درخواست کنید
check-kindergeld-hint = این کار معمولاً فقط با Aufenthaltserlaubnis (اجازه اقامت) ممکن است. از یک مرکز مشاوره بپرسید.
check-bildung-teilhabe = برای وسایل مدرسه و گردش‌ها پول درخواست کنید (Bildung und Teilhabe)
check-bildung-teilhabe-hint = این پول برای بچه‌هایی است که خانواده‌شان از Sozialamt (اداره امور اجتماعی) یا Jobcenter پول می‌گیرد.

## Tab 6: Arbeit

tab-work-intro = کار کمک می‌کند در آلمان جا بیفتید. اینجا نوشته شده که پیش از شروع یک کار چه چیزهایی را باید بدانید. اجازه کار، قراردادها و فیش‌های حقوقی خود را اینجا بگذارید.
tab-work-tip-ohne-erlaubnis = کار کردن بدون اجازه ممنوع است. این کار می‌تواند به اقامت شما آسیب بزند.
tab-work-tip-mindestlohn = در آلمان حداقل دستمزد (Mindestlohn) هست. برای بیشتر کارها، دستمزد هر ساعت نباید کمتر از آن باشد.
tab-work-tip-schriftlich = شما حق دارید قوانین مهم کارتان را روی کاغذ داشته باشید: دستمزد، ساعت کار و مرخصی.
tab-work-tip-krank = بیمار هستید؟ همان روز اول، پیش از شروع کار، فوراً به کارفرمای خود خبر بدهید.
tab-work-tip-probezeit = در آغاز اغلب یک دوره آزمایشی (Probezeit) هست. در این مدت فسخ قرارداد کار آسان‌تر است.

check-arbeitserlaubnis = بررسی کنید: آیا اجازه دارم کار کنم؟
check-arbeitserlaubnis-hint = این روی مدرک اقامت شما نوشته شده است. با Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی) یا Duldung (توقف موقت اخراج) برای هر کاری اجازه Ausländerbehörde (اداره اتباع خارجی) لازم است.
check-arbeitsuchend = خود را در Agentur für Arbeit (اداره کار) یا Jobcenter به عنوان جوینده کار ثبت کنید
check-arbeitsuchend-hint = آنجا برای پیدا کردن کار کمک می‌گیرید.
check-lebenslauf = یک رزومه (Lebenslauf) به زبان آلمانی بنویسید
check-lebenslauf-hint = یک مرکز مشاوره یا Jobcenter در این کار کمک می‌کند.
check-arbeitsvertrag = قرارداد کار را پیش از امضا بدهید کسی بخواند
check-arbeitsvertrag-hint = فقط چیزی را امضا کنید که می‌فهمید. قرارداد را خوب نگه دارید.
check-sozialversicherungsausweis = Sozialversicherungsausweis (کارت بیمه اجتماعی) را نگه دارید
check-sozialversicherungsausweis-hint = شماره روی آن را برای هر کاری لازم دارید. این شماره با پست از Rentenversicherung (بیمه بازنشستگی) می‌آید.
check-lohnabrechnung = فیش‌های حقوقی را هر ماه نگه دارید
check-lohnabrechnung-hint = فیش حقوقی (Lohnabrechnung) دستمزد شما را نشان می‌دهد و اینکه چه مقدار از آن کم می‌شود.
check-einkommen-melden = کار و دستمزد را فوراً به Jobcenter یا Sozialamt (اداره امور اجتماعی) اطلاع دهید
check-einkommen-melden-hint = وگرنه شاید مجبور شوید پول را پس بدهید.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = این بخش درباره مدرسه، آموزش حرفه‌ای (Ausbildung) و تحصیل در دانشگاه است. مدرک تحصیلی شما از کشور خودتان می‌تواند در آلمان ارزش زیادی داشته باشد. کارنامه‌ها و مدرک‌ها، ترجمه‌ها و نامه‌های به رسمیت شناختن مدرک را اینجا بگذارید.
tab-training-tip-ausbildung = Ausbildung (آموزش حرفه‌ای) معمولاً 2 تا 3 و نیم سال طول می‌کشد. در محل کار و در مدرسه حرفه‌ای (Berufsschule) یاد می‌گیرید. در این مدت پول هم می‌گیرید.
tab-training-tip-anerkennung = با مدرکی که به رسمیت شناخته شده است، راحت‌تر کار خوب پیدا می‌کنید.
tab-training-tip-originale = اصل مدارک تحصیلی را به کسی ندهید. کپی یا کپی برابر اصل تحویل دهید.
tab-training-tip-deutsch-niveau = برای Ausbildung (آموزش حرفه‌ای) اغلب زبان آلمانی در سطح B1 یا B2 لازم است، برای دانشگاه اغلب C1.
tab-training-tip-foerderung = در مدت Ausbildung گاهی دولت پول می‌دهد، مثلاً Berufsausbildungsbeihilfe (BAB، کمک‌هزینه آموزش حرفه‌ای) یا BAföG (کمک‌هزینه تحصیلی). از Agentur für Arbeit (اداره کار) بپرسید.

check-zeugnisse = کارنامه‌های مدرسه و مدرک‌های حرفه‌ای را جمع کنید
check-zeugnisse-hint = اصل مدارک را در جای امن نگه دارید. در بقیه جاها کپی نشان دهید.
check-zeugnisse-uebersetzen = مدرک‌های تحصیلی را بدهید ترجمه کنند
check-zeugnisse-uebersetzen-hint = اداره‌ها اغلب ترجمه رسمی (beglaubigte Übersetzung) می‌خواهند. این کار را یک مترجم رسمی قسم‌خورده انجام می‌دهد.
check-anerkennung = برای به رسمیت شناختن مدرک خارجی خود اقدام کنید
check-anerkennung-hint = یک Anerkennungsberatung (مشاوره به رسمیت شناختن مدرک) رایگان کمک می‌کند، مثلاً از IQ Netzwerk.
check-berufsberatung = برای مشاوره شغلی در Agentur für Arbeit (اداره کار) وقت بگیرید
check-berufsberatung-hint = آنجا می‌فهمید کدام آموزش حرفه‌ای و کدام شغل برای شما مناسب است.
check-ausbildungsvertrag = قرارداد آموزش حرفه‌ای (Ausbildungsvertrag) را خوب نگه دارید
check-ausbildungsvertrag-hint = Duldung (توقف موقت اخراج) دارید؟ پس آموزش حرفه‌ای می‌تواند به ماندن شما در آلمان کمک کند (Ausbildungsduldung). از یک مرکز مشاوره بپرسید.
check-studium = برای تحصیل در دانشگاه از خود دانشگاه بپرسید
check-studium-hint = بپرسید چه مدارکی و چه سطحی از زبان آلمانی لازم دارید.

## Tab 8: Gesundheit

tab-health-intro = این بخش درباره سلامت شماست. اینجا می‌خوانید چطور پیش پزشک بروید و چه کسی هزینه را می‌پردازد. Impfpass (دفترچه واکسن)، نامه‌های پزشک و یک کپی از Gesundheitskarte (کارت بیمه درمانی) را اینجا بگذارید.
tab-health-tip-notruf = در موقع اضطراری به 112 زنگ بزنید: آمبولانس و آتش‌نشانی. شماره پلیس 110 است. این تماس‌ها رایگان است.
tab-health-tip-bereitschaftsdienst = عصرها و آخر هفته‌ها خدمات پزشکی کشیک (ärztlicher Bereitschaftsdienst) کمک می‌کند. شماره تلفن آن 116 117 است.
tab-health-tip-hausarzt-zuerst = اول به مطب پزشک عمومی (Hausarztpraxis) بروید. اگر لازم باشد، پزشک شما را پیش پزشک متخصص می‌فرستد.
tab-health-tip-termin = از قبل وقت بگیرید. اگر نمی‌توانید بیایید، وقت خود را لغو کنید.
tab-health-tip-schweigepflicht = پزشکان اجازه ندارند چیزی درباره شما به دیگران بگویند. به این رازداری پزشکی (Schweigepflicht) می‌گویند. شما می‌توانید راحت حرف بزنید.
tab-health-tip-seele = روح و روان هم می‌تواند بیمار شود، مثلاً بعد از جنگ و فرار. برای این هم کمک هست. در مطب پزشک عمومی خود یا در یک مرکز مشاوره بپرسید.

check-gesundheitskarte = کارت بیمه درمانی (Gesundheitskarte) یا برگه درمان (Behandlungsschein) داشته باشید
check-gesundheitskarte-hint = در مدت روند پناهندگی اغلب یک Behandlungsschein (برگه درمان) از Sozialamt (اداره امور اجتماعی) می‌گیرید. در بعضی شهرها از همان اول Gesundheitskarte (کارت بیمه درمانی) می‌دهند.
check-behandlungsschein = پیش از رفتن پیش پزشک، Behandlungsschein (برگه درمان) بگیرید
check-behandlungsschein-hint = Behandlungsschein (برگه درمان) فقط برای مدت مشخصی معتبر است. در موقع اضطراری فوراً پیش پزشک یا به بیمارستان بروید.
check-krankenkasse = وقتی کار می‌کنید یا Bürgergeld (کمک‌هزینه زندگی) می‌گیرید، یک Krankenkasse (صندوق بیمه درمانی) انتخاب کنید
check-krankenkasse-hint = شما می‌توانید صندوق بیمه درمانی را خودتان انتخاب کنید. بعد یک Gesundheitskarte (کارت بیمه درمانی) می‌گیرید.
check-impfpass = Impfpass (دفترچه واکسن) را نگه دارید و بدهید واکسن‌هایتان را بررسی کنند
check-impfpass-hint = Impfpass (دفترچه واکسن) را هر بار که پیش پزشک می‌روید همراه ببرید. واکسنی کم است؟ پزشک شما را راهنمایی می‌کند.
check-hausarzt = یک مطب پزشک عمومی (Hausarztpraxis) پیدا کنید
check-hausarzt-hint = وقتی بیمار هستید، اول به آنجا بروید. این مطب را به تماس‌ها اضافه کنید.
check-arztbriefe = نامه‌های پزشک و نتیجه‌های معاینه را جمع کنید
check-arztbriefe-hint = این‌طور لازم نیست معاینه‌ای دو بار انجام شود. وقتی مطب را عوض می‌کنید هم کمک می‌کند.
check-krankmeldung = وقتی بیمار هستید، گواهی بیماری (Krankmeldung) تحویل دهید
check-krankmeldung-hint = گواهی بیماری را در محل کار، در کلاس زبان یا در Jobcenter تحویل دهید. بپرسید تا چه روزی باید آن را تحویل دهید.

## Tab 9: Beratung und Hilfe

tab-advice-intro = لازم نیست همه کارها را تنها انجام دهید. اینجا جاهایی را پیدا می‌کنید که به شما کمک می‌کنند، معمولاً رایگان. یادداشت‌های جلسه‌های مشاوره را اینجا بگذارید.
tab-advice-tip-kostenlos = بیشتر مراکز مشاوره رایگان هستند. اگر کم آلمانی حرف بزنید هم کمک می‌کنند.
tab-advice-tip-nachfragen = چیزی را نمی‌فهمید؟ دوباره بپرسید. بخواهید با کلمه‌های ساده حرف بزنند یا مترجم بیاورند.
tab-advice-tip-unterschrift = فقط چیزی را امضا کنید که می‌فهمید.
tab-advice-tip-jmd-mbe = برای افراد زیر 27 سال، Jugendmigrationsdienst (JMD، خدمات مهاجرتی جوانان) کمک می‌کند. از 27 سالگی Migrationsberatung für Erwachsene (MBE، مشاوره مهاجرت برای بزرگسالان) کمک می‌کند.
tab-advice-tip-hilfetelefon = شماره تلفن کمک «Gewalt gegen Frauen» (خشونت علیه زنان) 116 016 است. این تلفن رایگان است، شب و روز، به زبان‌های زیاد.
tab-advice-tip-schon-gesehen = به مشاور بگویید که تا حالا به کدام اداره‌ها و مراکز رفته‌اید. این‌طور کسی شما را بی‌فایده از این اداره به آن اداره نمی‌فرستد.

check-ordner-mitnehmen = این پوشه را به هر وقت ملاقات همراه ببرید
check-ordner-mitnehmen-hint = این‌طور همه می‌بینند که کدام مدارک را دارید و چه چیزی هنوز کم است.
check-beratung-finden = یک مرکز مشاوره نزدیک خود پیدا کنید
check-beratung-finden-hint = تماس‌های این بخش در این کار به شما کمک می‌کنند. مشاوره معمولاً رایگان است.
check-beratungsnotizen = بعد از هر مشاوره یک یادداشت بنویسید
check-beratungsnotizen-hint = یادداشت کنید: کی بود؟ با چه کسی حرف زدید؟ قدم بعدی چیست؟
check-vollmacht = وکالت‌نامه (Vollmacht) را فقط به کسی بدهید که به او اعتماد دارید
check-vollmacht-hint = با وکالت‌نامه، شخص دیگری اجازه دارد به جای شما کار انجام دهد و نامه‌های شما را بگیرد.
check-rechtsberatung = بدانید از کجا می‌توانید از یک وکیل کمک بگیرید
check-rechtsberatung-hint = پول کمی دارید؟ در Amtsgericht (دادگاه محلی) درباره Beratungshilfe (کمک هزینه مشاوره حقوقی) بپرسید. آن وقت مشاوره با وکیل هزینه کمی دارد.

## Tab 10: Weitere Dokumente

tab-documents-intro = همه مدارک مهم دیگر را اینجا بگذارید: پاسپورت، سندها و گواهی‌ها، گواهینامه رانندگی. نظم خوب در هر وقت ملاقات در زمان صرفه‌جویی می‌کند.
tab-documents-tip-kopien = از هر مدرک مهم یک کپی یا یک عکس تهیه کنید. اصل مدارک را در جای امن نگه دارید.
tab-documents-tip-bestaetigung = اصل یک مدرک را به اداره‌ای می‌دهید؟ یک رسید (تأییدیه) بخواهید.
tab-documents-tip-botschaft = در مدت روند پناهندگی: بدون مشاوره به سفارت کشور خودتان نروید. این کار می‌تواند به روند پناهندگی شما آسیب بزند.
tab-documents-tip-beglaubigt = اداره‌ها اغلب ترجمه رسمی (beglaubigte Übersetzung) می‌خواهند. این ترجمه‌ای است که مهر یک مترجم رسمی قسم‌خورده را دارد.
tab-documents-tip-app = این برنامه عکس‌های شما را رمزگذاری‌شده روی گوشی شما ذخیره می‌کند. با این حال، خود مدارک کاغذی را هم نگه دارید.

check-reisepass = پاسپورت یا کارت شناسایی را در جای امن نگه دارید
check-reisepass-hint = اداره‌ای پاسپورت شما را نگه می‌دارد؟ پس یک رسید (تأییدیه) می‌گیرید. آن را خوب نگه دارید.
check-geburtsurkunde = گواهی تولد خودتان را نگه دارید
check-geburtsurkunde-hint = آن را مثلاً برای ازدواج یا وقتی فرزندتان به دنیا می‌آید لازم دارید.
check-heiratsurkunde = سند ازدواج را نگه دارید
check-heiratsurkunde-hint = این سند برای پیوستن خانواده (Familiennachzug) و برای کمک‌هزینه‌های خانواده مهم است.
check-fuehrerschein = بدهید گواهینامه رانندگی شما را بررسی کنند
check-fuehrerschein-hint = گواهینامه رانندگی از کشوری خارج از اتحادیه اروپا (EU) معمولاً فقط 6 ماه در آلمان معتبر است. بعد از آن باید آن را به گواهینامه آلمانی تبدیل کنید. { deadline-not-legal-advice }
check-kopien = از همه مدارک مهم عکس یا کپی تهیه کنید
check-kopien-hint = این‌طور اگر اصل یک مدرک گم شود، باز هم آن مدرک را دارید.
check-urkunden-uebersetzen = سندهای مهم را بدهید ترجمه کنند
check-urkunden-uebersetzen-hint = اول از اداره بپرسید که آیا ترجمه رسمی (beglaubigte Übersetzung) لازم دارد.

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (اداره اتباع خارجی)
contact-type-auslaenderbehoerde-desc = مدارک اقامت: Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی)، Duldung (توقف موقت اخراج)، Aufenthaltserlaubnis (اجازه اقامت) و اجازه کار.
contact-type-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
contact-type-bamf-desc = درباره درخواست پناهندگی تصمیم می‌گیرد. دوره‌های ادغام (Integrationskurs) را هم برگزار می‌کند.
contact-type-asylverfahrensberatung = مشاوره روند پناهندگی (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = درباره روند پناهندگی، مصاحبه (Anhörung) و نامه‌های BAMF مشاوره می‌دهد.
contact-type-buergeramt = Bürgeramt (دفتر خدمات شهروندی)
contact-type-buergeramt-desc = Anmeldung (ثبت نشانی محل سکونت) و Meldebescheinigung (گواهی ثبت محل سکونت).
contact-type-sozialamt = Sozialamt (اداره امور اجتماعی)
contact-type-sozialamt-desc = پول، محل زندگی و برگه درمان (Behandlungsschein) در مدت روند پناهندگی (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (اداره کار و کمک‌هزینه زندگی)
contact-type-jobcenter-desc = Bürgergeld (کمک‌هزینه زندگی) و کمک برای پیدا کردن کار، معمولاً بعد از پذیرش پناهندگی.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (اداره کار)
contact-type-agentur-fuer-arbeit-desc = مشاوره شغلی، پیدا کردن کار و آموزش حرفه‌ای.
contact-type-familienkasse = Familienkasse (صندوق خانواده)
contact-type-familienkasse-desc = Kindergeld (کمک‌هزینه فرزند) را می‌پردازد.
contact-type-schuldnerberatung = Schuldnerberatung (مشاوره بدهی)
contact-type-schuldnerberatung-desc = در مورد بدهی‌ها و اخطارهای پرداخت کمک می‌کند، معمولاً رایگان.
contact-type-wohnungsamt = Wohnungsamt (اداره مسکن)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS، مجوز خانه اجتماعی) و کمک برای پیدا کردن خانه.
contact-type-sprachkurstraeger = مؤسسه برگزارکننده کلاس آلمانی (Kursträger)
contact-type-sprachkurstraeger-desc = دوره‌های ادغام (Integrationskurs) و کلاس‌های دیگر زبان آلمانی، مثلاً در Volkshochschule (آموزشگاه بزرگسالان).
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE، مشاوره مهاجرت برای بزرگسالان)
contact-type-migrationsberatung-desc = مشاوره برای افراد 27 ساله و بالاتر: زبان، کار، مسکن، خانواده.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD، خدمات مهاجرتی جوانان)
contact-type-jugendmigrationsdienst-desc = مشاوره برای جوانان 12 تا 27 ساله: مدرسه، آموزش حرفه‌ای، زبان.
contact-type-kita-schulamt = Kita- und Schulamt (اداره مهدکودک و مدرسه)
contact-type-kita-schulamt-desc = جا در Kita (مهدکودک) و ثبت‌نام در مدرسه.
contact-type-jugendamt = Jugendamt (اداره رفاه کودکان و نوجوانان)
contact-type-jugendamt-desc = کمک به کودکان، نوجوانان و والدین.
contact-type-standesamt = Standesamt (اداره ثبت احوال)
contact-type-standesamt-desc = گواهی تولد و سند ازدواج در آلمان.
contact-type-anerkennungsberatung = Anerkennungsberatung (مشاوره به رسمیت شناختن مدرک)
contact-type-anerkennungsberatung-desc = برای به رسمیت شناختن مدرک‌های خارجی کمک می‌کند.
contact-type-krankenkasse = Krankenkasse (صندوق بیمه درمانی)
contact-type-krankenkasse-desc = کارت بیمه درمانی (Gesundheitskarte) و هزینه‌های پزشک و بیمارستان.
contact-type-hausarzt = Hausarztpraxis (مطب پزشک عمومی)
contact-type-hausarzt-desc = اولین جا هنگام بیماری. مطب پزشک خودتان را اینجا وارد کنید.
contact-type-gesundheitsamt = Gesundheitsamt (اداره بهداشت)
contact-type-gesundheitsamt-desc = واکسن، مشاوره و معاینه.
contact-type-rechtsanwalt = وکیل (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = در شکایت به دادگاه (Klage) کمک می‌کند، مثلاً علیه Bescheid (نامه تصمیم) از BAMF.
contact-type-ehrenamt = کمک داوطلبانه (Ehrenamt)
contact-type-ehrenamt-desc = داوطلبان در زندگی روزمره کمک می‌کنند، مثلاً در مورد نامه‌ها و وقت‌های ملاقات.

## Labels of the fields of a contact

contact-field-organisation = مرکز
contact-field-department = بخش
contact-field-address = نشانی
contact-field-phone = تلفن
contact-field-email = ایمیل
contact-field-web = وب‌سایت
contact-field-hours = ساعت‌های کاری
contact-field-languages = زبان‌ها
contact-field-notes = نکته‌ها
contact-by-appointment = فقط با وقت قبلی
contact-facts-as-of = اطلاعات از سال { $year }
contact-facts-unknown = معلوم نیست این اطلاعات مربوط به چه زمانی است.
