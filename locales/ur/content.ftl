### Content of the ten tabs, in Urdu. Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with a short
### explanation in Urdu. Numbers in Western digits, as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = قواعد اور مشورے
tab-section-checklist = چیک لسٹ
tab-section-contacts = رابطے

## Tab 1: Ankommen

tab-arrival-intro = یہاں جرمنی میں آپ کے پہلے قدموں کے بارے میں معلومات ہیں۔ یہ آپ کے قیام اور آپ کی پناہ کی کارروائی کے بارے میں ہے۔ BAMF اور Ausländerbehörde (غیر ملکیوں کا دفتر) کے تمام کاغذات یہاں رکھیں۔
tab-arrival-tip-gestattung-dabei = اپنی Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) ہمیشہ اپنے پاس رکھیں۔ پولیس اور سرکاری دفاتر اسے دیکھنا چاہتے ہیں۔
tab-arrival-tip-briefe-oeffnen = ہر خط فوراً کھولیں۔ بہت سے خطوں میں ایک مہلت ہوتی ہے۔ مہلت کا مطلب ہے جواب دینے کا آخری دن۔
tab-arrival-tip-gelber-umschlag = BAMF کے خط اکثر ایک پیلے لفافے میں آتے ہیں۔ لفافے پر ایک تاریخ لکھی ہوتی ہے۔ لفافہ سنبھال کر رکھیں: مہلت اسی تاریخ سے شروع ہوتی ہے۔
tab-arrival-tip-adresse = آپ گھر بدل رہے ہیں؟ نیا پتہ فوراً BAMF اور Ausländerbehörde (غیر ملکیوں کا دفتر) کو بتائیں۔ ورنہ اہم خط آپ تک نہیں پہنچیں گے۔
tab-arrival-tip-beratung-vor-anhoerung = Anhörung (پناہ کا انٹرویو) سے پہلے کسی Asylverfahrensberatung (پناہ کی کارروائی کے بارے میں مشاورت) میں جائیں۔ یہ مشاورت عموماً مفت ہوتی ہے۔
tab-arrival-tip-anhoerung-alles-sagen = انٹرویو میں وہ سب کچھ بتائیں جو آپ کے ملک چھوڑ کر بھاگنے کے بارے میں اہم ہے۔ ثبوت ساتھ لائیں، مثلاً تصویریں یا کاغذات۔
tab-arrival-tip-dolmetscher = انٹرویو میں ایک مترجم ہوتا ہے۔ اگر آپ اس کی بات اچھی طرح نہیں سمجھتے تو فوراً بتائیں۔
tab-arrival-tip-duldung = Duldung (ملک بدری کی عارضی معطلی) رہائشی اجازت نامہ نہیں ہے۔ اس کا مطلب صرف یہ ہے: آپ کی ملک بدری کچھ وقت کے لیے روکی گئی ہے (§ 60a AufenthG)۔ Duldung لے کر فوراً کسی مشاورتی مرکز جائیں۔
tab-arrival-tip-fiktionsbescheinigung = اگر آپ میعاد ختم ہونے سے پہلے تجدید کی درخواست دیں تو آپ کا رہائشی اجازت نامہ اس وقت تک چلتا رہتا ہے جب تک Ausländerbehörde (غیر ملکیوں کا دفتر) فیصلہ نہ کرے۔ یہی Fiktionsbescheinigung دکھاتا ہے (§ 81 Abs. 4 und 5 AufenthG)۔
tab-arrival-tip-wohnsitzauflage = آپ کے کاغذ پر Wohnsitzauflage (رہائش کی جگہ کی پابندی) لکھی ہو سکتی ہے: تب آپ کو اسی جگہ رہنا ہوگا (§ 60 AsylG, § 12a AufenthG)۔ räumliche Beschränkung (علاقے کی پابندی) کا مطلب ہے: آپ اجازت کے بغیر کسی علاقے سے باہر نہیں جا سکتے (§ 56 AsylG, § 61 AufenthG)۔ گھر بدلنے یا سفر سے پہلے Ausländerbehörde (غیر ملکیوں کا دفتر) سے پوچھیں۔

