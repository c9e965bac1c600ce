### Document types and deadline rules, in Urdu. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (آمد کا ثبوت)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (پناہ کی کارروائی کے دوران رہنے کی اجازت)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (رہائشی اجازت نامہ)
doctype-duldung = Duldung (ملک بدری کی عارضی معطلی)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (عارضی رہائشی سرٹیفکیٹ)
doctype-bamf-einladung = BAMF کا خط جس میں ملاقات کا وقت ہو (مثلاً Anhörung، انٹرویو)
doctype-bamf-anhoerung = BAMF میں Anhörung (انٹرویو) کی رپورٹ
doctype-bamf-bescheid = BAMF کا Bescheid (فیصلے کا خط)

## Geld

doctype-sozialamt-bescheid = Sozialamt کا Bescheid (فیصلے کا خط، AsylbLG)
doctype-bezahlkarte = ادائیگی کارڈ (Bezahlkarte)
doctype-jobcenter-bescheid = Jobcenter کا Bescheid (فیصلے کا خط، Bürgergeld)
doctype-kontovertrag = بینک کے کاغذات
doctype-steuer-id = Steuer-Identifikationsnummer (ٹیکس شناختی نمبر)
doctype-rundfunkbeitrag-befreiung = Rundfunkbeitrag (ریڈیو اور ٹی وی فیس) سے چھوٹ

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (پتے کے اندراج کا سرٹیفکیٹ)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (مالک مکان کی تصدیق)
doctype-mietvertrag = کرایہ نامہ (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، سماجی رہائش کا اجازت نامہ)
doctype-energievertrag = بجلی یا گیس کا معاہدہ

## Deutsch lernen

doctype-integrationskurs-berechtigung = Integrationskurs (انضمام کورس) کے لیے Berechtigung (شرکت کی اجازت)
doctype-kurs-anmeldung = زبان کے کورس میں داخلہ
doctype-teilnahmebestaetigung = کورس میں حاضری کی تصدیق
doctype-sprachzertifikat = زبان کا سرٹیفکیٹ (مثلاً DTZ)
doctype-leben-in-deutschland = "Leben in Deutschland" (جرمنی میں زندگی) کا سرٹیفکیٹ

## Kinder und Familie

