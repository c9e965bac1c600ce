### Content of the ten tabs, in Dari (Afghan usage). Translated from locales/de/content.ftl.
### German official terms stay in German (people find them on their letters), with a short
### explanation in Dari. Numbers in Western digits, as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = قواعد و رهنمایی‌ها
tab-section-checklist = لست کارها
tab-section-contacts = آدرس‌ها و تماس‌ها

## Tab 1: Ankommen

tab-arrival-intro = در اینجا اولین قدم‌های شما در آلمان را می‌یابید. موضوع، اقامت شما و پروسه پناهندگی شما است. همه اسناد BAMF و Ausländerbehörde (اداره امور خارجیان) را در اینجا بگذارید.
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) را همیشه با خود داشته باشید. پولیس و ادارات می‌خواهند آن را ببینند.
tab-arrival-tip-briefe-oeffnen = هر مکتوب را فوراً باز کنید. بسیاری از مکتوب‌ها مهلت دارند. مهلت یعنی آخرین روز برای جواب دادن.
tab-arrival-tip-gelber-umschlag = مکتوب‌های BAMF اکثراً در یک لفافه زرد می‌آیند. بالای لفافه یک تاریخ نوشته شده است. لفافه را نگه دارید: مهلت از همین تاریخ شروع می‌شود.
tab-arrival-tip-adresse = کوچ‌کشی می‌کنید؟ آدرس نو را فوراً به BAMF و Ausländerbehörde (اداره امور خارجیان) بگویید. در غیر آن، مکتوب‌های مهم به دست شما نمی‌رسد.
tab-arrival-tip-beratung-vor-anhoerung = قبل از Anhörung (مصاحبه پناهندگی) به یک Asylverfahrensberatung (مشوره پروسه پناهندگی) بروید. این مشوره اکثراً رایگان است.
tab-arrival-tip-anhoerung-alles-sagen = در مصاحبه همه چیزهایی را که برای فرار شما مهم است، بگویید. ثبوت با خود بیاورید، مثلاً عکس یا اسناد.
tab-arrival-tip-dolmetscher = در مصاحبه یک ترجمان حاضر است. اگر گپ‌های او را خوب نمی‌فهمید، فوراً بگویید.
tab-arrival-tip-duldung = Duldung (توقف موقت اخراج) جواز اقامت نیست. فقط معنایش این است: اخراج شما برای یک مدت متوقف شده است (§ 60a AufenthG). با Duldung فوراً به یک مرکز مشوره بروید.
tab-arrival-tip-fiktionsbescheinigung = اگر تمدید را قبل از تاریخ ختم اعتبار درخواست کنید، جواز اقامت شما تا فیصله Ausländerbehörde (اداره امور خارجیان) اعتبار دارد. Fiktionsbescheinigung همین را نشان می‌دهد (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = شاید بالای سند شما Wohnsitzauflage (الزام محل بود و باش) نوشته شده باشد: یعنی باید در همان جای زندگی کنید (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (محدودیت ساحوی) یعنی: بدون اجازه از یک ساحه بیرون رفته نمی‌توانید (§ 56 AsylG, § 61 AufenthG). قبل از کوچ‌کشی یا سفر از Ausländerbehörde (اداره امور خارجیان) بپرسید.

check-ankunftsnachweis = Ankunftsnachweis (تصدیق رسیدن) را خوب نگه دارید
check-ankunftsnachweis-hint = این اولین سند شما در آلمان است. آن را بعد از ثبت نام می‌گیرید.
check-aufenthaltsgestattung = بعد از درخواست پناهندگی، Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) بگیرید
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung نشان می‌دهد که شما در جریان پروسه پناهندگی اجازه دارید در آلمان باشید. آن را همیشه با خود داشته باشید.
check-gestattung-verlaengern = تمدید Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) — قبل از تاریخ ختم اعتبار
check-gestattung-verlaengern-hint = تاریخ ختم اعتبار بالای خود سند نوشته شده است. به وقت، قبل از این تاریخ، به Ausländerbehörde (اداره امور خارجیان) مراجعه کنید. { deadline-not-legal-advice }
check-anhoerung = به Anhörung (مصاحبه پناهندگی) در BAMF بروید
check-anhoerung-hint = Anhörung یک صحبت درباره فرار شما است. وقت آن در مکتوب BAMF نوشته شده است. سر وقت بیایید و همه اسناد خود را با خود بیاورید.
check-adresse-mitteilen = آدرس نو را فوراً به BAMF و Ausländerbehörde (اداره امور خارجیان) بگویید
check-adresse-mitteilen-hint = BAMF مکتوب‌ها را به آخرین آدرسی که از شما دارد، روان می‌کند. مهلت حتی وقتی هم شروع می‌شود که مکتوب به دست شما نرسد.
check-bamf-bescheid = Bescheid (مکتوب فیصله) از BAMF را فوراً به مشوره ببرید
check-bamf-bescheid-hint = Bescheid مکتوبی است که در آن یک فیصله نوشته شده است. تاریخ بالای لفافه زرد را یادداشت کنید. اگر درخواست شما رد شود، فقط 1 یا 2 هفته برای شکایت در محکمه (Klage) وقت دارید. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = بعد از قبولی پناهندگی: Aufenthaltserlaubnis (جواز اقامت) را از Ausländerbehörde (اداره امور خارجیان) درخواست کنید
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (جواز اقامت) هم تاریخ ختم اعتبار دارد. تمدید آن را به وقت، قبل از این تاریخ، درخواست کنید. { deadline-not-legal-advice }
check-duldung = تمدید Duldung قبل از تاریخ ختم اعتبار
check-duldung-hint = Duldung فقط تا تاریخی که بالای سند نوشته شده اعتبار دارد. به وقت، قبل از این تاریخ، به Ausländerbehörde (اداره امور خارجیان) مراجعه کنید. از یک مرکز مشوره بپرسید که آیا جواز اقامت گرفته می‌توانید (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung را نگه دارید و قبل از تاریخ ختم اعتبار تمدید کنید
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung نشان می‌دهد: درخواست شما در جریان است و تا فیصله مانده می‌توانید (§ 81 Abs. 5 AufenthG). این سند هم تاریخ ختم اعتبار دارد. به وقت، قبل از این تاریخ، به Ausländerbehörde (اداره امور خارجیان) مراجعه کنید. { deadline-not-legal-advice }
check-wohnsitzauflage = سند خود را ببینید: Wohnsitzauflage یا räumliche Beschränkung؟
check-wohnsitzauflage-hint = آیا بالای سند شما «Wohnsitzauflage» یا «räumlich beschränkt» نوشته شده است؟ پس قبل از کوچ‌کشی یا سفر از Ausländerbehörde (اداره امور خارجیان) بپرسید (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بدون اجازه ممکن است جریمه یا جزا شوید.

## Tab 2: Geld

tab-money-intro = این بخش درباره پول برای زندگی است. در جریان پروسه پناهندگی اکثراً Sozialamt (اداره امور اجتماعی) کمک می‌کند، بعداً اکثراً Jobcenter (اداره کاریابی و کمک مالی). مکتوب‌های فیصله (Bescheid)، اسناد بانکی و اسناد مالیاتی را در اینجا بگذارید.
tab-money-tip-bescheid = Bescheid مکتوبی از یک اداره است که در آن یک فیصله نوشته شده است. هر Bescheid را نگه دارید.
tab-money-tip-aenderungen-melden = هر وقت چیزی تغییر کرد، فوراً به اداره خبر بدهید: آدرس نو، کار نو، یک طفل، پول بیشتر. در غیر آن، شاید مجبور شوید پول را پس بدهید.
tab-money-tip-bezahlkarte = بعضی شهرها به عوض پول نقد یک کارت پرداخت (Bezahlkarte) می‌دهند. رمز PIN آن را به هیچ کس نگویید.
tab-money-tip-basiskonto = هر انسان در آلمان حق دارد یک حساب بانکی ساده (Basiskonto) داشته باشد. این حق با Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) یا Duldung (توقف موقت اخراج) هم است.
tab-money-tip-haustuer = هیچ قراردادی را دم دروازه خانه یا از طریق تیلفون امضا نکنید. قبل از آن از یک مرکز مشوره بپرسید.
tab-money-tip-schulden = قرضدار هستید یا اخطاریه پرداخت گرفته اید؟ زود به یک Schuldnerberatung (مشوره قرض) بروید. این مشوره اکثراً رایگان است.

check-asylblg-leistungen = از Sozialamt (اداره امور اجتماعی) کمک مالی درخواست کنید
check-asylblg-leistungen-hint = در جریان پروسه پناهندگی اکثراً Sozialamt پول می‌دهد. نام قانون آن Asylbewerberleistungsgesetz (AsylbLG) است.
check-buergergeld = بعد از قبولی پناهندگی: Bürgergeld (کمک مصارف زندگی) را از Jobcenter درخواست کنید
check-buergergeld-hint = نام Bürgergeld در قانون Grundsicherung für Arbeitsuchende (تأمین اساسی برای کسانی که دنبال کار هستند) است. درخواست را فوراً بدهید: Jobcenter فقط از همان ماهی پول می‌دهد که در آن درخواست داده اید.
check-widerspruch = هر Bescheid (مکتوب فیصله) را بدهید کنترول کنند — Widerspruch (اعتراض) در ظرف 1 ماه
check-widerspruch-hint = فکر می‌کنید یک فیصله غلط است؟ پس می‌توانید Widerspruch (اعتراض) کنید، اکثراً فقط در ظرف 1 ماه. طریقه آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
check-bankkonto = یک حساب بانکی باز کنید
check-bankkonto-hint = پاسپورت یا Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) خود را با خود ببرید. بانک مکلف است به شما یک حساب ساده (Basiskonto) بدهد.
check-steuer-id = Steuer-Identifikationsnummer (نمبر تشخیصیه مالیاتی) را نگه دارید
check-steuer-id-hint = این نمبر بعد از Anmeldung (ثبت آدرس محل بود و باش) از طریق پست می‌آید. آن را برای کار و برای Kindergeld (پول اطفال) لازم دارید.
check-rundfunkbeitrag = معافیت از Rundfunkbeitrag (فیس رادیو و تلویزیون) را درخواست کنید
check-rundfunkbeitrag-hint = Rundfunkbeitrag یک فیس برای رادیو و تلویزیون است. کسی که از Sozialamt (اداره امور اجتماعی) یا Jobcenter پول می‌گیرد، می‌تواند معاف شود. برای این کار یک کاپی از Bescheid (مکتوب فیصله) را روان کنید.