check-ankunftsnachweis = Ankunftsnachweis (آمد کا ثبوت) سنبھال کر رکھیں
check-ankunftsnachweis-hint = یہ جرمنی میں آپ کا پہلا کاغذ ہے۔ یہ آپ کو رجسٹریشن کے بعد ملتا ہے۔
check-aufenthaltsgestattung = پناہ کی درخواست کے بعد Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) حاصل کریں
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung سے پتہ چلتا ہے کہ آپ پناہ کی کارروائی کے دوران جرمنی میں رہ سکتے ہیں۔ اسے ہمیشہ اپنے پاس رکھیں۔
check-gestattung-verlaengern = Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) کی تجدید کروائیں — میعاد ختم ہونے سے پہلے
check-gestattung-verlaengern-hint = میعاد ختم ہونے کی تاریخ کاغذ پر لکھی ہوتی ہے۔ اس تاریخ سے پہلے، بروقت Ausländerbehörde (غیر ملکیوں کا دفتر) جائیں۔ { deadline-not-legal-advice }
check-anhoerung = BAMF میں Anhörung (پناہ کا انٹرویو) کے لیے جائیں
check-anhoerung-hint = Anhörung آپ کے ملک چھوڑ کر بھاگنے کے بارے میں ایک گفتگو ہے۔ اس کا وقت BAMF کے خط میں لکھا ہوتا ہے۔ وقت پر آئیں اور اپنے تمام کاغذات ساتھ لائیں۔
check-adresse-mitteilen = نیا پتہ فوراً BAMF اور Ausländerbehörde (غیر ملکیوں کا دفتر) کو بتائیں
check-adresse-mitteilen-hint = BAMF خط اس آخری پتے پر بھیجتا ہے جو اسے معلوم ہے۔ مہلت اس صورت میں بھی شروع ہو جاتی ہے جب آپ کو خط نہ ملے۔
check-bamf-bescheid = BAMF کا Bescheid (فیصلے کا خط) فوراً مشاورت کے لیے لے جائیں
check-bamf-bescheid-hint = Bescheid ایک خط ہے جس میں کوئی فیصلہ لکھا ہوتا ہے۔ پیلے لفافے پر لکھی تاریخ نوٹ کر لیں۔ اگر درخواست مسترد ہو جائے تو عدالت میں مقدمہ (Klage) کرنے کے لیے آپ کے پاس صرف 1 یا 2 ہفتے ہوتے ہیں۔ { deadline-not-legal-advice }
check-aufenthaltserlaubnis = پناہ کی منظوری کے بعد: Ausländerbehörde (غیر ملکیوں کا دفتر) سے Aufenthaltserlaubnis (رہائشی اجازت نامہ) کی درخواست کریں
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (رہائشی اجازت نامہ) کی بھی ایک میعاد ہوتی ہے۔ اس کی تجدید کی درخواست بروقت، میعاد ختم ہونے سے پہلے دیں۔ { deadline-not-legal-advice }
check-duldung = Duldung کی میعاد ختم ہونے سے پہلے تجدید کروائیں
check-duldung-hint = Duldung صرف کاغذ پر لکھی تاریخ تک چلتی ہے۔ اس تاریخ سے پہلے، بروقت Ausländerbehörde (غیر ملکیوں کا دفتر) جائیں۔ کسی مشاورتی مرکز سے پوچھیں کہ کیا آپ کو رہائشی اجازت نامہ مل سکتا ہے (§ 60a AufenthG)۔ { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung سنبھال کر رکھیں اور میعاد ختم ہونے سے پہلے تجدید کروائیں
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung دکھاتا ہے: آپ کی درخواست زیرِ کارروائی ہے اور فیصلے تک آپ رہ سکتے ہیں (§ 81 Abs. 5 AufenthG)۔ اس کی بھی میعاد ہوتی ہے۔ اس تاریخ سے پہلے، بروقت Ausländerbehörde (غیر ملکیوں کا دفتر) جائیں۔ { deadline-not-legal-advice }
check-wohnsitzauflage = اپنا کاغذ دیکھیں: Wohnsitzauflage یا räumliche Beschränkung؟
check-wohnsitzauflage-hint = کیا آپ کے کاغذ پر „Wohnsitzauflage“ یا „räumlich beschränkt“ لکھا ہے؟ تو گھر بدلنے یا سفر سے پہلے Ausländerbehörde (غیر ملکیوں کا دفتر) سے پوچھیں (§ 56, § 60 AsylG; § 12a, § 61 AufenthG)۔ اجازت کے بغیر جرمانہ یا سزا ہو سکتی ہے۔

## Tab 2: Geld

tab-money-intro = یہ حصہ گزارے کے لیے پیسوں کے بارے میں ہے۔ پناہ کی کارروائی کے دوران عموماً Sozialamt (سماجی بہبود کا دفتر) مدد کرتا ہے، بعد میں اکثر Jobcenter (روزگار اور مالی امداد کا دفتر)۔ فیصلوں کے خط (Bescheid)، بینک کے کاغذات اور ٹیکس کے کاغذات یہاں رکھیں۔
tab-money-tip-bescheid = Bescheid کسی سرکاری دفتر کا خط ہوتا ہے جس میں کوئی فیصلہ لکھا ہوتا ہے۔ ہر Bescheid سنبھال کر رکھیں۔
tab-money-tip-aenderungen-melden = جب بھی کچھ بدلے تو دفتر کو فوراً بتائیں: نیا پتہ، نیا کام، ایک بچہ، زیادہ پیسے۔ ورنہ شاید آپ کو پیسے واپس کرنے پڑیں۔
tab-money-tip-bezahlkarte = کچھ شہر نقد رقم کے بجائے ایک ادائیگی کارڈ (Bezahlkarte) دیتے ہیں۔ اس کا PIN کسی کو نہ بتائیں۔
tab-money-tip-basiskonto = جرمنی میں ہر انسان کو ایک بنیادی بینک اکاؤنٹ (Basiskonto) کا حق ہے۔ یہ حق Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) یا Duldung (ملک بدری کی عارضی معطلی) کے ساتھ بھی ہے۔
tab-money-tip-haustuer = گھر کے دروازے پر یا فون پر کسی معاہدے پر دستخط نہ کریں۔ پہلے کسی مشاورتی مرکز سے پوچھیں۔
tab-money-tip-schulden = آپ پر قرض ہے یا ادائیگی کی یاددہانی کے خط آئے ہیں؟ جلدی کسی Schuldnerberatung (قرض کے بارے میں مشاورت) میں جائیں۔ یہ عموماً مفت ہوتی ہے۔

check-asylblg-leistungen = Sozialamt (سماجی بہبود کا دفتر) سے مالی امداد کی درخواست کریں
check-asylblg-leistungen-hint = پناہ کی کارروائی کے دوران عموماً Sozialamt ادائیگی کرتا ہے۔ اس کے قانون کا نام Asylbewerberleistungsgesetz (AsylbLG) ہے۔
check-buergergeld = پناہ کی منظوری کے بعد: Jobcenter سے Bürgergeld (گزارہ الاؤنس) کی درخواست کریں
check-buergergeld-hint = قانون میں Bürgergeld کا نام Grundsicherung für Arbeitsuchende (کام تلاش کرنے والوں کے لیے بنیادی مالی مدد) ہے۔ درخواست فوراً دیں: Jobcenter صرف اسی مہینے سے ادائیگی کرتا ہے جس مہینے میں آپ درخواست دیتے ہیں۔
check-widerspruch = ہر Bescheid (فیصلے کا خط) کسی سے چیک کروائیں — Widerspruch (اعتراض) 1 مہینے کے اندر
check-widerspruch-hint = آپ کو لگتا ہے کہ فیصلہ غلط ہے؟ تو آپ Widerspruch (اعتراض) کر سکتے ہیں، عموماً صرف 1 مہینے کے اندر۔ اس کا طریقہ Bescheid کے آخر میں لکھا ہوتا ہے۔ { deadline-not-legal-advice }
check-bankkonto = بینک اکاؤنٹ کھولیں
check-bankkonto-hint = اپنا پاسپورٹ یا اپنی Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) ساتھ لے جائیں۔ بینک آپ کو بنیادی اکاؤنٹ (Basiskonto) دینے کا پابند ہے۔
check-steuer-id = Steuer-Identifikationsnummer (ٹیکس شناختی نمبر) سنبھال کر رکھیں
check-steuer-id-hint = یہ نمبر Anmeldung (پتے کا اندراج) کے بعد ڈاک سے آتا ہے۔ آپ کو اس کی ضرورت کام اور Kindergeld (بچوں کا الاؤنس) کے لیے ہوتی ہے۔
check-rundfunkbeitrag = Rundfunkbeitrag (ریڈیو اور ٹی وی فیس) سے چھوٹ کی درخواست دیں
check-rundfunkbeitrag-hint = Rundfunkbeitrag ریڈیو اور ٹی وی کی ایک فیس ہے۔ جو شخص Sozialamt (سماجی بہبود کا دفتر) یا Jobcenter سے پیسے لیتا ہے، وہ اس سے چھوٹ لے سکتا ہے۔ اس کے لیے Bescheid (فیصلے کا خط) کی ایک کاپی بھیجیں۔

