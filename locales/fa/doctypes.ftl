### Document types and deadline rules, in Persian. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (گواهی ورود)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (اجازه اقامت در مدت روند پناهندگی)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (اجازه اقامت)
doctype-duldung = Duldung (توقف موقت اخراج)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (گواهی اقامت موقت)
doctype-bamf-einladung = نامه BAMF با وقت ملاقات (مثلاً برای Anhörung، مصاحبه)
doctype-bamf-anhoerung = صورت‌جلسه Anhörung (مصاحبه) در BAMF
doctype-bamf-bescheid = Bescheid (نامه تصمیم) از BAMF

## Geld

doctype-sozialamt-bescheid = Bescheid (نامه تصمیم) از Sozialamt (AsylbLG)
doctype-bezahlkarte = کارت پرداخت (Bezahlkarte)
doctype-jobcenter-bescheid = Bescheid (نامه تصمیم) از Jobcenter (Bürgergeld)
doctype-kontovertrag = مدارک بانک
doctype-steuer-id = Steuer-Identifikationsnummer (شماره شناسایی مالیاتی)
doctype-rundfunkbeitrag-befreiung = معافیت از Rundfunkbeitrag (عوارض رادیو و تلویزیون)

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (گواهی ثبت محل سکونت)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (تأییدیه صاحبخانه)
doctype-mietvertrag = قرارداد اجاره (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، مجوز خانه اجتماعی)
doctype-energievertrag = قرارداد برق یا گاز

## Deutsch lernen

doctype-integrationskurs-berechtigung = Berechtigung (مجوز شرکت) برای Integrationskurs (دوره ادغام)
doctype-kurs-anmeldung = ثبت‌نام در کلاس زبان
doctype-teilnahmebestaetigung = گواهی شرکت در کلاس
doctype-sprachzertifikat = گواهی زبان (مثلاً DTZ)
doctype-leben-in-deutschland = گواهی «Leben in Deutschland» (زندگی در آلمان)

## Kinder und Familie