## Tab 3: Wohnen

tab-housing-intro = این بخش درباره خانه شما است. در اینجا قواعد زندگی در خانه و Anmeldung (ثبت آدرس محل بود و باش) را می‌یابید. قرارداد کرایه و Meldebescheinigung (تصدیق ثبت آدرس) را در اینجا بگذارید.
tab-housing-tip-hausordnung = هر تعمیر یک Hausordnung (مقررات تعمیر) دارد. اکثراً از ساعت 22 تا 6 وقت آرامش شب است. در این وقت همه باید آرام باشند.
tab-housing-tip-muell = کثافات را جدا کنید: کاغذ، بسته‌بندی، شیشه، کثافات عضوی (Bio-Müll) و باقی کثافات (Restmüll). رنگ سطل‌ها در هر شهر فرق دارد.
tab-housing-tip-lueften = چند بار در روز، برای چند دقیقه، کلکین‌ها را کاملاً باز کنید. به این ترتیب خانه پوپنک نمی‌زند.
tab-housing-tip-kaution = Kaution (پول ضمانت) پولی است که صاحب خانه به عنوان ضمانت می‌گیرد. وقتی از خانه می‌روید، اگر خانه درست و منظم باشد، آن را پس می‌گیرید.
tab-housing-tip-kuendigen = می‌خواهید از خانه بروید؟ قرارداد را به شکل کتبی فسخ کنید. اکثراً باید 3 ماه پیش‌تر فسخ کنید. یک اداره کرایه را می‌پردازد؟ پس قبل از آن از همان اداره هم بپرسید.