## Tab 3: Wohnen

tab-housing-intro = یہ حصہ آپ کے گھر کے بارے میں ہے۔ یہاں رہائش کے قواعد اور Anmeldung (پتے کا اندراج) کے بارے میں معلومات ہیں۔ کرایہ نامہ اور Meldebescheinigung (پتے کے اندراج کا سرٹیفکیٹ) یہاں رکھیں۔
tab-housing-tip-hausordnung = ہر عمارت کے کچھ قواعد ہوتے ہیں، جنہیں Hausordnung کہتے ہیں۔ عموماً رات 22 بجے سے صبح 6 بجے تک آرام کا وقت ہوتا ہے۔ اس وقت سب کو خاموش رہنا چاہیے۔
tab-housing-tip-muell = کوڑا الگ الگ کریں: کاغذ، پیکنگ، شیشہ، کھانے اور پودوں کا کوڑا (Bio-Müll) اور باقی کوڑا (Restmüll)۔ کوڑے دانوں کے رنگ ہر شہر میں مختلف ہوتے ہیں۔
tab-housing-tip-lueften = دن میں کئی بار، چند منٹ کے لیے کھڑکیاں پوری کھولیں۔ اس طرح پھپھوندی نہیں لگتی۔
tab-housing-tip-kaution = Kaution (ضمانت کی رقم) وہ پیسے ہیں جو مالک مکان ضمانت کے طور پر لیتا ہے۔ گھر چھوڑتے وقت، اگر گھر ٹھیک حالت میں ہو تو یہ پیسے آپ کو واپس مل جاتے ہیں۔
tab-housing-tip-kuendigen = آپ گھر چھوڑنا چاہتے ہیں؟ معاہدہ تحریری طور پر ختم کریں۔ عموماً آپ کو 3 مہینے پہلے نوٹس دینا ہوتا ہے۔ کیا کوئی سرکاری دفتر کرایہ دیتا ہے؟ تو پہلے وہاں بھی پوچھیں۔

check-wohnungsgeberbestaetigung = مالک مکان سے Wohnungsgeberbestätigung (مالک مکان کی تصدیق) لیں
check-wohnungsgeberbestaetigung-hint = مالک مکان کو یہ آپ کے گھر میں آنے پر آپ کو دینی ہوتی ہے۔ آپ کو یہ Anmeldung (پتے کا اندراج) کے لیے چاہیے۔
check-anmeldung = Bürgeramt (شہری خدمات کا دفتر) میں Anmeldung (پتے کا اندراج) — نئے گھر میں آنے کے 2 ہفتے کے اندر
check-anmeldung-hint = Wohnungsgeberbestätigung (مالک مکان کی تصدیق) اور اپنا پاسپورٹ یا Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) ساتھ لائیں۔ پھر آپ کو Meldebescheinigung (پتے کے اندراج کا سرٹیفکیٹ) ملے گا۔ { deadline-not-legal-advice }
check-umzug-fragen = گھر بدلنے سے پہلے Sozialamt (سماجی بہبود کا دفتر) یا Jobcenter سے پوچھیں
check-umzug-fragen-hint = اکثر دفتر کو نئے گھر کی پہلے سے اجازت دینی ہوتی ہے۔ ورنہ شاید وہ کرایہ نہ دے۔ پناہ کی کارروائی کے دوران Ausländerbehörde (غیر ملکیوں کا دفتر) سے بھی پوچھیں۔
check-mietvertrag = کرایہ نامہ دستخط سے پہلے کسی سے چیک کروائیں
check-mietvertrag-hint = کسی سے کہیں کہ آپ کو معاہدہ سمجھائے۔ اس کی ایک کاپی رکھیں۔
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، سماجی رہائش کا اجازت نامہ) کی درخواست دیں
check-wohnberechtigungsschein-hint = سماجی رہائش (Sozialwohnung) کے لیے آپ کو WBS چاہیے۔ اگر آپ کی آمدنی کم ہو تو یہ آپ کو Wohnungsamt (محکمہ رہائش) سے ملتا ہے۔
check-energie = بجلی اور گیس اپنے نام پر رجسٹر کروائیں
check-energie-hint = جس دن آپ گھر میں آئیں، میٹروں پر لکھے نمبر لکھ لیں۔ ان کی تصویر بھی لے لیں۔
check-briefkasten = لیٹر باکس اور گھنٹی پر اپنا نام لکھیں
check-briefkasten-hint = ورنہ آپ کو اہم خط نہیں ملیں گے۔ مہلت پھر بھی گزرتی رہتی ہے۔

## Tab 4: Deutsch lernen

tab-german-intro = جرمن زبان کام پر، اسکول میں اور روزمرہ زندگی میں آپ کی مدد کرتی ہے۔ یہاں زبان کے کورس تک پہنچنے کا راستہ ہے۔ کورس کے کاغذات اور سرٹیفکیٹ یہاں رکھیں۔
tab-german-tip-jeden-tag = ہر دن تھوڑا سا سیکھیں۔ 15 منٹ بھی فائدہ دیتے ہیں۔
tab-german-tip-integrationskurs = Integrationskurs (انضمام کورس) کے دو حصے ہیں: زبان کا کورس اور ایک تعارفی کورس (Orientierungskurs)۔ تعارفی کورس میں آپ جرمنی میں زندگی کے بارے میں بہت کچھ سیکھتے ہیں۔
tab-german-tip-kosten = اگر آپ کے پاس Berechtigung (شرکت کی اجازت) ہو تو Integrationskurs (انضمام کورس) کی فیس کم ہوتی ہے یا بالکل نہیں ہوتی۔
tab-german-tip-kinderbetreuung = آپ کے چھوٹے بچے ہیں؟ ایسا کورس پوچھیں جس میں بچوں کی دیکھ بھال بھی ہو۔
tab-german-tip-sprechen = جہاں ممکن ہو جرمن بولیں: خریداری کرتے وقت، پڑوسیوں کے ساتھ، کھیل کے کلب میں۔ بہت سے شہروں میں زبان کے کیفے (Sprachcafé) بھی ہوتے ہیں۔

