### Document types and deadline rules, in Dari. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (تصدیق رسیدن)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (جواز اقامت در جریان پروسه پناهندگی)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (جواز اقامت)
doctype-duldung = Duldung (توقف موقت اخراج)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (تصدیق اقامت موقت)
doctype-bamf-einladung = مکتوب BAMF با وقت ملاقات (مثلاً برای Anhörung، مصاحبه)
doctype-bamf-anhoerung = صورت جلسه Anhörung (مصاحبه) در BAMF
doctype-bamf-bescheid = Bescheid (مکتوب فیصله) از BAMF

## Geld

doctype-sozialamt-bescheid = Bescheid (مکتوب فیصله) از Sozialamt (AsylbLG)
doctype-bezahlkarte = کارت پرداخت (Bezahlkarte)
doctype-jobcenter-bescheid = Bescheid (مکتوب فیصله) از Jobcenter (Bürgergeld)
doctype-kontovertrag = اسناد بانک
doctype-steuer-id = Steuer-Identifikationsnummer (نمبر تشخیصیه مالیاتی)
doctype-rundfunkbeitrag-befreiung = معافیت از Rundfunkbeitrag (فیس رادیو و تلویزیون)

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (تصدیق ثبت آدرس)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (تأییدیه صاحب خانه)
doctype-mietvertrag = قرارداد کرایه (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، جواز خانه اجتماعی)
doctype-energievertrag = قرارداد برق یا گاز

## Deutsch lernen

doctype-integrationskurs-berechtigung = Berechtigung (اجازه شرکت) برای Integrationskurs (کورس ادغام)
doctype-kurs-anmeldung = ثبت نام در کورس زبان
doctype-teilnahmebestaetigung = تصدیق حاضری در کورس
doctype-sprachzertifikat = تصدیق‌نامه زبان (مثلاً DTZ)
doctype-leben-in-deutschland = تصدیق‌نامه «Leben in Deutschland» (زندگی در آلمان)

## Kinder und Familie