check-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (تأییدیه صاحب خانه) را از صاحب خانه بگیرید
check-wohnungsgeberbestaetigung-hint = صاحب خانه مکلف است وقتی به خانه می‌آیید، آن را به شما بدهد. آن را برای Anmeldung (ثبت آدرس محل بود و باش) لازم دارید.
check-anmeldung = Anmeldung (ثبت آدرس محل بود و باش) در Bürgeramt (دفتر خدمات شهری) — در ظرف 2 هفته بعد از آمدن به خانه نو
check-anmeldung-hint = Wohnungsgeberbestätigung (تأییدیه صاحب خانه) و پاسپورت یا Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) خود را با خود ببرید. بعد یک Meldebescheinigung (تصدیق ثبت آدرس) می‌گیرید. { deadline-not-legal-advice }
check-umzug-fragen = قبل از کوچ‌کشی از Sozialamt (اداره امور اجتماعی) یا Jobcenter بپرسید
check-umzug-fragen-hint = اکثراً اداره باید قبل از آن به خانه نو اجازه بدهد. در غیر آن شاید کرایه را نپردازد. در جریان پروسه پناهندگی از Ausländerbehörde (اداره امور خارجیان) هم بپرسید.
check-mietvertrag = قرارداد کرایه را قبل از امضا بدهید کنترول کنند
check-mietvertrag-hint = بخواهید که قرارداد را برای شما توضیح بدهند. یک کاپی آن را نگه دارید.
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، جواز خانه اجتماعی) را درخواست کنید
check-wohnberechtigungsschein-hint = برای یک خانه اجتماعی (Sozialwohnung) به WBS ضرورت دارید. اگر عاید شما کم باشد، آن را از Wohnungsamt (اداره مسکن) می‌گیرید.
check-energie = برق و گاز را به نام خود ثبت کنید
check-energie-hint = روزی که به خانه می‌آیید، ارقام میترها را یادداشت کنید. از آن‌ها عکس هم بگیرید.
check-briefkasten = نام خود را روی صندوق پست و زنگ دروازه بنویسید
check-briefkasten-hint = در غیر آن، مکتوب‌های مهم به دست شما نمی‌رسد. ولی مهلت باز هم می‌گذرد.

## Tab 4: Deutsch lernen

tab-german-intro = زبان آلمانی در کار، در مکتب و در زندگی روزمره به شما کمک می‌کند. در اینجا راه رسیدن به کورس زبان را می‌یابید. اسناد کورس و تصدیق‌نامه‌ها را در اینجا بگذارید.
tab-german-tip-jeden-tag = هر روز کمی بیاموزید. حتی 15 دقیقه هم کمک می‌کند.
tab-german-tip-integrationskurs = Integrationskurs (کورس ادغام) دو بخش دارد: یک کورس زبان و یک کورس آشنایی (Orientierungskurs). در کورس آشنایی چیزهای زیادی درباره زندگی در آلمان یاد می‌گیرید.
tab-german-tip-kosten = اگر Berechtigung (اجازه شرکت) داشته باشید، Integrationskurs (کورس ادغام) مصرف کم دارد یا رایگان است.
tab-german-tip-kinderbetreuung = اطفال خورد دارید؟ دنبال کورسی باشید که در آن از اطفال نگهداری می‌کنند.
tab-german-tip-sprechen = هر جایی که می‌شود آلمانی صحبت کنید: در وقت سودا خریدن، با همسایه‌ها، در کلپ ورزشی. بسیاری از شهرها کافه زبان (Sprachcafé) هم دارند.

