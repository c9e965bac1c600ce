### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } at the end of every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (ჩამოსვლის დამადასტურებელი საბუთი)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (ყოფნის ნებართვა თავშესაფრის პროცედურის დროს)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (ბინადრობის ნებართვა)
doctype-duldung = Duldung (დეპორტაციის დროებითი შეჩერება)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (დროებითი ცნობა ბინადრობის შესახებ)
doctype-bamf-einladung = BAMF-ის წერილი შეხვედრის თარიღით (მაგალითად, გასაუბრება)
doctype-bamf-anhoerung = BAMF-ში გასაუბრების ოქმი
doctype-bamf-bescheid = BAMF-ის გადაწყვეტილება (Bescheid)

## Geld

doctype-sozialamt-bescheid = სოციალური სამსახურის (Sozialamt) გადაწყვეტილება (AsylbLG)
doctype-bezahlkarte = საგადახდო ბარათი (Bezahlkarte)
doctype-jobcenter-bescheid = Jobcenter-ის გადაწყვეტილება (Bürgergeld)
doctype-kontovertrag = ბანკის საბუთები
doctype-steuer-id = საგადასახადო საიდენტიფიკაციო ნომერი (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = რადიო-ტელევიზიის გადასახადისგან (Rundfunkbeitrag) განთავისუფლება

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (რეგისტრაციის ცნობა)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (მესაკუთრის დადასტურება)
doctype-mietvertrag = ქირავნობის ხელშეკრულება (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, სოციალურ ბინაზე უფლების მოწმობა)
doctype-energievertrag = ელექტროენერგიის ან გაზის ხელშეკრულება

## Deutsch lernen

doctype-integrationskurs-berechtigung = ინტეგრაციის კურსზე დასწრების უფლება (Berechtigung)
doctype-kurs-anmeldung = ენის კურსზე რეგისტრაცია
doctype-teilnahmebestaetigung = კურსზე დასწრების დადასტურება
doctype-sprachzertifikat = ენის სერტიფიკატი (მაგალითად, DTZ)
doctype-leben-in-deutschland = სერტიფიკატი „Leben in Deutschland“ (ცხოვრება გერმანიაში)

## Kinder und Familie

doctype-kita-anmeldung = საბავშვო ბაღში (Kita) რეგისტრაცია ან ვაუჩერი
doctype-schulanmeldung = სკოლაში რეგისტრაცია
doctype-kindergeld-bescheid = საოჯახო შემწეობების სამსახურის (Familienkasse) გადაწყვეტილება (Kindergeld)
doctype-kinderuntersuchungsheft = ბავშვის გასინჯვების ყვითელი წიგნაკი (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = მუშაობის ნებართვა (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = შრომითი ხელშეკრულება (Arbeitsvertrag)
doctype-lohnabrechnung = ხელფასის ცნობა (Lohnabrechnung)
doctype-sozialversicherungsausweis = სოციალური დაზღვევის მოწმობა (Sozialversicherungsausweis)
doctype-lebenslauf = CV და სამსახურის განაცხადი

## Berufsausbildung und Studium

doctype-schulzeugnis = სკოლის ატესტატი
doctype-berufszeugnis = პროფესიის ან უნივერსიტეტის დიპლომი
doctype-anerkennungsbescheid = გადაწყვეტილება დიპლომის აღიარების შესახებ
doctype-ausbildungsvertrag = პროფესიული სწავლების ხელშეკრულება (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = ჯანმრთელობის ბარათი (Gesundheitskarte)
doctype-behandlungsschein = მკურნალობის ტალონი (Behandlungsschein)
doctype-impfpass = აცრების წიგნაკი (Impfpass)
doctype-arztbrief = ექიმის წერილი ან ანალიზის შედეგი
doctype-krankmeldung = ავადმყოფობის ცნობა (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = კონსულტაციის ჩანაწერი
doctype-vollmacht = მინდობილობა (Vollmacht)
doctype-anwaltsschreiben = ადვოკატის ან სასამართლოს წერილი

## Weitere Dokumente

doctype-reisepass = პასპორტი
doctype-id-karte = წარმოშობის ქვეყნის პირადობის მოწმობა
doctype-geburtsurkunde = დაბადების მოწმობა
doctype-heiratsurkunde = ქორწინების მოწმობა
doctype-fuehrerschein = მართვის მოწმობა
doctype-beglaubigte-uebersetzung = დამოწმებული თარგმანი
doctype-sonstiges = სხვა საბუთი

## Deadline rules

deadline-not-legal-advice = ეს ვადა მხოლოდ დახმარებაა და არა იურიდიული კონსულტაცია. მაშინვე ჰკითხეთ საკონსულტაციო ცენტრს ან ადვოკატს.
deadline-renew-before-expiry = ეს საბუთი მოქმედებს მხოლოდ ვადის გასვლის თარიღამდე. თარიღი საბუთზე წერია. ახალი საბუთი ან ვადის გაგრძელება დროულად, ამ თარიღამდე მოითხოვეთ. { deadline-not-legal-advice }
deadline-asylum-decision = თუ BAMF თქვენს თავშესაფრის განაცხადზე უარს იტყვის, ადმინისტრაციულ სასამართლოში (Verwaltungsgericht) სარჩელის (Klage) შესატანად ცოტა დრო გაქვთ. სარჩელი ნიშნავს: სასამართლო ამოწმებს გადაწყვეტილებას. ვადა იწყება იმ დღეს, როცა წერილი ოფიციალურად ჩაგბარდებათ. ეს თარიღი ყვითელ კონვერტზე წერია. { deadline-not-legal-advice }
deadline-asylum-unfounded = უარი, როგორც „unbegründet“ (უსაფუძვლო): სარჩელი ჩაბარებიდან 2 კვირის განმავლობაში. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = უარი, როგორც „offensichtlich unbegründet“ (აშკარად უსაფუძვლო): სარჩელი და სასწრაფო განცხადება (Eilantrag) ჩაბარებიდან 1 კვირის განმავლობაში. სასწრაფო განცხადება არის გადაუდებელი თხოვნა სასამართლოსადმი. { deadline-not-legal-advice }
deadline-asylum-inadmissible = უარი, როგორც „unzulässig“ (დაუშვებელი): სარჩელი და სასწრაფო განცხადება (Eilantrag) ჩაბარებიდან 1 კვირის განმავლობაში. სასწრაფო განცხადება არის გადაუდებელი თხოვნა სასამართლოსადმი. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = აღიარებული ხართ ლტოლვილად ან თავშესაფრის უფლების მქონედ: თუ თქვენი მეუღლე ან 18 წლამდე შვილები საზღვარგარეთ ცხოვრობენ, ოჯახის გაერთიანების (Familiennachzug) განცხადება შეიტანეთ 3 თვის განმავლობაში. მაშინ არ მოგიწევთ იმის დამტკიცება, რომ საკმარისი ფული და საცხოვრებელი გაქვთ. განცხადების შეტანა თავადაც შეგიძლიათ გერმანიაში, მაგალითად უცხოელთა სამსახურში (Ausländerbehörde). ეს 3 თვე იწყება იმ დღიდან, როცა გადაწყვეტილება (Bescheid) საბოლოო ხდება; აპლიკაცია კი ითვლის უკვე ჩაბარების (Zustellung) დღიდან, რომ ვადა არასოდეს გამოჩნდეს გვიან. თუ თქვენი განცხადების ნაწილი უარყოფილია, შეიძლება საჭირო გახდეს სარჩელი (Klage) 2 კვირის განმავლობაში. { deadline-not-legal-advice }
deadline-register-address = მისამართი დაარეგისტრირეთ (Anmeldung) მოქალაქეთა სამსახურში (Bürgeramt) ბინაში შესვლიდან 2 კვირის განმავლობაში. { deadline-not-legal-advice }
deadline-objection = არ ეთანხმებით გადაწყვეტილებას (Bescheid)? მაშინ შეგიძლიათ შეიტანოთ საჩივარი (Widerspruch), როგორც წესი, წერილის მიღებიდან 1 თვის განმავლობაში. როგორ — ეს გადაწყვეტილების ბოლოს წერია. { deadline-not-legal-advice }
deadline-tax-objection = არ ეთანხმებით Familienkasse-ის (ბავშვის დახმარების სამსახური) გადაწყვეტილებას (Bescheid)? მაშინ შეიტანეთ საჩივარი Einspruch და არა Widerspruch: წერილის მიღებიდან 1 თვის განმავლობაში. როგორ — ეს გადაწყვეტილების ბოლოს წერია. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = არ ეთანხმებით გადაწყვეტილებას (Bescheid) თქვენი კვალიფიკაციის აღიარების შესახებ? მაშინ გაქვთ 1 თვე წერილის მიღებიდან. ფედერალური მიწის მიხედვით, შეიტანთ საჩივარს (Widerspruch) ან სარჩელს (Klage) ადმინისტრაციულ სასამართლოში. რა მოქმედებს თქვენთვის, გადაწყვეტილების ბოლოს წერია. { deadline-not-legal-advice }
deadline-appointment = შეხვედრაზე დროულად მიდით. ვერ მიდიხართ? წინასწარ შეატყობინეთ და მიზეზი უთხარით. { deadline-not-legal-advice }
deadline-bamf-appointment = აუცილებლად და დროულად მიდით ამ შეხვედრაზე BAMF-ში. ვინც მნიშვნელოვანი მიზეზის გარეშე არ მოვა, მისი თავშესაფრის პროცედურა შეიძლება შეწყდეს. ვერ მოდიხართ, მაგალითად, იმიტომ რომ ავად ხართ? დაუყოვნებლივ, შეხვედრამდე, შეატყობინეთ BAMF-ს და გაუგზავნეთ დამადასტურებელი დოკუმენტი, მაგალითად ექიმის ცნობა. { deadline-not-legal-advice }