check-integrationskurs-berechtigung = Integrationskurs (انضمام کورس) کے لیے Berechtigung (شرکت کی اجازت) حاصل کریں
check-integrationskurs-berechtigung-hint = Ausländerbehörde (غیر ملکیوں کا دفتر)، Jobcenter یا BAMF سے پوچھیں۔
check-kurs-anmelden = کسی Kursträger (کورس کروانے والا ادارہ) میں داخلہ لیں
check-kurs-anmelden-hint = Kursträger مثلاً Volkshochschule (بالغوں کی تعلیم کا مرکز) اور زبان کے اسکول ہوتے ہیں۔ Migrationsberatung (تارکین وطن کے لیے مشاورت) تلاش میں مدد کرتی ہے۔
check-kurs-teilnahme = باقاعدگی سے کورس میں جائیں
check-kurs-teilnahme-hint = آپ بیمار ہیں؟ Kursträger (کورس کروانے والا ادارہ) کو بتائیں اور بیماری کا سرٹیفکیٹ (Krankmeldung) لائیں۔
check-dtz = "Deutsch-Test für Zuwanderer" (DTZ، تارکین وطن کے لیے جرمن ٹیسٹ) کا امتحان دیں
check-dtz-hint = زبان کے کورس کے آخر میں ایک امتحان ہوتا ہے۔ اس کا سرٹیفکیٹ کام اور رہائش کے لیے اہم ہے۔
check-lid-test = "Leben in Deutschland" (جرمنی میں زندگی) کا ٹیسٹ دیں
check-lid-test-hint = یہ ٹیسٹ تعارفی کورس (Orientierungskurs) کے آخر میں ہوتا ہے۔
check-berufssprachkurs = اس کے بعد Berufssprachkurs (کام کے لیے جرمن زبان کا کورس) کریں
check-berufssprachkurs-hint = Berufssprachkurs میں آپ کام کے لیے جرمن سیکھتے ہیں۔ Jobcenter یا Agentur für Arbeit (روزگار ایجنسی) سے پوچھیں۔

## Tab 5: Kinder und Familie

tab-family-intro = یہ حصہ آپ کے بچوں اور خاندان کے بارے میں ہے: Kita (بچوں کا ڈے کیئر)، اسکول، Kindergeld (بچوں کا الاؤنس) اور صحت۔ پیدائش کے سرٹیفکیٹ اور Kita اور اسکول میں داخلے کے کاغذات یہاں رکھیں۔
tab-family-tip-schulpflicht = جرمنی میں تمام بچوں کا اسکول جانا لازمی ہے۔ اسکول مفت ہے۔
tab-family-tip-kita = Kita (بچوں کا ڈے کیئر) میں بچے جلدی جرمن سیکھتے ہیں۔ اپنے بچے کا داخلہ جلدی کروائیں: اکثر انتظار کی فہرست ہوتی ہے۔
tab-family-tip-elterngespraech = Kita (بچوں کا ڈے کیئر) اور اسکول کے ساتھ ملاقاتوں میں جائیں۔ اگر ضرورت ہو تو مترجم مانگیں۔
tab-family-tip-gewalt = جرمنی میں بچوں پر تشدد منع ہے، خاندان کے اندر بھی۔ Jugendamt (بچوں اور نوجوانوں کی بہبود کا دفتر) اور مشاورتی مراکز مدد کرتے ہیں۔
tab-family-tip-geburt = آپ کا بچہ جرمنی میں پیدا ہوا ہے؟ پیدائش کا اندراج Standesamt (پیدائش اور شادی کے اندراج کا دفتر) میں کروائیں۔ کسی مشاورتی مرکز سے پوچھیں کہ بچے کے لیے آپ کو Ausländerbehörde (غیر ملکیوں کا دفتر) اور BAMF میں کیا کرنا ہے۔

check-geburtsurkunden-kinder = بچوں کے پیدائش کے سرٹیفکیٹ تیار رکھیں
check-geburtsurkunden-kinder-hint = کیا آپ کا بچہ جرمنی میں پیدا ہوا ہے؟ تو پیدائش کا سرٹیفکیٹ آپ کو Standesamt (پیدائش اور شادی کے اندراج کا دفتر) سے ملے گا۔
check-kita = Kita (بچوں کا ڈے کیئر) میں جگہ تلاش کریں اور بچے کا داخلہ کروائیں
check-kita-hint = 1 سال کی عمر سے بچوں کو Kita (بچوں کا ڈے کیئر) میں جگہ کا حق ہے۔ اپنے بچے کا داخلہ جلدی کروائیں۔
check-schule = بچوں کا اسکول میں داخلہ کروائیں
check-schule-hint = جرمنی میں بچوں کا اسکول جانا لازمی ہے۔ Schulamt (محکمہ تعلیم) آپ کو بتاتا ہے کہ کون سا اسکول آپ کے لیے ذمہ دار ہے۔
check-masern = خسرہ کے ٹیکے کا ثبوت دکھائیں
check-masern-hint = Kita (بچوں کا ڈے کیئر) اور اسکول کے لیے بچوں کو خسرہ کے ٹیکے کا ثبوت چاہیے۔ یہ Impfpass (ٹیکوں کا کارڈ) میں لکھا ہوتا ہے۔
check-u-untersuchungen = بچوں کے ڈاکٹر کے پاس حفاظتی معائنے کروائیں
check-u-untersuchungen-hint = ان معائنوں کے نام U1 سے U9 تک ہیں۔ ان کی ملاقاتوں کی تاریخیں پیلے کتابچے میں لکھی ہوتی ہیں۔
check-kindergeld = Familienkasse (فیملی الاؤنس آفس) سے Kindergeld (بچوں کا الاؤنس) کی درخواست کریں
check-kindergeld-hint = یہ عموماً صرف Aufenthaltserlaubnis (رہائشی اجازت نامہ) کے ساتھ ممکن ہوتا ہے۔ کسی مشاورتی مرکز سے پوچھیں۔
check-bildung-teilhabe = اسکول کی چیزوں اور سیر کے لیے پیسوں کی درخواست کریں (Bildung und Teilhabe)
check-bildung-teilhabe-hint = یہ پیسے ان بچوں کے لیے ہیں جن کے خاندان کو Sozialamt (سماجی بہبود کا دفتر) یا Jobcenter سے پیسے ملتے ہیں۔