doctype-kita-anmeldung = ثبت‌نام یا Gutschein (برگه حق استفاده) برای Kita (مهدکودک)
doctype-schulanmeldung = ثبت‌نام در مدرسه
doctype-kindergeld-bescheid = Bescheid (نامه تصمیم) از Familienkasse (Kindergeld، کمک‌هزینه فرزند)
doctype-kinderuntersuchungsheft = دفترچه زرد معاینه کودک (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = اجازه کار (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = قرارداد کار (Arbeitsvertrag)
doctype-lohnabrechnung = فیش حقوقی (Lohnabrechnung)
doctype-sozialversicherungsausweis = کارت بیمه اجتماعی (Sozialversicherungsausweis)
doctype-lebenslauf = رزومه و درخواست کار

## Berufsausbildung und Studium

doctype-schulzeugnis = کارنامه مدرسه
doctype-berufszeugnis = مدرک حرفه‌ای یا مدرک دانشگاهی
doctype-anerkennungsbescheid = Bescheid (نامه تصمیم) درباره به رسمیت شناختن مدرک
doctype-ausbildungsvertrag = قرارداد آموزش حرفه‌ای (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = کارت بیمه درمانی (Gesundheitskarte)
doctype-behandlungsschein = برگه درمان (Behandlungsschein)
doctype-impfpass = دفترچه واکسن (Impfpass)
doctype-arztbrief = نامه پزشک یا نتیجه معاینه
doctype-krankmeldung = گواهی بیماری (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = یادداشت یک جلسه مشاوره
doctype-vollmacht = وکالت‌نامه (Vollmacht)
doctype-anwaltsschreiben = نامه از وکیل یا از دادگاه

## Weitere Dokumente

doctype-reisepass = پاسپورت
doctype-id-karte = کارت شناسایی از کشور خودتان
doctype-geburtsurkunde = گواهی تولد
doctype-heiratsurkunde = سند ازدواج
doctype-fuehrerschein = گواهینامه رانندگی
doctype-beglaubigte-uebersetzung = ترجمه رسمی (beglaubigte Übersetzung)
doctype-sonstiges = مدرک دیگر

## Deadline rules

deadline-not-legal-advice = این مهلت فقط یک کمک است، نه مشاوره حقوقی. فوراً از یک مرکز مشاوره یا یک وکیل بپرسید.
deadline-renew-before-expiry = این مدرک فقط تا تاریخ انقضا معتبر است. این تاریخ روی خود مدرک نوشته شده است. به‌موقع، پیش از این تاریخ، مدرک جدید یا تمدید آن را درخواست کنید. { deadline-not-legal-advice }
deadline-asylum-decision = اگر BAMF درخواست پناهندگی شما را رد کند، فقط وقت کمی برای شکایت (Klage) در دادگاه اداری (Verwaltungsgericht) دارید. شکایت یعنی: یک دادگاه تصمیم را بررسی می‌کند. مهلت از روزی شروع می‌شود که نامه به شما ابلاغ می‌شود (Zustellung). این تاریخ روی پاکت زرد نوشته شده است. { deadline-not-legal-advice }
deadline-asylum-unfounded = رد شده به عنوان «unbegründet» (بی‌اساس): شکایت (Klage) ظرف 2 هفته بعد از ابلاغ. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = رد شده به عنوان «offensichtlich unbegründet» (آشکارا بی‌اساس): شکایت (Klage) و Eilantrag (درخواست فوری) ظرف 1 هفته بعد از ابلاغ. Eilantrag یک درخواست فوری از دادگاه است. { deadline-not-legal-advice }
deadline-asylum-inadmissible = رد شده به عنوان «unzulässig» (غیرقابل قبول): شکایت (Klage) و Eilantrag (درخواست فوری) ظرف 1 هفته بعد از ابلاغ. Eilantrag یک درخواست فوری از دادگاه است. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = به عنوان پناهنده یا دارای حق پناهندگی به رسمیت شناخته شده‌اید: اگر همسر یا فرزندان زیر 18 سال شما در خارج زندگی می‌کنند، درخواست پیوستن خانواده (Familiennachzug) را ظرف 3 ماه ثبت کنید. در این صورت لازم نیست ثابت کنید که پول و جای زندگی کافی دارید. می‌توانید درخواست را خودتان هم در آلمان بدهید، مثلاً در اداره اتباع خارجی (Ausländerbehörde). این 3 ماه از روزی شروع می‌شود که تصمیم (Bescheid) قطعی شود؛ اما برنامه از روز ابلاغ حساب می‌کند تا مهلت هرگز دیرتر نشان داده نشود. اگر بخشی از درخواست شما رد شده باشد، شاید شکایت (Klage) ظرف 2 هفته لازم باشد. { deadline-not-legal-advice }
deadline-register-address = نشانی خود را ظرف 2 هفته بعد از رفتن به خانه جدید در Bürgeramt (دفتر خدمات شهروندی) ثبت کنید. { deadline-not-legal-advice }
deadline-objection = با یک Bescheid (نامه تصمیم) موافق نیستید؟ پس می‌توانید Widerspruch (اعتراض) بدهید، معمولاً ظرف 1 ماه بعد از اینکه نامه را گرفته‌اید. روش آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-tax-objection = با Bescheid (نامه تصمیم) از Familienkasse (اداره کمک‌هزینه فرزند) موافق نیستید؟ پس Einspruch (اعتراض) بدهید، نه Widerspruch: ظرف 1 ماه بعد از اینکه نامه را گرفته‌اید. روش آن در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = با Bescheid (نامه تصمیم) درباره به رسمیت شناختن مدرک شغلی‌تان موافق نیستید؟ پس 1 ماه بعد از اینکه نامه را گرفته‌اید وقت دارید. بسته به ایالت، Widerspruch (اعتراض) می‌دهید یا در دادگاه اداری Klage (شکایت) می‌کنید. اینکه برای شما کدام است، در آخر Bescheid نوشته شده است. { deadline-not-legal-advice }
deadline-appointment = به‌موقع سر وقت ملاقات خود بروید. نمی‌توانید بیایید؟ پیش از آن خبر بدهید و دلیلش را بگویید. { deadline-not-legal-advice }
deadline-bamf-appointment = حتماً و سر وقت به این وقت ملاقات در BAMF بروید. اگر کسی بدون دلیل مهم نیاید، ممکن است روند پناهندگی او متوقف شود. نمی‌توانید بیایید، مثلاً چون بیمار هستید؟ فوراً و پیش از وقت ملاقات به BAMF خبر بدهید و مدرکی بفرستید، مثلاً گواهی پزشک. { deadline-not-legal-advice }