check-integrationskurs-berechtigung = Berechtigung (اجازه شرکت) برای Integrationskurs (کورس ادغام) بگیرید
check-integrationskurs-berechtigung-hint = از Ausländerbehörde (اداره امور خارجیان)، Jobcenter یا BAMF بپرسید.
check-kurs-anmelden = نزد یک Kursträger (مؤسسه برگزارکننده کورس) ثبت نام کنید
check-kurs-anmelden-hint = Kursträger مثلاً Volkshochschule (مرکز آموزش بزرگسالان) یا مکتب زبان است. Migrationsberatung (مشوره مهاجرت) در پیدا کردن آن کمک می‌کند.
check-kurs-teilnahme = منظم به کورس بروید
check-kurs-teilnahme-hint = مریض هستید؟ به Kursträger (مؤسسه برگزارکننده کورس) خبر بدهید و یک تصدیق مریضی (Krankmeldung) بیاورید.
check-dtz = در امتحان «Deutsch-Test für Zuwanderer» (DTZ، امتحان آلمانی برای مهاجران) شرکت کنید
check-dtz-hint = در آخر کورس زبان یک امتحان است. تصدیق‌نامه آن برای کار و برای اقامت مهم است.
check-lid-test = در امتحان «Leben in Deutschland» (زندگی در آلمان) شرکت کنید
check-lid-test-hint = این امتحان در آخر کورس آشنایی (Orientierungskurs) است.
check-berufssprachkurs = بعد از آن یک Berufssprachkurs (کورس زبان آلمانی برای کار) بخوانید
check-berufssprachkurs-hint = در Berufssprachkurs زبان آلمانی را برای کار یاد می‌گیرید. از Jobcenter یا Agentur für Arbeit (اداره کار) بپرسید.

## Tab 5: Kinder und Familie

tab-family-intro = این بخش درباره اطفال و فامیل شما است: Kita (کودکستان)، مکتب، Kindergeld (پول اطفال) و صحت. اسناد تولد و اسناد ثبت نام در Kita و مکتب را در اینجا بگذارید.
tab-family-tip-schulpflicht = در آلمان همه اطفال باید به مکتب بروند. مکتب رایگان است.
tab-family-tip-kita = اطفال در Kita (کودکستان) زود آلمانی یاد می‌گیرند. طفل خود را زود ثبت نام کنید: اکثراً لست انتظار است.
tab-family-tip-elterngespraech = به جلسه‌های صحبت با Kita (کودکستان) و مکتب بروید. اگر به ترجمان ضرورت دارید، ترجمان بخواهید.
tab-family-tip-gewalt = در آلمان خشونت علیه اطفال منع است، حتی در فامیل. Jugendamt (اداره حمایت از اطفال و نوجوانان) و مراکز مشوره کمک می‌کنند.
tab-family-tip-geburt = طفل شما در آلمان به دنیا آمده است؟ تولد او را در Standesamt (اداره احوال نفوس) ثبت کنید. از یک مرکز مشوره بپرسید که برای طفل خود در Ausländerbehörde (اداره امور خارجیان) و BAMF چه کارهایی باید انجام بدهید.

check-geburtsurkunden-kinder = اسناد تولد اطفال را آماده داشته باشید
check-geburtsurkunden-kinder-hint = طفل شما در آلمان به دنیا آمده است؟ پس سند تولد را از Standesamt (اداره احوال نفوس) می‌گیرید.
check-kita = برای Kita (کودکستان) جای پیدا کنید و طفل خود را ثبت نام کنید
check-kita-hint = اطفال از 1 سالگی حق دارند در یک Kita (کودکستان) جای داشته باشند. طفل خود را زود ثبت نام کنید.
check-schule = اطفال را در مکتب ثبت نام کنید
check-schule-hint = در آلمان اطفال باید به مکتب بروند. Schulamt (اداره معارف) به شما می‌گوید که کدام مکتب مسئول است.
check-masern = سند واکسین سرخکان را نشان بدهید
check-masern-hint = اطفال برای Kita (کودکستان) و مکتب به یک سند واکسین سرخکان ضرورت دارند. این سند در Impfpass (کارت واکسین) است.
check-u-untersuchungen = معاینه‌های وقایوی را نزد داکتر اطفال انجام بدهید
check-u-untersuchungen-hint = نام این معاینه‌ها U1 تا U9 است. وقت‌های ملاقات آن‌ها در کتابچه زرد نوشته شده است.
check-kindergeld = Kindergeld (پول اطفال) را از Familienkasse (صندوق فامیل) درخواست کنید
check-kindergeld-hint = این کار اکثراً فقط با Aufenthaltserlaubnis (جواز اقامت) ممکن است. از یک مرکز مشوره بپرسید.
check-bildung-teilhabe = برای لوازم مکتب و گردش‌ها پول درخواست کنید (Bildung und Teilhabe)
check-bildung-teilhabe-hint = این پول برای اطفالی است که فامیل شان از Sozialamt (اداره امور اجتماعی) یا Jobcenter پول می‌گیرد.

## Tab 6: Arbeit