## Tab 6: Arbeit

tab-work-intro = کام جرمنی میں بسنے میں مدد کرتا ہے۔ یہاں لکھا ہے کہ کام شروع کرنے سے پہلے آپ کو کیا جاننا چاہیے۔ اپنی کام کی اجازت، معاہدے اور تنخواہ کی پرچیاں یہاں رکھیں۔
tab-work-tip-ohne-erlaubnis = اجازت کے بغیر کام کرنا منع ہے۔ اس سے آپ کے قیام کو نقصان ہو سکتا ہے۔
tab-work-tip-mindestlohn = جرمنی میں کم از کم اجرت (Mindestlohn) مقرر ہے۔ زیادہ تر کاموں کے لیے فی گھنٹہ اجرت اس سے کم نہیں ہو سکتی۔
tab-work-tip-schriftlich = آپ کا حق ہے کہ آپ کے کام کے اہم قواعد کاغذ پر لکھے ہوں: تنخواہ، کام کے اوقات اور چھٹیاں۔
tab-work-tip-krank = آپ بیمار ہیں؟ پہلے ہی دن، کام شروع ہونے سے پہلے، فوراً اپنے آجر کو بتائیں۔
tab-work-tip-probezeit = شروع میں اکثر ایک آزمائشی مدت (Probezeit) ہوتی ہے۔ اس مدت میں ملازمت ختم کرنا آسان ہوتا ہے۔

check-arbeitserlaubnis = چیک کریں: کیا مجھے کام کرنے کی اجازت ہے؟
check-arbeitserlaubnis-hint = یہ آپ کے رہائشی کاغذ پر لکھا ہوتا ہے۔ Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت) یا Duldung (ملک بدری کی عارضی معطلی) کے ساتھ آپ کو ہر کام کے لیے Ausländerbehörde (غیر ملکیوں کا دفتر) کی اجازت چاہیے۔
check-arbeitsuchend = Agentur für Arbeit (روزگار ایجنسی) یا Jobcenter میں کام کی تلاش کے لیے اندراج کروائیں
check-arbeitsuchend-hint = وہاں آپ کو کام ڈھونڈنے میں مدد ملتی ہے۔
check-lebenslauf = جرمن زبان میں سی وی (Lebenslauf) لکھیں
check-lebenslauf-hint = کوئی مشاورتی مرکز یا Jobcenter اس میں مدد کرتا ہے۔
check-arbeitsvertrag = ملازمت کا معاہدہ دستخط سے پہلے کسی سے پڑھوائیں
check-arbeitsvertrag-hint = صرف اسی پر دستخط کریں جو آپ سمجھتے ہیں۔ معاہدہ سنبھال کر رکھیں۔
check-sozialversicherungsausweis = Sozialversicherungsausweis (سوشل انشورنس کارڈ) سنبھال کر رکھیں
check-sozialversicherungsausweis-hint = اس پر لکھا نمبر آپ کو ہر کام میں چاہیے۔ یہ نمبر Rentenversicherung (پنشن انشورنس) سے ڈاک کے ذریعے آتا ہے۔
check-lohnabrechnung = ہر مہینے تنخواہ کی پرچیاں سنبھال کر رکھیں
check-lohnabrechnung-hint = تنخواہ کی پرچی (Lohnabrechnung) میں آپ کی تنخواہ اور اس سے کٹنے والی رقم لکھی ہوتی ہے۔
check-einkommen-melden = کام اور تنخواہ کی اطلاع فوراً Jobcenter یا Sozialamt (سماجی بہبود کا دفتر) کو دیں
check-einkommen-melden-hint = ورنہ شاید آپ کو پیسے واپس کرنے پڑیں۔

## Tab 7: Berufsausbildung und Studium

tab-training-intro = یہ حصہ اسکول، پیشہ ورانہ تربیت (Ausbildung) اور یونیورسٹی کی تعلیم کے بارے میں ہے۔ آپ کے اپنے ملک کی ڈگری جرمنی میں بہت قیمتی ہو سکتی ہے۔ اسناد، ترجمے اور منظوری کے کاغذات یہاں رکھیں۔
tab-training-tip-ausbildung = Ausbildung (پیشہ ورانہ تربیت) عموماً 2 سے ساڑھے 3 سال تک ہوتی ہے۔ آپ کسی کمپنی میں اور پیشہ ورانہ اسکول (Berufsschule) میں سیکھتے ہیں۔ اس دوران آپ کو پیسے بھی ملتے ہیں۔
tab-training-tip-anerkennung = منظور شدہ ڈگری کے ساتھ اچھا کام ڈھونڈنا آسان ہوتا ہے۔
tab-training-tip-originale = اپنی اسناد کی اصل کسی کے حوالے نہ کریں۔ کاپیاں یا تصدیق شدہ کاپیاں دیں۔
tab-training-tip-deutsch-niveau = Ausbildung (پیشہ ورانہ تربیت) کے لیے اکثر B1 یا B2 درجے کی جرمن چاہیے، یونیورسٹی کے لیے اکثر C1۔
tab-training-tip-foerderung = تربیت کے دوران کبھی کبھی حکومت سے پیسے ملتے ہیں، مثلاً Berufsausbildungsbeihilfe (BAB، پیشہ ورانہ تربیت کے لیے مالی امداد) یا BAföG (تعلیمی مالی امداد)۔ Agentur für Arbeit (روزگار ایجنسی) سے پوچھیں۔