doctype-kita-anmeldung = Kita (بچوں کا ڈے کیئر) کے لیے داخلہ یا Gutschein (واؤچر)
doctype-schulanmeldung = اسکول میں داخلہ
doctype-kindergeld-bescheid = Familienkasse کا Bescheid (فیصلے کا خط، Kindergeld)
doctype-kinderuntersuchungsheft = بچوں کے معائنوں کا پیلا کتابچہ (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = کام کی اجازت (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = ملازمت کا معاہدہ (Arbeitsvertrag)
doctype-lohnabrechnung = تنخواہ کی پرچی (Lohnabrechnung)
doctype-sozialversicherungsausweis = سوشل انشورنس کارڈ (Sozialversicherungsausweis)
doctype-lebenslauf = سی وی اور ملازمت کی درخواست

## Berufsausbildung und Studium

doctype-schulzeugnis = اسکول کی سند
doctype-berufszeugnis = پیشے یا یونیورسٹی کی سند
doctype-anerkennungsbescheid = ڈگری کی منظوری کے بارے میں Bescheid (فیصلے کا خط)
doctype-ausbildungsvertrag = تربیت کا معاہدہ (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = ہیلتھ انشورنس کارڈ (Gesundheitskarte)
doctype-behandlungsschein = علاج کی پرچی (Behandlungsschein)
doctype-impfpass = ٹیکوں کا کارڈ (Impfpass)
doctype-arztbrief = ڈاکٹر کا خط یا ٹیسٹ کا نتیجہ
doctype-krankmeldung = بیماری کا سرٹیفکیٹ (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = کسی مشاورت کا نوٹ
doctype-vollmacht = مختار نامہ (Vollmacht)
doctype-anwaltsschreiben = وکیل یا عدالت کا خط

## Weitere Dokumente

doctype-reisepass = پاسپورٹ
doctype-id-karte = اپنے ملک کا شناختی کارڈ
doctype-geburtsurkunde = پیدائش کا سرٹیفکیٹ
doctype-heiratsurkunde = شادی کا سرٹیفکیٹ (نکاح نامہ)
doctype-fuehrerschein = ڈرائیونگ لائسنس
doctype-beglaubigte-uebersetzung = تصدیق شدہ ترجمہ (beglaubigte Übersetzung)
doctype-sonstiges = دوسرا کاغذ

## Deadline rules

deadline-not-legal-advice = یہ مہلت صرف ایک مدد ہے، قانونی مشورہ نہیں۔ فوراً کسی مشاورتی مرکز یا وکیل سے پوچھیں۔
deadline-renew-before-expiry = یہ کاغذ صرف میعاد ختم ہونے کی تاریخ تک کارآمد ہے۔ یہ تاریخ کاغذ پر لکھی ہوتی ہے۔ اس تاریخ سے پہلے، بروقت نئے کاغذ یا تجدید کی درخواست دیں۔ { deadline-not-legal-advice }
deadline-asylum-decision = اگر BAMF آپ کی پناہ کی درخواست مسترد کر دے تو انتظامی عدالت (Verwaltungsgericht) میں مقدمہ (Klage) کرنے کے لیے آپ کے پاس بہت کم وقت ہوتا ہے۔ مقدمے کا مطلب ہے: عدالت فیصلے کی جانچ کرتی ہے۔ مہلت اس دن سے شروع ہوتی ہے جس دن خط آپ کو باضابطہ طور پر پہنچایا جاتا ہے (ترسیل، Zustellung)۔ یہ تاریخ پیلے لفافے پر لکھی ہوتی ہے۔ { deadline-not-legal-advice }
deadline-asylum-unfounded = "unbegründet" (بے بنیاد) کہہ کر مسترد: ترسیل (Zustellung) کے بعد 2 ہفتے کے اندر مقدمہ (Klage)۔ { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = "offensichtlich unbegründet" (واضح طور پر بے بنیاد) کہہ کر مسترد: ترسیل (Zustellung) کے بعد 1 ہفتے کے اندر مقدمہ (Klage) اور فوری درخواست (Eilantrag)۔ فوری درخواست عدالت سے ایک ہنگامی گزارش ہے۔ { deadline-not-legal-advice }
deadline-asylum-inadmissible = "unzulässig" (ناقابل قبول) کہہ کر مسترد: ترسیل (Zustellung) کے بعد 1 ہفتے کے اندر مقدمہ (Klage) اور فوری درخواست (Eilantrag)۔ فوری درخواست عدالت سے ایک ہنگامی گزارش ہے۔ { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = آپ کو پناہ گزین یا پناہ کے حق دار کے طور پر تسلیم کیا گیا ہے: اگر آپ کی بیوی، آپ کے شوہر یا آپ کے 18 سال سے کم عمر بچے بیرون ملک رہتے ہیں تو خاندان کے ملاپ (Familiennachzug) کی درخواست 3 مہینے کے اندر دیں۔ پھر آپ کو یہ ثابت نہیں کرنا پڑے گا کہ آپ کے پاس کافی پیسے اور رہنے کی جگہ ہے۔ آپ درخواست خود بھی جرمنی میں دے سکتے ہیں، مثلاً Ausländerbehörde میں۔ یہ 3 مہینے اس دن سے شروع ہوتے ہیں جب فیصلہ (Bescheid) حتمی ہو جائے؛ لیکن ایپ ترسیل (Zustellung) کے دن سے ہی گنتی ہے، تاکہ مہلت کبھی دیر سے نہ دکھائی جائے۔ اگر آپ کی درخواست کا کچھ حصہ مسترد ہوا ہے تو 2 ہفتے کے اندر مقدمہ (Klage) ضروری ہو سکتا ہے۔ { deadline-not-legal-advice }
deadline-register-address = نئے گھر میں آنے کے 2 ہفتے کے اندر Bürgeramt (شہری خدمات کا دفتر) میں اپنے پتے کا اندراج کروائیں۔ { deadline-not-legal-advice }
deadline-objection = آپ کسی Bescheid (فیصلے کا خط) سے متفق نہیں؟ تو آپ Widerspruch (اعتراض) کر سکتے ہیں، عموماً خط ملنے کے بعد 1 مہینے کے اندر۔ اس کا طریقہ Bescheid کے آخر میں لکھا ہوتا ہے۔ { deadline-not-legal-advice }
deadline-tax-objection = آپ Familienkasse (بچوں کے الاؤنس کا دفتر) کے Bescheid (فیصلے کا خط) سے متفق نہیں؟ تو Einspruch (اعتراض) کریں، Widerspruch نہیں: خط ملنے کے بعد 1 مہینے کے اندر۔ اس کا طریقہ Bescheid کے آخر میں لکھا ہوتا ہے۔ { deadline-not-legal-advice }
deadline-objection-or-lawsuit = آپ اپنی پیشہ ورانہ قابلیت کو تسلیم کرنے کے بارے میں Bescheid (فیصلے کا خط) سے متفق نہیں؟ تو خط ملنے کے بعد آپ کے پاس 1 مہینہ ہے۔ صوبے (Bundesland) کے مطابق آپ Widerspruch (اعتراض) کرتے ہیں یا انتظامی عدالت میں Klage (مقدمہ) کرتے ہیں۔ آپ کے لیے کیا لاگو ہے، یہ Bescheid کے آخر میں لکھا ہوتا ہے۔ { deadline-not-legal-advice }
deadline-appointment = ملاقات پر وقت پر پہنچیں۔ آپ نہیں آ سکتے؟ پہلے سے اطلاع دیں اور وجہ بتائیں۔ { deadline-not-legal-advice }
deadline-bamf-appointment = BAMF میں اس ملاقات پر ضرور اور وقت پر جائیں۔ جو کسی اہم وجہ کے بغیر نہیں آتا، اس کا پناہ کا عمل بند کیا جا سکتا ہے۔ آپ نہیں آ سکتے، مثلاً اس لیے کہ آپ بیمار ہیں؟ فوراً، ملاقات سے پہلے، BAMF کو بتائیں اور ثبوت بھیجیں، مثلاً ڈاکٹر کا سرٹیفکیٹ۔ { deadline-not-legal-advice }