tab-work-intro = کار کمک می‌کند که در آلمان جا بیفتید. در اینجا نوشته شده که قبل از شروع یک کار چه چیزهایی را باید بدانید. جواز کار، قراردادها و صورت‌حساب‌های معاش خود را در اینجا بگذارید.
tab-work-tip-ohne-erlaubnis = کار کردن بدون اجازه منع است. این کار به اقامت شما ضرر رسانده می‌تواند.
tab-work-tip-mindestlohn = در آلمان حداقل معاش (Mindestlohn) است. برای بیشتر کارها، معاش هر ساعت نباید کمتر از آن باشد.
tab-work-tip-schriftlich = شما حق دارید قواعد مهم کار خود را روی کاغذ داشته باشید: معاش، ساعات کار و رخصتی.
tab-work-tip-krank = مریض هستید؟ همان روز اول، قبل از شروع کار، فوراً به کارفرمای خود خبر بدهید.
tab-work-tip-probezeit = در شروع اکثراً یک دوره آزمایشی (Probezeit) است. در این مدت فسخ قرارداد کار آسان‌تر است.

check-arbeitserlaubnis = کنترول کنید: آیا اجازه دارم کار کنم؟
check-arbeitserlaubnis-hint = این بالای سند اقامت شما نوشته شده است. با Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی) یا Duldung (توقف موقت اخراج) برای هر کار به اجازه Ausländerbehörde (اداره امور خارجیان) ضرورت دارید.
check-arbeitsuchend = خود را در Agentur für Arbeit (اداره کار) یا Jobcenter به حیث جوینده کار ثبت کنید
check-arbeitsuchend-hint = در آنجا برای پیدا کردن کار کمک می‌گیرید.
check-lebenslauf = یک خلص سوانح (Lebenslauf) به زبان آلمانی بنویسید
check-lebenslauf-hint = یک مرکز مشوره یا Jobcenter در این کار کمک می‌کند.
check-arbeitsvertrag = قرارداد کار را قبل از امضا بدهید کسی بخواند
check-arbeitsvertrag-hint = فقط چیزی را امضا کنید که می‌فهمید. قرارداد را خوب نگه دارید.
check-sozialversicherungsausweis = Sozialversicherungsausweis (کارت بیمه اجتماعی) را نگه دارید
check-sozialversicherungsausweis-hint = نمبر روی آن را برای هر کار لازم دارید. این نمبر از طریق پست از Rentenversicherung (بیمه تقاعد) می‌آید.
check-lohnabrechnung = صورت‌حساب‌های معاش را هر ماه نگه دارید
check-lohnabrechnung-hint = صورت‌حساب معاش (Lohnabrechnung) معاش شما را نشان می‌دهد و اینکه چه مقدار از آن کم می‌شود.
check-einkommen-melden = کار و معاش را فوراً به Jobcenter یا Sozialamt (اداره امور اجتماعی) اطلاع بدهید
check-einkommen-melden-hint = در غیر آن، شاید مجبور شوید پول را پس بدهید.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = این بخش درباره مکتب، آموزش مسلکی (Ausbildung) و تحصیل در پوهنتون است. سند تحصیلی شما از وطن می‌تواند در آلمان ارزش زیاد داشته باشد. شهادت‌نامه‌ها، ترجمه‌ها و اسناد به رسمیت شناختن را در اینجا بگذارید.
tab-training-tip-ausbildung = Ausbildung (آموزش مسلکی) اکثراً 2 تا 3 و نیم سال دوام می‌کند. شما در محل کار و در مکتب مسلکی (Berufsschule) یاد می‌گیرید. در این مدت پول هم می‌گیرید.
tab-training-tip-anerkennung = با سندی که به رسمیت شناخته شده باشد، آسان‌تر کار خوب پیدا می‌کنید.
tab-training-tip-originale = اصل شهادت‌نامه‌ها را به کسی ندهید. کاپی یا کاپی تصدیق‌شده تحویل بدهید.
tab-training-tip-deutsch-niveau = برای Ausbildung (آموزش مسلکی) اکثراً به زبان آلمانی در سطح B1 یا B2 ضرورت است، برای پوهنتون اکثراً C1.
tab-training-tip-foerderung = در جریان Ausbildung بعضی وقت‌ها دولت پول می‌دهد، مثلاً Berufsausbildungsbeihilfe (BAB، کمک مالی آموزش مسلکی) یا BAföG (کمک مالی تحصیلی). از Agentur für Arbeit (اداره کار) بپرسید.

check-zeugnisse = شهادت‌نامه‌های مکتب و شهادت‌نامه‌های مسلکی را جمع کنید
check-zeugnisse-hint = اصل اسناد را در جای محفوظ نگه دارید. در جاهای دیگر کاپی نشان بدهید.
check-zeugnisse-uebersetzen = شهادت‌نامه‌ها را بدهید ترجمه کنند
check-zeugnisse-uebersetzen-hint = ادارات اکثراً ترجمه تصدیق‌شده (beglaubigte Übersetzung) می‌خواهند. این کار را یک ترجمان رسمی سوگندخورده انجام می‌دهد.
check-anerkennung = برای به رسمیت شناختن سند تحصیلی خارجی خود اقدام کنید
check-anerkennung-hint = یک Anerkennungsberatung (مشوره برای به رسمیت شناختن اسناد) به طور رایگان کمک می‌کند، مثلاً از IQ Netzwerk.
check-berufsberatung = برای مشوره مسلکی در Agentur für Arbeit (اداره کار) وقت بگیرید
check-berufsberatung-hint = در آنجا می‌فهمید که کدام آموزش مسلکی و کدام مسلک برای شما مناسب است.
check-ausbildungsvertrag = قرارداد آموزش مسلکی (Ausbildungsvertrag) را خوب نگه دارید
check-ausbildungsvertrag-hint = Duldung (توقف موقت اخراج) دارید؟ پس آموزش مسلکی می‌تواند کمک کند که در آلمان بمانید (Ausbildungsduldung). از یک مرکز مشوره بپرسید.
check-studium = برای تحصیل در پوهنتون از خود پوهنتون بپرسید
check-studium-hint = بپرسید که به کدام اسناد و کدام سطح زبان آلمانی ضرورت دارید.