check-zeugnisse = اسکول اور پیشہ ورانہ اسناد جمع کریں
check-zeugnisse-hint = اصل اسناد محفوظ جگہ پر رکھیں۔ باقی جگہوں پر کاپیاں دکھائیں۔
check-zeugnisse-uebersetzen = اسناد کا ترجمہ کروائیں
check-zeugnisse-uebersetzen-hint = سرکاری دفاتر اکثر تصدیق شدہ ترجمہ (beglaubigte Übersetzung) مانگتے ہیں۔ یہ ترجمہ حلف یافتہ مترجم کرتا ہے۔
check-anerkennung = اپنی غیر ملکی ڈگری منظور کروائیں
check-anerkennung-hint = Anerkennungsberatung (ڈگری کی منظوری کے لیے مشاورت) مفت مدد کرتی ہے، مثلاً IQ Netzwerk کی طرف سے۔
check-berufsberatung = Agentur für Arbeit (روزگار ایجنسی) میں پیشہ ورانہ رہنمائی کے لیے وقت لیں
check-berufsberatung-hint = وہاں آپ کو پتہ چلتا ہے کہ کون سی تربیت اور کون سا پیشہ آپ کے لیے موزوں ہے۔
check-ausbildungsvertrag = تربیت کا معاہدہ (Ausbildungsvertrag) سنبھال کر رکھیں
check-ausbildungsvertrag-hint = آپ کے پاس Duldung (ملک بدری کی عارضی معطلی) ہے؟ تو پیشہ ورانہ تربیت جرمنی میں رہنے میں مدد کر سکتی ہے (Ausbildungsduldung)۔ کسی مشاورتی مرکز سے پوچھیں۔
check-studium = یونیورسٹی میں تعلیم کے لیے یونیورسٹی سے پوچھیں
check-studium-hint = پوچھیں کہ آپ کو کون سے کاغذات اور کس درجے کی جرمن چاہیے۔

## Tab 8: Gesundheit

tab-health-intro = یہ حصہ آپ کی صحت کے بارے میں ہے۔ یہاں آپ پڑھتے ہیں کہ ڈاکٹر کے پاس کیسے جانا ہے اور خرچ کون اٹھاتا ہے۔ Impfpass (ٹیکوں کا کارڈ)، ڈاکٹر کے خط اور Gesundheitskarte (ہیلتھ انشورنس کارڈ) کی ایک کاپی یہاں رکھیں۔
tab-health-tip-notruf = ایمرجنسی میں 112 پر فون کریں: ایمبولینس اور فائر بریگیڈ۔ پولیس کا نمبر 110 ہے۔ یہ کالیں مفت ہیں۔
tab-health-tip-bereitschaftsdienst = شام کو اور ویک اینڈ پر ڈیوٹی ڈاکٹر سروس (ärztlicher Bereitschaftsdienst) مدد کرتی ہے۔ فون نمبر 116 117 ہے۔
tab-health-tip-hausarzt-zuerst = پہلے فیملی ڈاکٹر کے کلینک (Hausarztpraxis) جائیں۔ ضرورت ہو تو ڈاکٹر آپ کو کسی ماہر ڈاکٹر کے پاس بھیجتا ہے۔
tab-health-tip-termin = پہلے سے وقت لیں۔ اگر آپ نہیں آ سکتے تو وقت منسوخ کر دیں۔
tab-health-tip-schweigepflicht = ڈاکٹر آپ کے بارے میں کسی کو کچھ نہیں بتا سکتے۔ اسے رازداری کی پابندی (Schweigepflicht) کہتے ہیں۔ آپ کھل کر بات کر سکتے ہیں۔
tab-health-tip-seele = ذہن بھی بیمار ہو سکتا ہے، مثلاً جنگ اور ملک چھوڑ کر بھاگنے کے بعد۔ اس کے لیے بھی مدد موجود ہے۔ اپنے فیملی ڈاکٹر کے کلینک یا کسی مشاورتی مرکز سے پوچھیں۔

check-gesundheitskarte = ہیلتھ انشورنس کارڈ (Gesundheitskarte) یا علاج کی پرچی (Behandlungsschein) اپنے پاس رکھیں
check-gesundheitskarte-hint = پناہ کی کارروائی کے دوران آپ کو اکثر Sozialamt (سماجی بہبود کا دفتر) سے Behandlungsschein (علاج کی پرچی) ملتی ہے۔ کچھ شہروں میں شروع سے ہی Gesundheitskarte (ہیلتھ انشورنس کارڈ) مل جاتا ہے۔
check-behandlungsschein = ڈاکٹر کے پاس جانے سے پہلے Behandlungsschein (علاج کی پرچی) لیں
check-behandlungsschein-hint = Behandlungsschein (علاج کی پرچی) صرف ایک مقررہ مدت کے لیے کارآمد ہوتی ہے۔ ایمرجنسی میں فوراً ڈاکٹر یا ہسپتال جائیں۔
check-krankenkasse = جب آپ کام کریں یا Bürgergeld (گزارہ الاؤنس) لیں تو ایک Krankenkasse (ہیلتھ انشورنس کمپنی) منتخب کریں
check-krankenkasse-hint = آپ ہیلتھ انشورنس کمپنی خود منتخب کر سکتے ہیں۔ پھر آپ کو Gesundheitskarte (ہیلتھ انشورنس کارڈ) ملتا ہے۔
check-impfpass = Impfpass (ٹیکوں کا کارڈ) سنبھال کر رکھیں اور اپنے ٹیکے چیک کروائیں
check-impfpass-hint = ہر بار ڈاکٹر کے پاس جاتے وقت Impfpass (ٹیکوں کا کارڈ) ساتھ لائیں۔ کوئی ٹیکہ رہ گیا ہے؟ آپ کا ڈاکٹر آپ کو مشورہ دے گا۔
check-hausarzt = فیملی ڈاکٹر کا کلینک (Hausarztpraxis) تلاش کریں
check-hausarzt-hint = بیماری میں پہلے وہیں جائیں۔ کلینک کو اپنے رابطوں میں لکھ لیں۔
check-arztbriefe = ڈاکٹر کے خط اور ٹیسٹ کے نتائج جمع کریں
check-arztbriefe-hint = اس طرح کوئی معائنہ دو بار نہیں کرنا پڑتا۔ یہ کلینک بدلنے پر بھی مدد کرتا ہے۔
check-krankmeldung = بیماری میں بیماری کا سرٹیفکیٹ (Krankmeldung) جمع کروائیں
check-krankmeldung-hint = بیماری کا سرٹیفکیٹ کام پر، زبان کے کورس میں یا Jobcenter میں جمع کروائیں۔ پوچھیں کہ اسے کب تک جمع کروانا ہے۔

## Tab 9: Beratung und Hilfe

