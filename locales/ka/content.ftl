### Content of the ten tabs. Translated from locales/de/content.ftl (the source).
### German official terms stay in German with a short Georgian explanation.

## Section headings of a tab page and of the printed folder

tab-section-tips = წესები და რჩევები
tab-section-checklist = საკონტროლო სია
tab-section-contacts = კონტაქტები

## Tab 1: Ankommen

tab-arrival-intro = აქ ნახავთ პირველ ნაბიჯებს გერმანიაში. საუბარია თქვენს ყოფნასა და თავშესაფრის პროცედურაზე. აქ შეინახეთ ყველა საბუთი, რომელიც მიიღეთ BAMF-ისგან და უცხოელთა სამსახურისგან (Ausländerbehörde).
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung (ყოფნის ნებართვა თავშესაფრის პროცედურის დროს) ყოველთვის თან იქონიეთ. პოლიცია და უწყებები მის ნახვას ითხოვენ.
tab-arrival-tip-briefe-oeffnen = ყველა წერილი მაშინვე გახსენით. ბევრ წერილს აქვს ვადა. ვადა არის პასუხის ბოლო დღე.
tab-arrival-tip-gelber-umschlag = BAMF-ის წერილები ხშირად ყვითელ კონვერტში მოდის. კონვერტზე თარიღი წერია. კონვერტი შეინახეთ: ვადა ამ თარიღიდან იწყება.
tab-arrival-tip-adresse = სხვა ბინაში გადადიხართ? ახალი მისამართი მაშინვე აცნობეთ BAMF-ს და უცხოელთა სამსახურს (Ausländerbehörde). თორემ მნიშვნელოვანი წერილები არ მოგივათ.
tab-arrival-tip-beratung-vor-anhoerung = გასაუბრებამდე (Anhörung) მიდით თავშესაფრის პროცედურის კონსულტაციაზე (Asylverfahrensberatung). კონსულტაცია, როგორც წესი, უფასოა.
tab-arrival-tip-anhoerung-alles-sagen = გასაუბრებაზე მოყევით ყველაფერი, რაც თქვენი გამოქცევისთვის მნიშვნელოვანია. წაიღეთ მტკიცებულებები, მაგალითად, ფოტოები ან საბუთები.
tab-arrival-tip-dolmetscher = გასაუბრებაზე თარჯიმანი იქნება. მაშინვე თქვით, თუ მას კარგად ვერ იგებთ.
tab-arrival-tip-duldung = Duldung (დეპორტაციის შეჩერება) ბინადრობის ნებართვა არ არის. ის მხოლოდ ნიშნავს: თქვენი დეპორტაცია გარკვეული დროით შეჩერებულია (§ 60a AufenthG). Duldung-ით მაშინვე მიდით საკონსულტაციო ცენტრში.
tab-arrival-tip-fiktionsbescheinigung = თუ გაგრძელებას ვადის გასვლამდე მოითხოვთ, თქვენი ბინადრობის ნებართვა ძალაში რჩება, სანამ უცხოელთა სამსახური (Ausländerbehörde) გადაწყვეტს. ამას ადასტურებს Fiktionsbescheinigung (§ 81 Abs. 4 და 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = თქვენს საბუთზე შეიძლება ეწეროს Wohnsitzauflage (საცხოვრებელი ადგილის ვალდებულება): მაშინ იმ ადგილას უნდა იცხოვროთ (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (ტერიტორიული შეზღუდვა) ნიშნავს: ნებართვის გარეშე ტერიტორიის დატოვება არ შეგიძლიათ (§ 56 AsylG, § 61 AufenthG). გადასვლამდე ან მგზავრობამდე ჰკითხეთ უცხოელთა სამსახურს (Ausländerbehörde).

check-ankunftsnachweis = Ankunftsnachweis (ჩამოსვლის დამადასტურებელი საბუთი) კარგად შეინახეთ
check-ankunftsnachweis-hint = ეს თქვენი პირველი საბუთია გერმანიაში. მას რეგისტრაციის შემდეგ მიიღებთ.
check-aufenthaltsgestattung = თავშესაფრის განაცხადის შემდეგ მიიღეთ Aufenthaltsgestattung (ყოფნის ნებართვა)
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung აჩვენებს: თავშესაფრის პროცედურის დროს შეგიძლიათ გერმანიაში იყოთ. ის ყოველთვის თან იქონიეთ.
check-gestattung-verlaengern = გააგრძელეთ Aufenthaltsgestattung (ყოფნის ნებართვა) — ვადის გასვლამდე
check-gestattung-verlaengern-hint = ვადის გასვლის თარიღი საბუთზე წერია. უცხოელთა სამსახურში (Ausländerbehörde) დროულად, ამ თარიღამდე მიდით. { deadline-not-legal-advice }
check-anhoerung = მიდით გასაუბრებაზე (Anhörung) BAMF-ში
check-anhoerung-hint = გასაუბრება არის საუბარი თქვენს გამოქცევაზე. შეხვედრის დრო BAMF-ის წერილში წერია. მოდით დროულად და თან წაიღეთ ყველა საბუთი.
check-adresse-mitteilen = ახალი მისამართი მაშინვე აცნობეთ BAMF-ს და უცხოელთა სამსახურს (Ausländerbehörde)
check-adresse-mitteilen-hint = BAMF წერილებს აგზავნის ბოლო მისამართზე, რომელიც მან იცის. ვადა იწყება მაშინაც, თუ წერილს ვერ მიიღებთ.
check-bamf-bescheid = BAMF-ის გადაწყვეტილება (Bescheid) მაშინვე წაიღეთ კონსულტაციაზე
check-bamf-bescheid-hint = Bescheid არის წერილი გადაწყვეტილებით. ჩაიწერეთ თარიღი ყვითელი კონვერტიდან. უარის შემთხვევაში სარჩელისთვის მხოლოდ 1 ან 2 კვირა გაქვთ. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = აღიარების შემდეგ: მოითხოვეთ Aufenthaltserlaubnis (ბინადრობის ნებართვა) უცხოელთა სამსახურში (Ausländerbehörde)
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis-საც (ბინადრობის ნებართვა) აქვს ვადის გასვლის თარიღი. მისი გაგრძელება დროულად, ამ თარიღამდე მოითხოვეთ. { deadline-not-legal-advice }
check-duldung = გააგრძელეთ Duldung ვადის გასვლამდე
check-duldung-hint = Duldung მოქმედებს მხოლოდ საბუთზე დაწერილ თარიღამდე. უცხოელთა სამსახურში (Ausländerbehörde) დროულად, ამ თარიღამდე მიდით. ჰკითხეთ საკონსულტაციო ცენტრს, შეგიძლიათ თუ არა ბინადრობის ნებართვის მიღება (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = შეინახეთ Fiktionsbescheinigung და გააგრძელეთ ვადის გასვლამდე
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung ადასტურებს: თქვენი განცხადება განიხილება და გადაწყვეტილებამდე შეგიძლიათ დარჩეთ (§ 81 Abs. 5 AufenthG). მასაც აქვს ვადის გასვლის თარიღი. უცხოელთა სამსახურში (Ausländerbehörde) დროულად, ამ თარიღამდე მიდით. { deadline-not-legal-advice }
check-wohnsitzauflage = შეამოწმეთ საბუთი: Wohnsitzauflage თუ räumliche Beschränkung?
check-wohnsitzauflage-hint = თქვენს საბუთზე წერია „Wohnsitzauflage“ ან „räumlich beschränkt“? მაშინ გადასვლამდე ან მგზავრობამდე ჰკითხეთ უცხოელთა სამსახურს (Ausländerbehörde) (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). ნებართვის გარეშე შეიძლება დაგეკისროთ ჯარიმა ან სასჯელი.

## Tab 2: Geld

tab-money-intro = აქ საუბარია ფულზე, რომლითაც ცხოვრობთ. თავშესაფრის პროცედურის დროს, როგორც წესი, სოციალური სამსახური (Sozialamt) გეხმარებათ, მოგვიანებით ხშირად — Jobcenter (დასაქმების ცენტრი). აქ შეინახეთ გადაწყვეტილებები (Bescheide), საბანკო საბუთები და საგადასახადო საბუთები.
tab-money-tip-bescheid = Bescheid არის უწყების წერილი გადაწყვეტილებით. ყველა Bescheid შეინახეთ.
tab-money-tip-aenderungen-melden = მაშინვე აცნობეთ უწყებას, როცა რამე იცვლება: ახალი მისამართი, ახალი სამუშაო, ბავშვი, მეტი ფული. თორემ შეიძლება ფულის დაბრუნება მოგიწიოთ.
tab-money-tip-bezahlkarte = ზოგი ქალაქი ნაღდი ფულის ნაცვლად საგადახდო ბარათს (Bezahlkarte) იძლევა. PIN-კოდი საიდუმლოდ შეინახეთ.
tab-money-tip-basiskonto = გერმანიაში ყველა ადამიანს აქვს უფლება საბაზისო საბანკო ანგარიშზე (Basiskonto). ეს ეხება იმ ადამიანებსაც, ვისაც აქვს Aufenthaltsgestattung (ყოფნის ნებართვა) ან Duldung (დეპორტაციის შეჩერება).
tab-money-tip-haustuer = ნუ მოაწერთ ხელს ხელშეკრულებას კართან ან ტელეფონით. ჯერ ჰკითხეთ საკონსულტაციო ცენტრს.
tab-money-tip-schulden = გაქვთ ვალები ან გადახდის შეხსენებები (Mahnungen)? ადრევე მიმართეთ ვალების კონსულტაციას (Schuldnerberatung). ის, როგორც წესი, უფასოა.

check-asylblg-leistungen = მოითხოვეთ დახმარება სოციალურ სამსახურში (Sozialamt)
check-asylblg-leistungen-hint = თავშესაფრის პროცედურის დროს, როგორც წესი, სოციალური სამსახური იხდის. ამის კანონს ჰქვია Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = აღიარების შემდეგ: მოითხოვეთ Bürgergeld (მოქალაქის შემწეობა) Jobcenter-ში (დასაქმების ცენტრი)
check-buergergeld-hint = კანონში Bürgergeld-ს ჰქვია Grundsicherung für Arbeitsuchende (სამუშაოს მაძიებელთა საბაზისო უზრუნველყოფა). განაცხადი მაშინვე შეიტანეთ: Jobcenter იხდის მხოლოდ იმ თვიდან, როცა განაცხადს შეიტანთ.
check-widerspruch = ყველა გადაწყვეტილება (Bescheid) შეამოწმებინეთ — საჩივარი (Widerspruch) 1 თვის განმავლობაში
check-widerspruch-hint = ფიქრობთ, რომ გადაწყვეტილება არასწორია? მაშინ შეგიძლიათ შეიტანოთ საჩივარი (Widerspruch), როგორც წესი, მხოლოდ 1 თვის განმავლობაში. როგორ — ეს გადაწყვეტილების (Bescheid) ბოლოს წერია. { deadline-not-legal-advice }
check-bankkonto = გახსენით საბანკო ანგარიში
check-bankkonto-hint = თან წაიღეთ პასპორტი ან Aufenthaltsgestattung (ყოფნის ნებართვა). ბანკი ვალდებულია მოგცეთ საბაზისო ანგარიში (Basiskonto).
check-steuer-id = შეინახეთ საგადასახადო საიდენტიფიკაციო ნომერი (Steuer-Identifikationsnummer)
check-steuer-id-hint = ის ფოსტით მოდის მისამართის რეგისტრაციის (Anmeldung) შემდეგ. ის დაგჭირდებათ სამუშაოსთვის და ბავშვის შემწეობისთვის (Kindergeld).
check-rundfunkbeitrag = მოითხოვეთ რადიო-ტელევიზიის გადასახადისგან (Rundfunkbeitrag) განთავისუფლება
check-rundfunkbeitrag-hint = Rundfunkbeitrag არის გადასახადი რადიოსა და ტელევიზიისთვის. ვინც ფულს სოციალური სამსახურისგან (Sozialamt) ან Jobcenter-ისგან იღებს, შეუძლია განთავისუფლება მოითხოვოს. ამისთვის გაგზავნეთ გადაწყვეტილების (Bescheid) ასლი.

## Tab 3: Wohnen

tab-housing-intro = აქ საუბარია თქვენს ბინაზე. ნახავთ საცხოვრებლის წესებს და მისამართის რეგისტრაციას (Anmeldung). აქ შეინახეთ ქირავნობის ხელშეკრულება და რეგისტრაციის ცნობა (Meldebescheinigung).
tab-housing-tip-hausordnung = ყველა სახლს აქვს სახლის წესები (Hausordnung). როგორც წესი, 22:00-დან 6:00-მდე ღამის სიმშვიდის დროა. ამ დროს ყველა წყნარად უნდა იყოს.
tab-housing-tip-muell = ნაგავი დაახარისხეთ: ქაღალდი, შეფუთვა, მინა, ორგანული ნარჩენები და დანარჩენი ნაგავი. ურნების ფერები ყველა ქალაქში განსხვავებულია.
tab-housing-tip-lueften = დღეში რამდენჯერმე, რამდენიმე წუთით, ფანჯრები ბოლომდე გააღეთ. ასე ობი არ გაჩნდება.
tab-housing-tip-kaution = გირაო (Kaution) არის ფული მესაკუთრისთვის, როგორც გარანტია. ბინიდან გასვლისას მას უკან მიიღებთ, თუ ბინა წესრიგშია.
tab-housing-tip-kuendigen = ბინიდან გასვლა გინდათ? ხელშეკრულება წერილობით შეწყვიტეთ. როგორც წესი, ამის შესახებ 3 თვით ადრე უნდა აცნობოთ. ქირას უწყება იხდის? მაშინ წინასწარ იქაც იკითხეთ.

check-wohnungsgeberbestaetigung = მიიღეთ მესაკუთრისგან Wohnungsgeberbestätigung (მესაკუთრის დადასტურება)
check-wohnungsgeberbestaetigung-hint = მესაკუთრე ვალდებულია ის ბინაში შესვლისას მოგცეთ. ის დაგჭირდებათ მისამართის რეგისტრაციისთვის (Anmeldung).
check-anmeldung = მისამართის რეგისტრაცია (Anmeldung) მოქალაქეთა სამსახურში (Bürgeramt) — ბინაში შესვლიდან 2 კვირის განმავლობაში
check-anmeldung-hint = თან წაიღეთ Wohnungsgeberbestätigung (მესაკუთრის დადასტურება) და პასპორტი ან Aufenthaltsgestattung (ყოფნის ნებართვა). შემდეგ მიიღებთ რეგისტრაციის ცნობას (Meldebescheinigung). { deadline-not-legal-advice }
check-umzug-fragen = სხვა ბინაში გადასვლამდე ჰკითხეთ სოციალურ სამსახურს (Sozialamt) ან Jobcenter-ს
check-umzug-fragen-hint = უწყებამ ხშირად ახალი ბინა წინასწარ უნდა დაუშვას. თორემ შეიძლება ქირა არ გადაიხადოს. თავშესაფრის პროცედურის დროს უცხოელთა სამსახურსაც (Ausländerbehörde) ჰკითხეთ.
check-mietvertrag = ქირავნობის ხელშეკრულება ხელმოწერამდე შეამოწმებინეთ
check-mietvertrag-hint = სთხოვეთ, რომ ხელშეკრულება აგიხსნან. ასლი შეინახეთ.
check-wohnberechtigungsschein = მოითხოვეთ Wohnberechtigungsschein (WBS, სოციალურ ბინაზე უფლების მოწმობა)
check-wohnberechtigungsschein-hint = სოციალური ბინისთვის გჭირდებათ WBS. მას მიიღებთ საბინაო სამსახურში (Wohnungsamt), თუ თქვენი შემოსავალი დაბალია.
check-energie = დაარეგისტრირეთ ელექტროენერგია და გაზი
check-energie-hint = ბინაში შესვლის დღეს ჩაიწერეთ მრიცხველების ჩვენებები. მათი ფოტოც გადაიღეთ.
check-briefkasten = დაწერეთ თქვენი სახელი საფოსტო ყუთზე და კარის ზარზე
check-briefkasten-hint = თორემ მნიშვნელოვან წერილებს ვერ მიიღებთ. ვადა მაინც მიდის.

## Tab 4: Deutsch lernen

tab-german-intro = გერმანული გეხმარებათ სამსახურში, სკოლაში და ყოველდღიურ ცხოვრებაში. აქ ნახავთ გზას ენის კურსამდე. აქ შეინახეთ კურსის საბუთები და სერტიფიკატები.
tab-german-tip-jeden-tag = ისწავლეთ ყოველდღე ცოტ-ცოტა. 15 წუთიც გეხმარებათ.
tab-german-tip-integrationskurs = ინტეგრაციის კურსს (Integrationskurs) ორი ნაწილი აქვს: ენის კურსი და ორიენტაციის კურსი. ორიენტაციის კურსზე ბევრს გაიგებთ გერმანიაში ცხოვრების შესახებ.
tab-german-tip-kosten = დასწრების უფლებით (Berechtigung) ინტეგრაციის კურსი ცოტა ღირს ან უფასოა.
tab-german-tip-kinderbetreuung = პატარა ბავშვები გყავთ? იკითხეთ კურსი, სადაც ბავშვებს მიხედავენ.
tab-german-tip-sprechen = ილაპარაკეთ გერმანულად, სადაც შეიძლება: მაღაზიაში, მეზობლებთან, სპორტულ კლუბში. ბევრ ქალაქში ენის კაფეებიც არის.

check-integrationskurs-berechtigung = მიიღეთ ინტეგრაციის კურსზე დასწრების უფლება (Berechtigung)
check-integrationskurs-berechtigung-hint = იკითხეთ უცხოელთა სამსახურში (Ausländerbehörde), Jobcenter-ში ან BAMF-ში.
check-kurs-anmelden = დარეგისტრირდით კურსის ორგანიზატორთან (Kursträger)
check-kurs-anmelden-hint = კურსის ორგანიზატორებია, მაგალითად, მოზრდილთა სასწავლებლები (Volkshochschule) და ენის სკოლები. ძებნაში დაგეხმარებათ მიგრაციის კონსულტაცია (Migrationsberatung).
check-kurs-teilnahme = რეგულარულად იარეთ კურსზე
check-kurs-teilnahme-hint = ავად ხართ? აცნობეთ კურსის ორგანიზატორს და მიიტანეთ ავადმყოფობის ცნობა (Krankmeldung).
check-dtz = გაიარეთ გამოცდა „Deutsch-Test für Zuwanderer“ (DTZ, გერმანულის ტესტი მიგრანტებისთვის)
check-dtz-hint = ენის კურსის ბოლოს გამოცდაა. სერტიფიკატი მნიშვნელოვანია სამუშაოსთვის და ბინადრობისთვის.
check-lid-test = გაიარეთ ტესტი „Leben in Deutschland“ (ცხოვრება გერმანიაში)
check-lid-test-hint = ტესტი ორიენტაციის კურსის ბოლოსაა.
check-berufssprachkurs = შემდეგ გაიარეთ პროფესიული ენის კურსი (Berufssprachkurs)
check-berufssprachkurs-hint = პროფესიული ენის კურსზე სწავლობთ გერმანულს სამუშაოსთვის. იკითხეთ Jobcenter-ში ან დასაქმების სააგენტოში (Agentur für Arbeit).

## Tab 5: Kinder und Familie

tab-family-intro = აქ საუბარია თქვენს ბავშვებსა და ოჯახზე: საბავშვო ბაღი (Kita), სკოლა, ბავშვის შემწეობა (Kindergeld) და ჯანმრთელობა. აქ შეინახეთ დაბადების მოწმობები და საბავშვო ბაღისა და სკოლის რეგისტრაციის საბუთები.
tab-family-tip-schulpflicht = გერმანიაში ყველა ბავშვი ვალდებულია სკოლაში იაროს. სკოლა უფასოა.
tab-family-tip-kita = საბავშვო ბაღში (Kita) ბავშვები გერმანულს სწრაფად სწავლობენ. ბავშვი ადრევე ჩაწერეთ: ხშირად რიგია.
tab-family-tip-elterngespraech = მიდით შეხვედრებზე საბავშვო ბაღსა და სკოლაში. თუ გჭირდებათ, თარჯიმანი მოითხოვეთ.
tab-family-tip-gewalt = ბავშვებზე ძალადობა გერმანიაში აკრძალულია, ოჯახშიც. დახმარებას გაგიწევენ ბავშვთა და ახალგაზრდობის სამსახურში (Jugendamt) და საკონსულტაციო ცენტრებში.
tab-family-tip-geburt = თქვენი ბავშვი გერმანიაში დაიბადა? დაბადება დაარეგისტრირეთ სამოქალაქო რეესტრში (Standesamt). ჰკითხეთ საკონსულტაციო ცენტრს, რა უნდა გააკეთოთ ბავშვისთვის უცხოელთა სამსახურში (Ausländerbehörde) და BAMF-ში.

check-geburtsurkunden-kinder = ბავშვების დაბადების მოწმობები მზად გქონდეთ
check-geburtsurkunden-kinder-hint = თქვენი ბავშვი გერმანიაში დაიბადა? მაშინ დაბადების მოწმობას მიიღებთ სამოქალაქო რეესტრში (Standesamt).
check-kita = მოძებნეთ ადგილი საბავშვო ბაღში (Kita) და ჩაწერეთ ბავშვი
check-kita-hint = 1 წლიდან ბავშვებს აქვთ უფლება ადგილზე საბავშვო ბაღში. ბავშვი ადრევე ჩაწერეთ.
check-schule = ჩაწერეთ ბავშვები სკოლაში
check-schule-hint = გერმანიაში ბავშვები ვალდებულნი არიან სკოლაში იარონ. განათლების სამსახური (Schulamt) გეტყვით, რომელი სკოლაა თქვენთვის განკუთვნილი.
check-masern = წარადგინეთ წითელას აცრის დადასტურება
check-masern-hint = საბავშვო ბაღისა და სკოლისთვის ბავშვებს სჭირდებათ წითელას აცრის დადასტურება. ის აცრების წიგნაკშია (Impfpass).
check-u-untersuchungen = გაიარეთ პროფილაქტიკური გასინჯვები ბავშვთა ექიმთან
check-u-untersuchungen-hint = ამ გასინჯვებს ჰქვია U1-დან U9-მდე. შეხვედრების თარიღები ყვითელ წიგნაკშია.
check-kindergeld = მოითხოვეთ ბავშვის შემწეობა (Kindergeld) საოჯახო შემწეობების სამსახურში (Familienkasse)
check-kindergeld-hint = ეს, როგორც წესი, მხოლოდ ბინადრობის ნებართვით (Aufenthaltserlaubnis) არის შესაძლებელი. ჰკითხეთ საკონსულტაციო ცენტრს.
check-bildung-teilhabe = მოითხოვეთ ფული სასკოლო ნივთებისა და ექსკურსიებისთვის (Bildung und Teilhabe)
check-bildung-teilhabe-hint = ეს ბავშვებს ეკუთვნით, თუ ოჯახი ფულს იღებს სოციალური სამსახურისგან (Sozialamt) ან Jobcenter-ისგან.

## Tab 6: Arbeit

tab-work-intro = სამუშაო გეხმარებათ გერმანიაში დამკვიდრებაში. აქ წერია, რა უნდა იცოდეთ მუშაობის დაწყებამდე. აქ შეინახეთ მუშაობის ნებართვა, ხელშეკრულებები და ხელფასის ცნობები.
tab-work-tip-ohne-erlaubnis = ნებართვის გარეშე მუშაობა აკრძალულია. ამან შეიძლება ზიანი მიაყენოს თქვენს ბინადრობას.
tab-work-tip-mindestlohn = გერმანიაში არის მინიმალური ხელფასი. სამუშაოების უმეტესობაზე საათის ხელფასი ამაზე დაბალი არ შეიძლება იყოს.
tab-work-tip-schriftlich = თქვენ გაქვთ უფლება, თქვენი სამუშაოს მთავარი წესები ქაღალდზე მიიღოთ: ხელფასი, სამუშაო დრო და შვებულება.
tab-work-tip-krank = ავად ხართ? აცნობეთ დამსაქმებელს მაშინვე, პირველივე დღეს, სამუშაოს დაწყებამდე.
tab-work-tip-probezeit = დასაწყისში ხშირად არის გამოსაცდელი ვადა (Probezeit). ამ დროს სამსახურიდან გათავისუფლება უფრო ადვილია.

check-arbeitserlaubnis = შეამოწმეთ: შემიძლია მუშაობა?
check-arbeitserlaubnis-hint = ეს თქვენს ბინადრობის საბუთზე წერია. Aufenthaltsgestattung-ით (ყოფნის ნებართვა) ან Duldung-ით (დეპორტაციის შეჩერება) ყოველ სამუშაოზე გჭირდებათ უცხოელთა სამსახურის (Ausländerbehörde) ნებართვა.
check-arbeitsuchend = დარეგისტრირდით სამუშაოს მაძიებლად დასაქმების სააგენტოში (Agentur für Arbeit) ან Jobcenter-ში
check-arbeitsuchend-hint = იქ დაგეხმარებიან სამუშაოს ძებნაში.
check-lebenslauf = დაწერეთ CV (Lebenslauf) გერმანულად
check-lebenslauf-hint = ამაში დაგეხმარებათ საკონსულტაციო ცენტრი ან Jobcenter.
check-arbeitsvertrag = შრომითი ხელშეკრულება ხელმოწერამდე შეამოწმებინეთ
check-arbeitsvertrag-hint = ხელი მოაწერეთ მხოლოდ იმას, რაც გესმით. ხელშეკრულება კარგად შეინახეთ.
check-sozialversicherungsausweis = შეინახეთ სოციალური დაზღვევის მოწმობა (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = მასზე დაწერილი ნომერი ყოველ სამუშაოზე დაგჭირდებათ. ის ფოსტით მოდის საპენსიო დაზღვევიდან (Rentenversicherung).
check-lohnabrechnung = ხელფასის ცნობები ყოველთვე შეინახეთ
check-lohnabrechnung-hint = ხელფასის ცნობა (Lohnabrechnung) აჩვენებს თქვენს ხელფასს და რა იქვითება მისგან.
check-einkommen-melden = სამუშაო და ხელფასი მაშინვე აცნობეთ Jobcenter-ს ან სოციალურ სამსახურს (Sozialamt)
check-einkommen-melden-hint = თორემ შეიძლება ფულის დაბრუნება მოგიწიოთ.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = აქ საუბარია სკოლაზე, პროფესიულ სწავლებასა და უნივერსიტეტზე. თქვენი ქვეყნის დიპლომი შეიძლება გერმანიაში ძალიან ფასობდეს. აქ შეინახეთ ატესტატები და დიპლომები, თარგმანები და აღიარების საბუთები.
tab-training-tip-ausbildung = პროფესიული სწავლება (Ausbildung) ჩვეულებრივ 2-დან 3,5 წლამდე გრძელდება. სწავლობთ საწარმოში და პროფესიულ სკოლაში. ამ დროს ფულსაც იღებთ.
tab-training-tip-anerkennung = აღიარებული დიპლომით უფრო ადვილად იპოვით კარგ სამუშაოს.
tab-training-tip-originale = ატესტატებისა და დიპლომების ორიგინალებს ხელიდან ნუ გაუშვებთ. მიეცით ასლები ან დამოწმებული ასლები.
tab-training-tip-deutsch-niveau = პროფესიული სწავლებისთვის ხშირად გჭირდებათ გერმანული B1 ან B2 დონეზე, უნივერსიტეტისთვის ხშირად — C1.
tab-training-tip-foerderung = პროფესიული სწავლების დროს ზოგჯერ სახელმწიფო ფულს იძლევა, მაგალითად, Berufsausbildungsbeihilfe (BAB) ან BAföG. იკითხეთ დასაქმების სააგენტოში (Agentur für Arbeit).

check-zeugnisse = შეაგროვეთ სკოლის ატესტატები და პროფესიული დიპლომები
check-zeugnisse-hint = ორიგინალები უსაფრთხოდ შეინახეთ. სხვა შემთხვევაში აჩვენეთ ასლები.
check-zeugnisse-uebersetzen = ათარგმნინეთ ატესტატები და დიპლომები
check-zeugnisse-uebersetzen-hint = უწყებები ხშირად ითხოვენ დამოწმებულ თარგმანს (beglaubigte Übersetzung). მას აკეთებს ნაფიცი თარჯიმანი.
check-anerkennung = მოითხოვეთ თქვენი უცხოური დიპლომის აღიარება
check-anerkennung-hint = დიპლომის აღიარების კონსულტაცია (Anerkennungsberatung) უფასოდ გეხმარებათ, მაგალითად, IQ Netzwerk-ისგან.
check-berufsberatung = დანიშნეთ შეხვედრა პროფესიულ კონსულტაციაზე დასაქმების სააგენტოში (Agentur für Arbeit)
check-berufsberatung-hint = იქ გაიგებთ, რომელი პროფესიული სწავლება და რომელი პროფესია შეგეფერებათ.
check-ausbildungsvertrag = პროფესიული სწავლების ხელშეკრულება (Ausbildungsvertrag) კარგად შეინახეთ
check-ausbildungsvertrag-hint = გაქვთ Duldung (დეპორტაციის შეჩერება)? მაშინ პროფესიული სწავლება შეიძლება დაგეხმაროთ გერმანიაში დარჩენაში (Ausbildungsduldung). ჰკითხეთ საკონსულტაციო ცენტრს.
check-studium = უნივერსიტეტში სწავლისთვის იკითხეთ უმაღლეს სასწავლებელში
check-studium-hint = იკითხეთ, რომელი საბუთები და გერმანულის რა დონე გჭირდებათ.

## Tab 8: Gesundheit

tab-health-intro = აქ საუბარია თქვენს ჯანმრთელობაზე. წაიკითხავთ, როგორ მიხვიდეთ ექიმთან და ვინ იხდის. აქ შეინახეთ აცრების წიგნაკი, ექიმის წერილები და ჯანმრთელობის ბარათის ასლი.
tab-health-tip-notruf = საგანგებო შემთხვევაში დარეკეთ 112-ზე: სასწრაფო დახმარება და სახანძრო სამსახური. პოლიციის ნომერია 110. ზარები უფასოა.
tab-health-tip-bereitschaftsdienst = საღამოს და შაბათ-კვირას გეხმარებათ ექიმების მორიგე სამსახური. ტელეფონის ნომერია 116 117.
tab-health-tip-hausarzt-zuerst = ჯერ მიდით ოჯახის ექიმის კაბინეტში (Hausarztpraxis). საჭიროების შემთხვევაში ექიმი გაგგზავნით სპეციალისტთან.
tab-health-tip-termin = წინასწარ ჩაეწერეთ შეხვედრაზე. თუ ვერ მიდიხართ, შეხვედრა გააუქმეთ.
tab-health-tip-schweigepflicht = ექიმებს არ აქვთ უფლება, თქვენს შესახებ ვინმეს რამე უთხრან. ამას ჰქვია Schweigepflicht (საიდუმლოს დაცვის ვალდებულება). შეგიძლიათ გულახდილად ილაპარაკოთ.
tab-health-tip-seele = სულიც შეიძლება დაავადდეს, მაგალითად, ომისა და გამოქცევის შემდეგ. ამისთვისაც არის დახმარება. იკითხეთ თქვენი ოჯახის ექიმის კაბინეტში ან საკონსულტაციო ცენტრში.

check-gesundheitskarte = გქონდეთ ჯანმრთელობის ბარათი (Gesundheitskarte) ან მკურნალობის ტალონი (Behandlungsschein)
check-gesundheitskarte-hint = თავშესაფრის პროცედურის დროს ხშირად მკურნალობის ტალონს იღებთ სოციალური სამსახურისგან (Sozialamt). ზოგ ქალაქში მაშინვე ჯანმრთელობის ბარათს იძლევიან.
check-behandlungsschein = ექიმთან მისვლამდე აიღეთ მკურნალობის ტალონი (Behandlungsschein)
check-behandlungsschein-hint = მკურნალობის ტალონი მხოლოდ გარკვეული დროით მოქმედებს. საგანგებო შემთხვევაში მაშინვე მიდით ექიმთან ან საავადმყოფოში.
check-krankenkasse = აირჩიეთ სადაზღვევო კომპანია (Krankenkasse), თუ მუშაობთ ან Bürgergeld-ს (მოქალაქის შემწეობა) იღებთ
check-krankenkasse-hint = სადაზღვევო კომპანიის არჩევა თავად შეგიძლიათ. შემდეგ მიიღებთ ჯანმრთელობის ბარათს (Gesundheitskarte).
check-impfpass = შეინახეთ აცრების წიგნაკი (Impfpass) და შეამოწმებინეთ აცრები
check-impfpass-hint = აცრების წიგნაკი ექიმთან ყოველ ვიზიტზე თან წაიღეთ. რომელიმე აცრა გაკლიათ? თქვენი ექიმი გირჩევთ, რა გააკეთოთ.
check-hausarzt = იპოვეთ ოჯახის ექიმის კაბინეტი (Hausarztpraxis)
check-hausarzt-hint = ავადმყოფობისას ჯერ იქ მიდით. კაბინეტი კონტაქტებში ჩაწერეთ.
check-arztbriefe = შეაგროვეთ ექიმის წერილები და ანალიზების შედეგები
check-arztbriefe-hint = მაშინ არცერთი გამოკვლევის ორჯერ ჩატარება არ იქნება საჭირო. ეს ასევე გამოგადგებათ, თუ ექიმს გამოიცვლით.
check-krankmeldung = ავადმყოფობისას წარადგინეთ ავადმყოფობის ცნობა (Krankmeldung)
check-krankmeldung-hint = ავადმყოფობის ცნობა მიიტანეთ სამსახურში, ენის კურსზე ან Jobcenter-ში. იკითხეთ, რა ვადაში უნდა მიიტანოთ.

## Tab 9: Beratung und Hilfe

tab-advice-intro = ყველაფრის მარტო გაკეთება არ გიწევთ. აქ ნახავთ ადგილებს, რომლებიც გეხმარებიან, როგორც წესი, უფასოდ. აქ შეინახეთ კონსულტაციების ჩანაწერები.
tab-advice-tip-kostenlos = საკონსულტაციო ცენტრების უმეტესობა უფასოა. ისინი გეხმარებიან მაშინაც, თუ ცოტა გერმანული იცით.
tab-advice-tip-nachfragen = რამე ვერ გაიგეთ? ხელახლა იკითხეთ. სთხოვეთ, მარტივი სიტყვებით გითხრან, ან თარჯიმანი მოითხოვეთ.
tab-advice-tip-unterschrift = ხელი მოაწერეთ მხოლოდ იმას, რაც გესმით.
tab-advice-tip-jmd-mbe = 27 წლის ასაკამდე გეხმარებათ Jugendmigrationsdienst (JMD, ახალგაზრდა მიგრანტების სამსახური). 27 წლიდან გეხმარებათ Migrationsberatung für Erwachsene (MBE, მიგრაციის კონსულტაცია მოზრდილებისთვის).
tab-advice-tip-hilfetelefon = ცხელი ხაზის „Gewalt gegen Frauen“ (ქალებზე ძალადობა) ნომერია 116 016. ის უფასოა, მუშაობს დღე და ღამე, ბევრ ენაზე.
tab-advice-tip-schon-gesehen = უთხარით კონსულტანტს, რომელ უწყებებსა და სამსახურებში უკვე იყავით. ასე აღარავინ გაგაგზავნით ტყუილად ერთი ადგილიდან მეორეში.

check-ordner-mitnehmen = ეს საქაღალდე ყოველ შეხვედრაზე თან წაიღეთ
check-ordner-mitnehmen-hint = ასე ყველა ხედავს, რომელი საბუთები უკვე გაქვთ და რა აკლია.
check-beratung-finden = იპოვეთ საკონსულტაციო ცენტრი თქვენს ახლოს
check-beratung-finden-hint = ამ ჩანართის კონტაქტები ამაში დაგეხმარებათ. კონსულტაცია, როგორც წესი, უფასოა.
check-beratungsnotizen = ყოველი კონსულტაციის შემდეგ ჩაინიშნეთ
check-beratungsnotizen-hint = ჩაწერეთ: როდის იყო? ვისთან ილაპარაკეთ? რა არის შემდეგი ნაბიჯი?
check-vollmacht = მინდობილობა (Vollmacht) მიეცით მხოლოდ იმ ადამიანს, ვისაც ენდობით
check-vollmacht-hint = მინდობილობით სხვა ადამიანს შეუძლია თქვენს მაგივრად იმოქმედოს და თქვენი წერილები მიიღოს.
check-rechtsberatung = იცოდეთ, სად მიიღებთ ადვოკატის დახმარებას
check-rechtsberatung-hint = ცოტა ფული გაქვთ? რაიონულ სასამართლოში (Amtsgericht) იკითხეთ Beratungshilfe (დახმარება იურიდიული კონსულტაციისთვის). მაშინ ადვოკატთან კონსულტაცია ცოტა ღირს.

## Tab 10: Weitere Dokumente

tab-documents-intro = აქ შეინახეთ ყველა სხვა მნიშვნელოვანი საბუთი: პასპორტი, მოწმობები, მართვის მოწმობა. კარგი წესრიგი ყოველ შეხვედრაზე დროს დაგიზოგავთ.
tab-documents-tip-kopien = ყოველი მნიშვნელოვანი საბუთის ასლი ან ფოტო გააკეთეთ. ორიგინალები უსაფრთხო ადგილას შეინახეთ.
tab-documents-tip-bestaetigung = უწყებას ორიგინალს აძლევთ? მოითხოვეთ დადასტურება.
tab-documents-tip-botschaft = თავშესაფრის პროცედურის დროს: კონსულტაციის გარეშე ნუ მიხვალთ თქვენი ქვეყნის საელჩოში. ამან შეიძლება ზიანი მიაყენოს თქვენს თავშესაფრის პროცედურას.
tab-documents-tip-beglaubigt = უწყებები ხშირად ითხოვენ დამოწმებულ თარგმანს (beglaubigte Übersetzung). ეს არის თარგმანი ნაფიცი თარჯიმნის ბეჭდით.
tab-documents-tip-app = ეს აპი თქვენს ფოტოებს დაშიფრულად ინახავს თქვენს ტელეფონში. საბუთები მაინც შეინახეთ.

check-reisepass = პასპორტი ან პირადობის მოწმობა უსაფრთხოდ შეინახეთ
check-reisepass-hint = უწყება თქვენს პასპორტს იტოვებს? მაშინ მიიღებთ დადასტურებას. ის კარგად შეინახეთ.
check-geburtsurkunde = შეინახეთ თქვენი დაბადების მოწმობა
check-geburtsurkunde-hint = ის დაგჭირდებათ, მაგალითად, ქორწინებისთვის ან როცა თქვენი ბავშვი დაიბადება.
check-heiratsurkunde = შეინახეთ ქორწინების მოწმობა
check-heiratsurkunde-hint = ის მნიშვნელოვანია ოჯახის გაერთიანებისთვის (Familiennachzug) და ოჯახისთვის განკუთვნილი დახმარებებისთვის.
check-fuehrerschein = შეამოწმებინეთ მართვის მოწმობა
check-fuehrerschein-hint = ევროკავშირის გარეთ გაცემული მართვის მოწმობა გერმანიაში, როგორც წესი, მხოლოდ 6 თვე მოქმედებს. ამის შემდეგ ის უნდა გადაცვალოთ. { deadline-not-legal-advice }
check-kopien = გადაიღეთ ფოტოები ან გააკეთეთ ასლები ყველა მნიშვნელოვანი საბუთის
check-kopien-hint = ასე საბუთები გექნებათ, თუნდაც ორიგინალი დაიკარგოს.
check-urkunden-uebersetzen = ათარგმნინეთ მნიშვნელოვანი მოწმობები
check-urkunden-uebersetzen-hint = ჯერ ჰკითხეთ უწყებას, სჭირდება თუ არა მას დამოწმებული თარგმანი.

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (უცხოელთა სამსახური)
contact-type-auslaenderbehoerde-desc = ბინადრობის საბუთები: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis და მუშაობის ნებართვა.
contact-type-bamf = მიგრაციისა და ლტოლვილთა ფედერალური სამსახური (BAMF)
contact-type-bamf-desc = იღებს გადაწყვეტილებას თავშესაფრის განაცხადზე. ინტეგრაციის კურსებსაც აწყობს.
contact-type-asylverfahrensberatung = თავშესაფრის პროცედურის კონსულტაცია (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = კონსულტაცია თავშესაფრის პროცედურაზე, გასაუბრებაზე და BAMF-ის წერილებზე.
contact-type-buergeramt = Bürgeramt (მოქალაქეთა სამსახური)
contact-type-buergeramt-desc = მისამართის რეგისტრაცია და რეგისტრაციის ცნობა (Meldebescheinigung).
contact-type-sozialamt = Sozialamt (სოციალური სამსახური)
contact-type-sozialamt-desc = ფული, საცხოვრებელი და მკურნალობის ტალონი თავშესაფრის პროცედურის დროს (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (დასაქმების ცენტრი)
contact-type-jobcenter-desc = Bürgergeld (მოქალაქის შემწეობა) და დახმარება სამუშაოს ძებნაში, როგორც წესი, აღიარების შემდეგ.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (დასაქმების სააგენტო)
contact-type-agentur-fuer-arbeit-desc = პროფესიული კონსულტაცია, სამუშაოსა და პროფესიული სწავლების ძებნა.
contact-type-familienkasse = Familienkasse (საოჯახო შემწეობების სამსახური)
contact-type-familienkasse-desc = იხდის ბავშვის შემწეობას (Kindergeld).
contact-type-schuldnerberatung = ვალების კონსულტაცია (Schuldnerberatung)
contact-type-schuldnerberatung-desc = გეხმარებათ ვალებისა და გადახდის შეხსენებების დროს, როგორც წესი, უფასოდ.
contact-type-wohnungsamt = Wohnungsamt (საბინაო სამსახური)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) და დახმარება ბინის ძებნაში.
contact-type-sprachkurstraeger = გერმანულის კურსების ორგანიზატორი (Kursträger)
contact-type-sprachkurstraeger-desc = ინტეგრაციის კურსები და გერმანულის სხვა კურსები, მაგალითად, მოზრდილთა სასწავლებელში (Volkshochschule).
contact-type-migrationsberatung = მიგრაციის კონსულტაცია მოზრდილებისთვის (MBE)
contact-type-migrationsberatung-desc = კონსულტაცია 27 წლის და უფროსი ადამიანებისთვის: ენა, სამუშაო, საცხოვრებელი, ოჯახი.
contact-type-jugendmigrationsdienst = ახალგაზრდა მიგრანტების სამსახური (JMD)
contact-type-jugendmigrationsdienst-desc = კონსულტაცია 12-დან 27 წლამდე ახალგაზრდებისთვის: სკოლა, პროფესიული სწავლება, ენა.
contact-type-kita-schulamt = საბავშვო ბაღებისა და სკოლების სამსახური (Kita- und Schulamt)
contact-type-kita-schulamt-desc = ადგილები საბავშვო ბაღში და სკოლაში ჩაწერა.
contact-type-jugendamt = Jugendamt (ბავშვთა და ახალგაზრდობის სამსახური)
contact-type-jugendamt-desc = დახმარება ბავშვებისთვის, ახალგაზრდებისთვის და მშობლებისთვის.
contact-type-standesamt = Standesamt (სამოქალაქო რეესტრი)
contact-type-standesamt-desc = დაბადებისა და ქორწინების მოწმობები გერმანიაში.
contact-type-anerkennungsberatung = დიპლომის აღიარების კონსულტაცია (Anerkennungsberatung)
contact-type-anerkennungsberatung-desc = გეხმარებათ უცხოური დიპლომების აღიარებაში.
contact-type-krankenkasse = სადაზღვევო კომპანია (Krankenkasse)
contact-type-krankenkasse-desc = ჯანმრთელობის ბარათი და ექიმისა და საავადმყოფოს ხარჯები.
contact-type-hausarzt = ოჯახის ექიმის კაბინეტი (Hausarztpraxis)
contact-type-hausarzt-desc = პირველი ადგილი ავადმყოფობისას. აქ ჩაწერეთ თქვენი ექიმის კაბინეტი.
contact-type-gesundheitsamt = Gesundheitsamt (ჯანდაცვის სამსახური)
contact-type-gesundheitsamt-desc = აცრები, კონსულტაცია და გამოკვლევები.
contact-type-rechtsanwalt = ადვოკატი (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = გეხმარებათ სარჩელში, მაგალითად, BAMF-ის გადაწყვეტილების (Bescheid) წინააღმდეგ.
contact-type-ehrenamt = მოხალისეების დახმარება (Ehrenamt)
contact-type-ehrenamt-desc = მოხალისეები გეხმარებიან ყოველდღიურ ცხოვრებაში, მაგალითად, წერილებსა და შეხვედრებში.

## Labels of the fields of a contact

contact-field-organisation = დაწესებულება
contact-field-department = განყოფილება
contact-field-address = მისამართი
contact-field-phone = ტელეფონი
contact-field-email = ელფოსტა
contact-field-web = ვებგვერდი
contact-field-hours = სამუშაო საათები
contact-field-languages = ენები
contact-field-notes = შენიშვნები
contact-by-appointment = მხოლოდ წინასწარი შეხვედრით
contact-facts-as-of = ინფორმაცია { $year } წლიდან
contact-facts-unknown = უცნობია, რამდენად ძველია ეს ინფორმაცია.