doctype-kita-anmeldung = ثبت نام یا Gutschein (ورقه حق استفاده) برای Kita (کودکستان)
doctype-schulanmeldung = ثبت نام در مکتب
doctype-kindergeld-bescheid = Bescheid (مکتوب فیصله) از Familienkasse (Kindergeld، پول اطفال)
doctype-kinderuntersuchungsheft = کتابچه زرد معاینه اطفال (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = اجازه کار (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = قرارداد کار (Arbeitsvertrag)
doctype-lohnabrechnung = صورت‌حساب معاش (Lohnabrechnung)
doctype-sozialversicherungsausweis = کارت بیمه اجتماعی (Sozialversicherungsausweis)
doctype-lebenslauf = خلص سوانح و درخواست کار

## Berufsausbildung und Studium

doctype-schulzeugnis = شهادت‌نامه مکتب
doctype-berufszeugnis = سند مسلکی یا سند پوهنتون
doctype-anerkennungsbescheid = Bescheid (مکتوب فیصله) درباره به رسمیت شناختن سند تحصیلی
doctype-ausbildungsvertrag = قرارداد آموزش مسلکی (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = کارت بیمه صحی (Gesundheitskarte)
doctype-behandlungsschein = ورقه تداوی (Behandlungsschein)
doctype-impfpass = کارت واکسین (Impfpass)
doctype-arztbrief = مکتوب داکتر یا نتیجه معاینه
doctype-krankmeldung = تصدیق مریضی (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = یادداشت یک جلسه مشوره
doctype-vollmacht = وکالت‌خط (Vollmacht)
doctype-anwaltsschreiben = مکتوب از وکیل یا از محکمه

## Weitere Dokumente

doctype-reisepass = پاسپورت
doctype-id-karte = تذکره یا کارت هویت از وطن
doctype-geburtsurkunde = سند تولد
doctype-heiratsurkunde = نکاح‌خط
doctype-fuehrerschein = لایسنس رانندگی
doctype-beglaubigte-uebersetzung = ترجمه تصدیق‌شده (beglaubigte Übersetzung)
doctype-sonstiges = سند دیگر

## Deadline rules

deadline-not-legal-advice = این مهلت فقط یک کمک است، نه مشوره حقوقی. فوراً از یک مرکز مشوره یا یک وکیل بپرسید.
deadline-renew-before-expiry = این سند فقط تا تاریخ ختم اعتبار، اعتبار دارد. این تاریخ بالای خود سند نوشته شده است. به وقت، قبل از این تاریخ، سند نو یا تمدید آن را درخواست کنید. { deadline-not-legal-advice }
deadline-asylum-decision = اگر BAMF درخواست پناهندگی شما را رد کند، فقط وقت کم برای شکایت (Klage) در محکمه اداری (Verwaltungsgericht) دارید. شکایت یعنی: یک محکمه فیصله را بررسی می‌کند. مهلت از روزی شروع می‌شود که مکتوب به شما ابلاغ می‌شود (Zustellung). این تاریخ بالای لفافه زرد نوشته شده است. { deadline-not-legal-advice }
deadline-asylum-unfounded = رد شده به حیث «unbegründet» (بی‌اساس): شکایت (Klage) در ظرف 2 هفته بعد از ابلاغ مکتوب. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = رد شده به حیث «offensichtlich unbegründet» (آشکارا بی‌اساس): شکایت (Klage) و Eilantrag (درخواست عاجل) در ظرف 1 هفته بعد از ابلاغ مکتوب. Eilantrag یک درخواست عاجل از محکمه است. { deadline-not-legal-advice }
deadline-asylum-inadmissible = رد شده به حیث «unzulässig» (غیر قابل قبول): شکایت (Klage) و Eilantrag (درخواست عاجل) در ظرف 1 هفته بعد از ابلاغ مکتوب. Eilantrag یک درخواست عاجل از محکمه است. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = شما به حیث پناهنده یا دارای حق پناهندگی شناخته شده اید: اگر همسر یا اولادهای زیر 18 سال شما در خارج زندگی می‌کنند، درخواست پیوستن فامیل (Familiennachzug) را در ظرف 3 ماه بدهید. در این صورت لازم نیست ثابت کنید که پول و جای بود و باش کافی دارید. شما می‌توانید درخواست را خود تان در آلمان هم بدهید، مثلاً در اداره امور خارجیان (Ausländerbehörde). این 3 ماه از روزی شروع می‌شود که فیصله (Bescheid) قطعی شود؛ اما اپ از روز ابلاغ حساب می‌کند تا مهلت هیچ وقت دیرتر نشان داده نشود. اگر یک بخش درخواست شما رد شده باشد، شاید شکایت (Klage) در ظرف 2 هفته لازم باشد. { deadline-not-legal-advice }
deadline-register-address = آدرس خود را در ظرف 2 هفته بعد از آمدن به خانه نو، در Bürgeramt (دفتر خدمات شهری) ثبت کنید. { deadline-not-legal-advice }
deadline-objection = با یک Bescheid (مکتوب فیصله) موافق نیستید؟ پس می‌توانید Widerspruch (اعتراض) کنید، اکثراً در ظرف 1 ماه بعد از اینکه مکتوب را گرفته اید. طریقه آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-tax-objection = با Bescheid (مکتوب فیصله) از Familienkasse (اداره پول اولاد) موافق نیستید؟ پس Einspruch (اعتراض) کنید، نه Widerspruch: در ظرف 1 ماه بعد از اینکه مکتوب را گرفته اید. طریقه آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = با Bescheid (مکتوب فیصله) در باره شناخته شدن سند مسلکی تان موافق نیستید؟ پس 1 ماه بعد از اینکه مکتوب را گرفته اید وقت دارید. نظر به ایالت، Widerspruch (اعتراض) می‌کنید یا در محکمه اداری Klage (شکایت) می‌کنید. اینکه برای شما کدام است، در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-appointment = سر وقت به ملاقات بروید. آمده نمی‌توانید؟ قبلاً خبر بدهید و دلیل آن را بگویید. { deadline-not-legal-advice }
deadline-bamf-appointment = حتماً و سر وقت به این ملاقات در BAMF بروید. اگر کسی بدون دلیل مهم نیاید، ممکن است پروسه پناهندگی او متوقف شود. آمده نمی‌توانید، مثلاً چون مریض هستید؟ فوراً و پیش از ملاقات به BAMF خبر بدهید و سندی روان کنید، مثلاً تصدیق داکتر. { deadline-not-legal-advice }