tab-advice-intro = آپ کو سب کچھ اکیلے نہیں کرنا۔ یہاں ایسی جگہیں ہیں جو آپ کی مدد کرتی ہیں، عموماً مفت۔ مشاورت کے نوٹس یہاں رکھیں۔
tab-advice-tip-kostenlos = زیادہ تر مشاورتی مراکز مفت ہیں۔ اگر آپ کم جرمن بولتے ہیں تب بھی وہ مدد کرتے ہیں۔
tab-advice-tip-nachfragen = کوئی بات سمجھ نہیں آئی؟ دوبارہ پوچھیں۔ آسان الفاظ یا مترجم کی درخواست کریں۔
tab-advice-tip-unterschrift = صرف اسی پر دستخط کریں جو آپ سمجھتے ہیں۔
tab-advice-tip-jmd-mbe = 27 سال سے کم عمر کے لوگوں کی Jugendmigrationsdienst (JMD، نوجوان تارکین وطن کی سروس) مدد کرتی ہے۔ 27 سال کی عمر سے Migrationsberatung für Erwachsene (MBE، بالغ تارکین وطن کے لیے مشاورت) مدد کرتی ہے۔
tab-advice-tip-hilfetelefon = ہیلپ لائن "Gewalt gegen Frauen" (خواتین کے خلاف تشدد) کا نمبر 116 016 ہے۔ یہ مفت ہے، دن رات، بہت سی زبانوں میں۔
tab-advice-tip-schon-gesehen = مشیر کو بتائیں کہ آپ پہلے کن دفاتر اور مراکز میں جا چکے ہیں۔ اس طرح کوئی آپ کو بلاوجہ ایک دفتر سے دوسرے دفتر نہیں بھیجے گا۔

check-ordner-mitnehmen = یہ فولڈر ہر ملاقات پر ساتھ لے جائیں
check-ordner-mitnehmen-hint = اس طرح سب دیکھ سکتے ہیں کہ آپ کے پاس کون سے کاغذات ہیں اور کیا ابھی باقی ہے۔
check-beratung-finden = اپنے قریب کوئی مشاورتی مرکز تلاش کریں
check-beratung-finden-hint = اس حصے کے رابطے اس میں آپ کی مدد کرتے ہیں۔ مشاورت عموماً مفت ہوتی ہے۔
check-beratungsnotizen = ہر مشاورت کے بعد نوٹ لکھیں
check-beratungsnotizen-hint = لکھیں: یہ کب تھا؟ آپ نے کس سے بات کی؟ اگلا قدم کیا ہے؟
check-vollmacht = مختار نامہ (Vollmacht) صرف اسی کو دیں جس پر آپ کو بھروسہ ہو
check-vollmacht-hint = مختار نامے کے ساتھ کوئی دوسرا شخص آپ کی طرف سے کام کر سکتا ہے اور آپ کے خط وصول کر سکتا ہے۔
check-rechtsberatung = یہ جانیں کہ آپ کو وکیل سے مدد کہاں مل سکتی ہے
check-rechtsberatung-hint = آپ کے پاس پیسے کم ہیں؟ Amtsgericht (مقامی عدالت) میں Beratungshilfe (قانونی مشورے کے لیے مالی مدد) کے بارے میں پوچھیں۔ پھر وکیل سے مشورہ سستا پڑتا ہے۔

## Tab 10: Weitere Dokumente

tab-documents-intro = یہاں باقی تمام اہم کاغذات رکھیں: پاسپورٹ، سرٹیفکیٹ، ڈرائیونگ لائسنس۔ اچھی ترتیب ہر ملاقات پر وقت بچاتی ہے۔
tab-documents-tip-kopien = ہر اہم کاغذ کی کاپی یا تصویر بنائیں۔ اصل کاغذات کسی محفوظ جگہ پر رکھیں۔
tab-documents-tip-bestaetigung = آپ کسی دفتر میں اصل کاغذ جمع کروا رہے ہیں؟ اس کی رسید لیں۔
tab-documents-tip-botschaft = پناہ کی کارروائی کے دوران: مشورے کے بغیر اپنے ملک کے سفارت خانے نہ جائیں۔ اس سے آپ کی پناہ کی کارروائی کو نقصان ہو سکتا ہے۔
tab-documents-tip-beglaubigt = سرکاری دفاتر اکثر تصدیق شدہ ترجمہ (beglaubigte Übersetzung) مانگتے ہیں۔ یہ ایسا ترجمہ ہے جس پر حلف یافتہ مترجم کی مہر ہوتی ہے۔
tab-documents-tip-app = یہ ایپ آپ کی تصویریں انکرپٹ کر کے (خفیہ کوڈ میں) آپ کے موبائل پر محفوظ کرتی ہے۔ پھر بھی کاغذات سنبھال کر رکھیں۔