## Tab 8: Gesundheit

tab-health-intro = این بخش درباره صحت شما است. در اینجا می‌خوانید که چطور نزد داکتر بروید و چه کسی پول آن را می‌پردازد. Impfpass (کارت واکسین)، مکتوب‌های داکتر و یک کاپی از Gesundheitskarte (کارت بیمه صحی) را در اینجا بگذارید.
tab-health-tip-notruf = در حالت عاجل به 112 زنگ بزنید: امبولانس و اطفائیه. نمبر پولیس 110 است. این زنگ‌ها رایگان است.
tab-health-tip-bereitschaftsdienst = شام‌ها و در آخر هفته خدمات نوکریوال داکتران (ärztlicher Bereitschaftsdienst) کمک می‌کند. نمبر تیلفون آن 116 117 است.
tab-health-tip-hausarzt-zuerst = اول به کلینیک داکتر عمومی (Hausarztpraxis) بروید. اگر ضرورت باشد، داکتر شما را نزد داکتر متخصص روان می‌کند.
tab-health-tip-termin = قبلاً وقت بگیرید. اگر آمده نمی‌توانید، وقت خود را لغو کنید.
tab-health-tip-schweigepflicht = داکتران اجازه ندارند چیزی درباره شما به دیگران بگویند. این را رازداری داکتر (Schweigepflicht) می‌گویند. شما می‌توانید آزادانه گپ بزنید.
tab-health-tip-seele = روان هم مریض شده می‌تواند، مثلاً بعد از جنگ و فرار. برای این هم کمک وجود دارد. در کلینیک داکتر عمومی خود یا در یک مرکز مشوره بپرسید.

check-gesundheitskarte = کارت بیمه صحی (Gesundheitskarte) یا ورقه تداوی (Behandlungsschein) داشته باشید
check-gesundheitskarte-hint = در جریان پروسه پناهندگی اکثراً یک Behandlungsschein (ورقه تداوی) از Sozialamt (اداره امور اجتماعی) می‌گیرید. در بعضی شهرها از همان اول Gesundheitskarte (کارت بیمه صحی) می‌دهند.
check-behandlungsschein = قبل از رفتن نزد داکتر، Behandlungsschein (ورقه تداوی) بگیرید
check-behandlungsschein-hint = Behandlungsschein (ورقه تداوی) فقط برای یک مدت معین اعتبار دارد. در حالت عاجل فوراً نزد داکتر یا به شفاخانه بروید.
check-krankenkasse = وقتی کار می‌کنید یا Bürgergeld (کمک مصارف زندگی) می‌گیرید، یک Krankenkasse (صندوق بیمه صحی) انتخاب کنید
check-krankenkasse-hint = شما می‌توانید صندوق بیمه صحی را خود انتخاب کنید. بعد یک Gesundheitskarte (کارت بیمه صحی) می‌گیرید.
check-impfpass = Impfpass (کارت واکسین) را نگه دارید و بدهید واکسین‌های شما را کنترول کنند
check-impfpass-hint = Impfpass (کارت واکسین) را هر بار که نزد داکتر می‌روید، با خود ببرید. یک واکسین کم است؟ داکتر شما را رهنمایی می‌کند.
check-hausarzt = یک کلینیک داکتر عمومی (Hausarztpraxis) پیدا کنید
check-hausarzt-hint = وقتی مریض هستید، اول به آنجا بروید. این کلینیک را به تماس‌ها اضافه کنید.
check-arztbriefe = مکتوب‌های داکتر و نتیجه‌های معاینه را جمع کنید
check-arztbriefe-hint = به این ترتیب لازم نیست یک معاینه دو بار انجام شود. وقتی کلینیک را تبدیل می‌کنید هم کمک می‌کند.
check-krankmeldung = وقتی مریض هستید، تصدیق مریضی (Krankmeldung) تحویل بدهید
check-krankmeldung-hint = تصدیق مریضی را در محل کار، در کورس زبان یا در Jobcenter تحویل بدهید. بپرسید که تا چه وقت باید آن را تحویل بدهید.

## Tab 9: Beratung und Hilfe