check-reisepass = پاسپورٹ یا شناختی کارڈ محفوظ جگہ پر رکھیں
check-reisepass-hint = کوئی دفتر آپ کا پاسپورٹ اپنے پاس رکھتا ہے؟ تو آپ کو اس کی رسید ملتی ہے۔ اسے سنبھال کر رکھیں۔
check-geburtsurkunde = اپنا پیدائش کا سرٹیفکیٹ سنبھال کر رکھیں
check-geburtsurkunde-hint = آپ کو اس کی ضرورت مثلاً شادی کے لیے یا اپنے بچے کی پیدائش پر ہوتی ہے۔
check-heiratsurkunde = شادی کا سرٹیفکیٹ (نکاح نامہ) سنبھال کر رکھیں
check-heiratsurkunde-hint = یہ خاندان کو جرمنی بلانے (Familiennachzug) اور خاندان کے لیے مالی امداد کے لیے اہم ہے۔
check-fuehrerschein = اپنا ڈرائیونگ لائسنس چیک کروائیں
check-fuehrerschein-hint = یورپی یونین (EU) سے باہر کے کسی ملک کا ڈرائیونگ لائسنس جرمنی میں عموماً صرف 6 مہینے کارآمد ہوتا ہے۔ اس کے بعد آپ کو اسے جرمن لائسنس میں تبدیل کروانا ہوگا۔ { deadline-not-legal-advice }
check-kopien = تمام اہم کاغذات کی تصویریں یا کاپیاں بنائیں
check-kopien-hint = اس طرح اگر کوئی اصل کاغذ گم ہو جائے تب بھی کاغذات آپ کے پاس رہتے ہیں۔
check-urkunden-uebersetzen = اہم سرٹیفکیٹوں کا ترجمہ کروائیں
check-urkunden-uebersetzen-hint = پہلے دفتر سے پوچھیں کہ کیا اسے تصدیق شدہ ترجمہ (beglaubigte Übersetzung) چاہیے۔

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (غیر ملکیوں کا دفتر)
contact-type-auslaenderbehoerde-desc = رہائش کے کاغذات: Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت)، Duldung (ملک بدری کی عارضی معطلی)، Aufenthaltserlaubnis (رہائشی اجازت نامہ) اور کام کی اجازت۔
contact-type-bamf = وفاقی دفتر برائے ہجرت و پناہ گزین (BAMF)
contact-type-bamf-desc = پناہ کی درخواست پر فیصلہ کرتا ہے۔ انضمام کورس (Integrationskurs) کا انتظام بھی کرتا ہے۔
contact-type-asylverfahrensberatung = پناہ کی کارروائی کے بارے میں مشاورت (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = پناہ کی کارروائی، انٹرویو (Anhörung) اور BAMF کے خطوط کے بارے میں مشورہ دیتی ہے۔
contact-type-buergeramt = Bürgeramt (شہری خدمات کا دفتر)
contact-type-buergeramt-desc = Anmeldung (پتے کا اندراج) اور Meldebescheinigung (پتے کے اندراج کا سرٹیفکیٹ)۔
contact-type-sozialamt = Sozialamt (سماجی بہبود کا دفتر)
contact-type-sozialamt-desc = پناہ کی کارروائی کے دوران (Asylbewerberleistungsgesetz کے تحت) پیسے، رہائش اور علاج کی پرچی (Behandlungsschein)۔
contact-type-jobcenter = Jobcenter (روزگار اور مالی امداد کا دفتر)
contact-type-jobcenter-desc = Bürgergeld (گزارہ الاؤنس) اور کام ڈھونڈنے میں مدد، عموماً پناہ کی منظوری کے بعد۔
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (روزگار ایجنسی)
contact-type-agentur-fuer-arbeit-desc = پیشہ ورانہ رہنمائی، کام اور تربیت کی تلاش۔
contact-type-familienkasse = Familienkasse (فیملی الاؤنس آفس)
contact-type-familienkasse-desc = Kindergeld (بچوں کا الاؤنس) ادا کرتا ہے۔
contact-type-schuldnerberatung = Schuldnerberatung (قرض کے بارے میں مشاورت)
contact-type-schuldnerberatung-desc = قرض اور ادائیگی کی یاددہانیوں میں مدد کرتی ہے، عموماً مفت۔
contact-type-wohnungsamt = Wohnungsamt (محکمہ رہائش)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS، سماجی رہائش کا اجازت نامہ) اور گھر ڈھونڈنے میں مدد۔
contact-type-sprachkurstraeger = جرمن کورس کروانے والا ادارہ (Kursträger)
contact-type-sprachkurstraeger-desc = انضمام کورس (Integrationskurs) اور جرمن زبان کے دوسرے کورس، مثلاً Volkshochschule (بالغوں کی تعلیم کا مرکز) میں۔
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE، بالغ تارکین وطن کے لیے مشاورت)
contact-type-migrationsberatung-desc = 27 سال اور اس سے زیادہ عمر کے لوگوں کے لیے مشاورت: زبان، کام، رہائش، خاندان۔
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD، نوجوان تارکین وطن کی سروس)
contact-type-jugendmigrationsdienst-desc = 12 سے 27 سال کے نوجوانوں کے لیے مشاورت: اسکول، تربیت، زبان۔
contact-type-kita-schulamt = Kita- und Schulamt (ڈے کیئر اور اسکول کا دفتر)
contact-type-kita-schulamt-desc = Kita (بچوں کا ڈے کیئر) میں جگہ اور اسکول میں داخلہ۔
contact-type-jugendamt = Jugendamt (بچوں اور نوجوانوں کی بہبود کا دفتر)
contact-type-jugendamt-desc = بچوں، نوجوانوں اور والدین کے لیے مدد۔
contact-type-standesamt = Standesamt (پیدائش اور شادی کے اندراج کا دفتر)
contact-type-standesamt-desc = جرمنی میں پیدائش کے سرٹیفکیٹ اور شادی کے سرٹیفکیٹ۔
contact-type-anerkennungsberatung = Anerkennungsberatung (ڈگری کی منظوری کے لیے مشاورت)
contact-type-anerkennungsberatung-desc = غیر ملکی ڈگریوں اور اسناد کی منظوری میں مدد کرتی ہے۔
contact-type-krankenkasse = Krankenkasse (ہیلتھ انشورنس کمپنی)
contact-type-krankenkasse-desc = ہیلتھ انشورنس کارڈ (Gesundheitskarte) اور ڈاکٹر اور ہسپتال کا خرچ۔
contact-type-hausarzt = Hausarztpraxis (فیملی ڈاکٹر کا کلینک)
contact-type-hausarzt-desc = بیماری میں پہلی جگہ۔ یہاں اپنے ڈاکٹر کا کلینک لکھیں۔
contact-type-gesundheitsamt = Gesundheitsamt (محکمہ صحت)
contact-type-gesundheitsamt-desc = ٹیکے، مشورہ اور معائنے۔
contact-type-rechtsanwalt = وکیل (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = عدالت میں مقدمے (Klage) میں مدد کرتا ہے، مثلاً BAMF کے Bescheid (فیصلے کا خط) کے خلاف۔
contact-type-ehrenamt = رضاکارانہ مدد (Ehrenamt)
contact-type-ehrenamt-desc = رضاکار روزمرہ زندگی میں مدد کرتے ہیں، مثلاً خطوط اور ملاقاتوں میں۔

## Labels of the fields of a contact

contact-field-organisation = ادارہ
contact-field-department = شعبہ
contact-field-address = پتہ
contact-field-phone = فون
contact-field-email = ای میل
contact-field-web = ویب سائٹ
contact-field-hours = اوقات کار
contact-field-languages = زبانیں
contact-field-notes = نوٹ
contact-by-appointment = صرف پہلے سے وقت لے کر
contact-facts-as-of = { $year } کی معلومات
contact-facts-unknown = معلوم نہیں کہ یہ معلومات کب کی ہیں۔