tab-advice-intro = لازم نیست همه کارها را تنها انجام بدهید. در اینجا جاهایی را می‌یابید که به شما کمک می‌کنند، اکثراً رایگان. یادداشت‌های جلسه‌های مشوره را در اینجا بگذارید.
tab-advice-tip-kostenlos = بیشتر مراکز مشوره رایگان هستند. اگر کم آلمانی صحبت کنید هم، کمک می‌کنند.
tab-advice-tip-nachfragen = چیزی را نمی‌فهمید؟ دوباره بپرسید. بخواهید که با کلمه‌های ساده گپ بزنند یا ترجمان بیاورند.
tab-advice-tip-unterschrift = فقط چیزی را امضا کنید که می‌فهمید.
tab-advice-tip-jmd-mbe = برای اشخاص کمتر از 27 ساله، Jugendmigrationsdienst (JMD، خدمات مهاجرت برای جوانان) کمک می‌کند. از 27 سالگی به بعد Migrationsberatung für Erwachsene (MBE، مشوره مهاجرت برای بزرگسالان) کمک می‌کند.
tab-advice-tip-hilfetelefon = نمبر تیلفون کمک «Gewalt gegen Frauen» (خشونت علیه زنان) 116 016 است. این تیلفون رایگان است، شب و روز، به زبان‌های زیاد.
tab-advice-tip-schon-gesehen = به مشاور بگویید که تا حالا به کدام ادارات و مراکز رفته اید. به این ترتیب کسی شما را بی‌فایده از این اداره به آن اداره روان نمی‌کند.

check-ordner-mitnehmen = این دوسیه را به هر وقت ملاقات با خود ببرید
check-ordner-mitnehmen-hint = به این ترتیب همه می‌بینند که کدام اسناد را دارید و چه چیزی هنوز کم است.
check-beratung-finden = یک مرکز مشوره نزدیک خود پیدا کنید
check-beratung-finden-hint = تماس‌های این بخش در این کار به شما کمک می‌کنند. مشوره اکثراً رایگان است.
check-beratungsnotizen = بعد از هر مشوره یک یادداشت بنویسید
check-beratungsnotizen-hint = یادداشت کنید: چه وقت بود؟ با چه کسی صحبت کردید؟ قدم بعدی چیست؟
check-vollmacht = وکالت‌خط (Vollmacht) را فقط به کسی بدهید که به او اعتماد دارید
check-vollmacht-hint = با وکالت‌خط، شخص دیگری اجازه دارد به جای شما کار کند و مکتوب‌های شما را بگیرد.
check-rechtsberatung = بدانید که از کجا می‌توانید از یک وکیل کمک بگیرید
check-rechtsberatung-hint = پول کم دارید؟ در Amtsgericht (محکمه محلی) درباره Beratungshilfe (کمک برای مصارف مشوره حقوقی) بپرسید. در آن صورت مشوره با وکیل مصرف کم دارد.

## Tab 10: Weitere Dokumente

tab-documents-intro = همه اسناد مهم دیگر را در اینجا بگذارید: پاسپورت، اسناد رسمی، لایسنس رانندگی. نظم خوب در هر وقت ملاقات وقت را صرفه‌جویی می‌کند.
tab-documents-tip-kopien = از هر سند مهم یک کاپی یا یک عکس بگیرید. اصل اسناد را در جای محفوظ نگه دارید.
tab-documents-tip-bestaetigung = اصل یک سند را به اداره‌ای می‌دهید؟ یک رسید (تأییدیه) بخواهید.
tab-documents-tip-botschaft = در جریان پروسه پناهندگی: بدون مشوره به سفارت کشور خود نروید. این کار به پروسه پناهندگی شما ضرر رسانده می‌تواند.
tab-documents-tip-beglaubigt = ادارات اکثراً ترجمه تصدیق‌شده (beglaubigte Übersetzung) می‌خواهند. این ترجمه‌ای است که مهر یک ترجمان رسمی سوگندخورده را دارد.
tab-documents-tip-app = این اپ عکس‌های شما را به شکل رمزگذاری‌شده در مبایل شما ذخیره می‌کند. با این هم، خود اسناد کاغذی را نگه دارید.

check-reisepass = پاسپورت یا تذکره را در جای محفوظ نگه دارید
check-reisepass-hint = یک اداره پاسپورت شما را نگه می‌دارد؟ پس یک رسید (تأییدیه) می‌گیرید. آن را خوب نگه دارید.
check-geburtsurkunde = سند تولد خود را نگه دارید
check-geburtsurkunde-hint = آن را مثلاً برای ازدواج یا وقتی طفل شما به دنیا می‌آید، لازم دارید.
check-heiratsurkunde = نکاح‌خط را نگه دارید
check-heiratsurkunde-hint = نکاح‌خط برای پیوستن فامیل (Familiennachzug) و برای کمک‌های مالی فامیل مهم است.
check-fuehrerschein = بدهید لایسنس رانندگی شما را کنترول کنند
check-fuehrerschein-hint = لایسنس رانندگی از کشوری بیرون از اتحادیه اروپا (EU) اکثراً فقط 6 ماه در آلمان اعتبار دارد. بعد از آن باید آن را به لایسنس آلمانی تبدیل کنید. { deadline-not-legal-advice }
check-kopien = از همه اسناد مهم عکس یا کاپی بگیرید
check-kopien-hint = به این ترتیب، اگر اصل یک سند گم شود، باز هم آن سند را دارید.
check-urkunden-uebersetzen = اسناد مهم را بدهید ترجمه کنند
check-urkunden-uebersetzen-hint = اول از اداره بپرسید که آیا ترجمه تصدیق‌شده (beglaubigte Übersetzung) لازم دارد.

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (اداره امور خارجیان)
contact-type-auslaenderbehoerde-desc = اسناد اقامت: Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی)، Duldung (توقف موقت اخراج)، Aufenthaltserlaubnis (جواز اقامت) و اجازه کار.
contact-type-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
contact-type-bamf-desc = درباره درخواست پناهندگی فیصله می‌کند. کورس‌های ادغام (Integrationskurs) را هم تنظیم می‌کند.
contact-type-asylverfahrensberatung = مشوره پروسه پناهندگی (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = درباره پروسه پناهندگی، مصاحبه (Anhörung) و مکتوب‌های BAMF مشوره می‌دهد.
contact-type-buergeramt = Bürgeramt (دفتر خدمات شهری)
contact-type-buergeramt-desc = Anmeldung (ثبت آدرس محل بود و باش) و Meldebescheinigung (تصدیق ثبت آدرس).
contact-type-sozialamt = Sozialamt (اداره امور اجتماعی)
contact-type-sozialamt-desc = پول، جای بود و باش و ورقه تداوی (Behandlungsschein) در جریان پروسه پناهندگی (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (اداره کاریابی و کمک مالی)
contact-type-jobcenter-desc = Bürgergeld (کمک مصارف زندگی) و کمک برای پیدا کردن کار، اکثراً بعد از قبولی پناهندگی.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (اداره کار)
contact-type-agentur-fuer-arbeit-desc = مشوره مسلکی، پیدا کردن کار و آموزش مسلکی.
contact-type-familienkasse = Familienkasse (صندوق فامیل)
contact-type-familienkasse-desc = Kindergeld (پول اطفال) را می‌پردازد.
contact-type-schuldnerberatung = Schuldnerberatung (مشوره قرض)
contact-type-schuldnerberatung-desc = در مورد قرض‌ها و اخطاریه‌های پرداخت کمک می‌کند، اکثراً رایگان.
contact-type-wohnungsamt = Wohnungsamt (اداره مسکن)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS، جواز خانه اجتماعی) و کمک برای پیدا کردن خانه.
contact-type-sprachkurstraeger = مؤسسه برگزارکننده کورس آلمانی (Kursträger)
contact-type-sprachkurstraeger-desc = کورس‌های ادغام (Integrationskurs) و کورس‌های دیگر زبان آلمانی، مثلاً در Volkshochschule (مرکز آموزش بزرگسالان).
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE، مشوره مهاجرت برای بزرگسالان)
contact-type-migrationsberatung-desc = مشوره برای اشخاص 27 ساله و بالاتر: زبان، کار، خانه، فامیل.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD، خدمات مهاجرت برای جوانان)
contact-type-jugendmigrationsdienst-desc = مشوره برای جوانان 12 تا 27 ساله: مکتب، آموزش مسلکی، زبان.
contact-type-kita-schulamt = Kita- und Schulamt (اداره کودکستان و مکتب)
contact-type-kita-schulamt-desc = جای در Kita (کودکستان) و ثبت نام در مکتب.
contact-type-jugendamt = Jugendamt (اداره حمایت از اطفال و نوجوانان)
contact-type-jugendamt-desc = کمک برای اطفال، نوجوانان و والدین.
contact-type-standesamt = Standesamt (اداره احوال نفوس)
contact-type-standesamt-desc = اسناد تولد و نکاح‌خط‌ها در آلمان.
contact-type-anerkennungsberatung = Anerkennungsberatung (مشوره برای به رسمیت شناختن اسناد)
contact-type-anerkennungsberatung-desc = برای به رسمیت شناختن اسناد تحصیلی خارجی کمک می‌کند.
contact-type-krankenkasse = Krankenkasse (صندوق بیمه صحی)
contact-type-krankenkasse-desc = کارت بیمه صحی (Gesundheitskarte) و مصارف داکتر و شفاخانه.
contact-type-hausarzt = Hausarztpraxis (کلینیک داکتر عمومی)
contact-type-hausarzt-desc = اولین جای در وقت مریضی. کلینیک داکتر خود را در اینجا درج کنید.
contact-type-gesundheitsamt = Gesundheitsamt (اداره صحت عامه)
contact-type-gesundheitsamt-desc = واکسین، مشوره و معاینه.
contact-type-rechtsanwalt = وکیل (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = در شکایت به محکمه (Klage) کمک می‌کند، مثلاً علیه Bescheid (مکتوب فیصله) از BAMF.
contact-type-ehrenamt = کمک داوطلبانه (Ehrenamt)
contact-type-ehrenamt-desc = داوطلبان در زندگی روزمره کمک می‌کنند، مثلاً در مورد مکتوب‌ها و وقت‌های ملاقات.

## Labels of the fields of a contact

contact-field-organisation = اداره
contact-field-department = بخش
contact-field-address = آدرس
contact-field-phone = تیلفون
contact-field-email = ایمیل
contact-field-web = ویب‌سایت
contact-field-hours = اوقات کاری
contact-field-languages = زبان‌ها
contact-field-notes = یادداشت‌ها
contact-by-appointment = فقط با وقت ملاقات قبلی
contact-facts-as-of = معلومات از سال { $year }
contact-facts-unknown = معلوم نیست که این معلومات از چه وقت است.
