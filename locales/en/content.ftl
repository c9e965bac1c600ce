### Content of the ten tabs. Translated from locales/de/content.ftl (the source).
### Keep German official terms so people recognise them on their letters.

## Section headings of a tab page and of the printed folder

tab-section-tips = Rules and tips
tab-section-checklist = Checklist
tab-section-contacts = Contacts

## Tab 1: Arriving

tab-arrival-intro = Here you find your first steps in Germany. It is about your stay and your asylum procedure. File all papers from the BAMF and from the Ausländerbehörde (immigration office) here.
tab-arrival-tip-gestattung-dabei = Always carry your Aufenthaltsgestattung (permission to stay during the asylum procedure) with you. The police and the offices want to see it.
tab-arrival-tip-briefe-oeffnen = Open every letter at once. Many letters have a deadline. A deadline is the last day for an answer.
tab-arrival-tip-gelber-umschlag = Letters from the BAMF often come in a yellow envelope. There is a date on the envelope. Keep the envelope: the deadline starts with this date.
tab-arrival-tip-adresse = Are you moving? Tell the BAMF and the Ausländerbehörde your new address at once. Otherwise important letters will not reach you.
tab-arrival-tip-beratung-vor-anhoerung = Before your interview (Anhörung), go to an asylum procedure counselling service (Asylverfahrensberatung). It is usually free.
tab-arrival-tip-anhoerung-alles-sagen = At the interview, tell everything that is important about why you fled. Bring evidence, for example photos or papers.
tab-arrival-tip-dolmetscher = There is an interpreter at the interview. Say at once if you do not understand the interpreter well.
tab-arrival-tip-duldung = A Duldung (toleration) is not a residence permit. It only means: your deportation is suspended for a time (§ 60a AufenthG). Take your Duldung to an advice centre at once.
tab-arrival-tip-fiktionsbescheinigung = If you apply for the extension before the expiry date, your residence permit stays valid until the Ausländerbehörde decides. The Fiktionsbescheinigung shows this (§ 81 Abs. 4 and 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Your paper may carry a Wohnsitzauflage (residence obligation): then you must live in that place (§ 60 AsylG, § 12a AufenthG). A räumliche Beschränkung (restriction of movement) means: you may not leave an area without permission (§ 56 AsylG, § 61 AufenthG). Ask the Ausländerbehörde before you move or travel.

check-ankunftsnachweis = Keep your Ankunftsnachweis (proof of arrival) safe
check-ankunftsnachweis-hint = This is your first paper in Germany. You get it after registration.
check-aufenthaltsgestattung = Get your Aufenthaltsgestattung after the asylum application
check-aufenthaltsgestattung-hint = The Aufenthaltsgestattung shows that you may stay in Germany during the asylum procedure. Always carry it with you.
check-gestattung-verlaengern = Renew your Aufenthaltsgestattung — before the expiry date
check-gestattung-verlaengern-hint = The expiry date is printed on the paper. Go to the Ausländerbehörde in good time before it. { deadline-not-legal-advice }
check-anhoerung = Go to your interview (Anhörung) at the BAMF
check-anhoerung-hint = The interview is a conversation about why you fled. The appointment is in the letter from the BAMF. Be on time and bring all your papers.
check-adresse-mitteilen = Tell the BAMF and the Ausländerbehörde your new address at once
check-adresse-mitteilen-hint = The BAMF sends letters to the last address it knows. A deadline starts even if you do not receive the letter.
check-bamf-bescheid = Take a decision (Bescheid) from the BAMF to a counselling office at once
check-bamf-bescheid-hint = A Bescheid is a letter with a decision. Write down the date on the yellow envelope. If your application is rejected, you have only 1 or 2 weeks to file a lawsuit. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = After recognition: apply for your Aufenthaltserlaubnis (residence permit) at the Ausländerbehörde
check-aufenthaltserlaubnis-hint = The residence permit has an expiry date, too. Apply to extend it in good time before that date. { deadline-not-legal-advice }
check-duldung = Have your Duldung extended before the expiry date
check-duldung-hint = The Duldung is valid only until the date on the paper. Go to the Ausländerbehörde in good time before it. Ask an advice centre whether you can get a residence permit (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Keep your Fiktionsbescheinigung and have it extended before the expiry date
check-fiktionsbescheinigung-hint = The Fiktionsbescheinigung shows: your application is being processed, and you may stay until it is decided (§ 81 Abs. 5 AufenthG). It has an expiry date too. Go to the Ausländerbehörde in good time before it. { deadline-not-legal-advice }
check-wohnsitzauflage = Check your paper: Wohnsitzauflage or räumliche Beschränkung?
check-wohnsitzauflage-hint = Does your paper say “Wohnsitzauflage” or “räumlich beschränkt”? Then ask the Ausländerbehörde before you move or travel (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Without permission you risk a fine or a penalty.

## Tab 2: Money

tab-money-intro = This tab is about money to live on. During the asylum procedure, the Sozialamt (social welfare office) usually helps; later it is often the Jobcenter. File decisions, bank papers and tax papers here.
tab-money-tip-bescheid = A Bescheid is a letter from an office with a decision. Keep every Bescheid.
tab-money-tip-aenderungen-melden = Tell the office at once when something changes: a new address, new work, a child, more money. Otherwise you may have to pay money back.
tab-money-tip-bezahlkarte = Some towns give a payment card (Bezahlkarte) instead of cash. Keep the PIN secret.
tab-money-tip-basiskonto = Everyone in Germany has a right to a basic bank account (Basiskonto). This also applies with an Aufenthaltsgestattung or a Duldung.
tab-money-tip-haustuer = Do not sign a contract at the door or on the phone. Ask a counselling office first.
tab-money-tip-schulden = Do you have debts or reminders to pay? Go to a debt counselling service (Schuldnerberatung) early. It is usually free.

check-asylblg-leistungen = Apply for benefits at the Sozialamt
check-asylblg-leistungen-hint = During the asylum procedure, the Sozialamt usually pays. The law for this is called Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = After recognition: apply for Bürgergeld at the Jobcenter
check-buergergeld-hint = In the law, Bürgergeld is called Grundsicherung für Arbeitsuchende (basic income support for jobseekers). Apply at once: the Jobcenter pays only from the month in which you apply.
check-widerspruch = Have every decision checked — objection (Widerspruch) within 1 month
check-widerspruch-hint = Do you think a decision is wrong? Then you can file an objection (Widerspruch), usually only within 1 month. The end of the decision letter says how. { deadline-not-legal-advice }
check-bankkonto = Open a bank account
check-bankkonto-hint = Take your passport or your Aufenthaltsgestattung with you. The bank must give you a basic account.
check-steuer-id = Keep your tax identification number (Steuer-Identifikationsnummer)
check-steuer-id-hint = It comes by post after you register your address. You need it for work and for child benefit.
check-rundfunkbeitrag = Apply for exemption from the broadcasting fee (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = The Rundfunkbeitrag is a fee for radio and television. If you get money from the Sozialamt or the Jobcenter, you can be exempted. Send a copy of your decision (Bescheid) for this.

## Tab 3: Housing

tab-housing-intro = This tab is about your home. You find the rules for living in a flat and for registering your address. File your rental contract and your Meldebescheinigung (certificate of registration) here.
tab-housing-tip-hausordnung = Every building has house rules (Hausordnung). Usually there is quiet time from 10 pm to 6 am. Everyone should be quiet then.
tab-housing-tip-muell = Separate your rubbish: paper, packaging, glass, organic waste and other waste. The colours of the bins are different in every town.
tab-housing-tip-lueften = Open the windows fully several times a day for a few minutes. This prevents mould.
tab-housing-tip-kaution = A deposit (Kaution) is money for the landlord as security. You get it back when you move out, if the flat is in good order.
tab-housing-tip-kuendigen = Do you want to move out? Give notice in writing. Usually you must give notice 3 months in advance. Does an office pay your rent? Then ask there first, too.

check-wohnungsgeberbestaetigung = Get the Wohnungsgeberbestätigung (landlord's confirmation) from your landlord
check-wohnungsgeberbestaetigung-hint = The landlord must give it to you when you move in. You need it to register your address.
check-anmeldung = Register your address at the Bürgeramt — within 2 weeks of moving in
check-anmeldung-hint = Bring the Wohnungsgeberbestätigung and your passport or your Aufenthaltsgestattung. You then get a Meldebescheinigung (certificate of registration). { deadline-not-legal-advice }
check-umzug-fragen = Ask the Sozialamt or the Jobcenter before you move
check-umzug-fragen-hint = The office often has to approve the new flat first. Otherwise it may not pay the rent. During the asylum procedure, ask the Ausländerbehörde too.
check-mietvertrag = Have the rental contract checked before you sign
check-mietvertrag-hint = Ask someone to explain the contract to you. Keep a copy.
check-wohnberechtigungsschein = Apply for a Wohnberechtigungsschein (WBS, housing entitlement certificate)
check-wohnberechtigungsschein-hint = You need a WBS for social housing. You get it from the Wohnungsamt (housing office) if your income is low.
check-energie = Register for electricity and gas
check-energie-hint = On the day you move in, write down the numbers on the meters. Take a photo of them, too.
check-briefkasten = Put your name on the letterbox and the doorbell
check-briefkasten-hint = Otherwise you will not get important letters. A deadline runs anyway.

## Tab 4: Learning German

tab-german-intro = German helps you at work, at school and in everyday life. Here you find the way to a German course. File course papers and certificates here.
tab-german-tip-jeden-tag = Learn a little every day. Even 15 minutes help.
tab-german-tip-integrationskurs = The integration course (Integrationskurs) has two parts: a language course and an orientation course. In the orientation course you learn a lot about life in Germany.
tab-german-tip-kosten = With an entitlement, the integration course costs little or nothing.
tab-german-tip-kinderbetreuung = Do you have small children? Ask for a course with childcare.
tab-german-tip-sprechen = Speak German wherever you can: when shopping, with neighbours, in a sports club. Many towns also have language cafés.

check-integrationskurs-berechtigung = Get an entitlement (Berechtigung) for the integration course
check-integrationskurs-berechtigung-hint = Ask at the Ausländerbehörde, the Jobcenter or the BAMF.
check-kurs-anmelden = Register with a course provider (Kursträger)
check-kurs-anmelden-hint = Course providers are, for example, adult education centres (Volkshochschule) and language schools. The migration advice service helps you find one.
check-kurs-teilnahme = Go to the course regularly
check-kurs-teilnahme-hint = Are you ill? Tell the course provider and bring a sick note.
check-dtz = Take the exam “Deutsch-Test für Zuwanderer” (DTZ)
check-dtz-hint = There is an exam at the end of the language course. The certificate is important for work and for your right to stay.
check-lid-test = Take the test “Leben in Deutschland” (Life in Germany)
check-lid-test-hint = The test is at the end of the orientation course.
check-berufssprachkurs = Afterwards, take a job-related German course (Berufssprachkurs)
check-berufssprachkurs-hint = In a Berufssprachkurs you learn German for work. Ask at the Jobcenter or at the Agentur für Arbeit.

## Tab 5: Children and family

tab-family-intro = This tab is about your children and your family: Kita (daycare), school, child benefit and health. File birth certificates and the registrations for Kita and school here.
tab-family-tip-schulpflicht = In Germany all children must go to school. School is free.
tab-family-tip-kita = Children learn German quickly in a Kita. Register your child early: there is often a waiting list.
tab-family-tip-elterngespraech = Go to meetings with the Kita and the school. Ask for an interpreter if you need one.
tab-family-tip-gewalt = Violence against children is forbidden in Germany, also in the family. Help is available at the Jugendamt (youth welfare office) and at counselling offices.
tab-family-tip-geburt = Was your child born in Germany? Register the birth at the Standesamt (registry office). Ask a counselling office what you must do for the child at the Ausländerbehörde and at the BAMF.

check-geburtsurkunden-kinder = Have your children's birth certificates ready
check-geburtsurkunden-kinder-hint = Was your child born in Germany? Then you get the birth certificate at the Standesamt.
check-kita = Look for a Kita place and register your child
check-kita-hint = Children from the age of 1 have a right to a place in a Kita. Register your child early.
check-schule = Register your children at school
check-schule-hint = In Germany children must go to school. The Schulamt (school office) tells you which school is responsible.
check-masern = Show proof of measles vaccination
check-masern-hint = For Kita and school, children need proof of a measles vaccination. It is in the vaccination book (Impfpass).
check-u-untersuchungen = Take your child to the check-ups at the paediatrician
check-u-untersuchungen-hint = These check-ups are called U1 to U9. The appointments are in the yellow booklet.
check-kindergeld = Apply for child benefit (Kindergeld) at the Familienkasse
check-kindergeld-hint = This is usually only possible with an Aufenthaltserlaubnis (residence permit). Ask a counselling office.
check-bildung-teilhabe = Apply for money for school things and trips (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Children get this if the family receives money from the Sozialamt or the Jobcenter.

## Tab 6: Work

tab-work-intro = Work helps you settle in Germany. Here you read what you need to know before you start a job. File your work permit, contracts and pay slips here.
tab-work-tip-ohne-erlaubnis = Working without permission is forbidden. It can harm your right to stay.
tab-work-tip-mindestlohn = Germany has a minimum wage. For most jobs, your pay per hour must not be lower.
tab-work-tip-schriftlich = You have a right to get the important rules of your job on paper: pay, working hours and holidays.
tab-work-tip-krank = Are you ill? Tell your employer at once on the first day, before work starts.
tab-work-tip-probezeit = At the start there is often a probation period (Probezeit). During this time it is easier to end the job.

check-arbeitserlaubnis = Check: Am I allowed to work?
check-arbeitserlaubnis-hint = This is written on your residence paper. With an Aufenthaltsgestattung or a Duldung you need permission from the Ausländerbehörde for every job.
check-arbeitsuchend = Register as looking for work at the Agentur für Arbeit or the Jobcenter
check-arbeitsuchend-hint = There you get help looking for work.
check-lebenslauf = Write a CV (Lebenslauf) in German
check-lebenslauf-hint = A counselling office or the Jobcenter helps you with it.
check-arbeitsvertrag = Have your employment contract read before you sign
check-arbeitsvertrag-hint = Only sign what you understand. Keep the contract in a safe place.
check-sozialversicherungsausweis = Keep your social insurance card (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = You need the number on it for every job. It comes by post from the pension insurance (Rentenversicherung).
check-lohnabrechnung = Keep your pay slips every month
check-lohnabrechnung-hint = The pay slip (Lohnabrechnung) shows your pay and what is deducted from it.
check-einkommen-melden = Report work and pay to the Jobcenter or the Sozialamt at once
check-einkommen-melden-hint = Otherwise you may have to pay money back.

## Tab 7: Vocational training and studies

tab-training-intro = This tab is about school, vocational training and university studies. Your qualification from your home country can be worth a lot in Germany. File certificates, translations and recognitions here.
tab-training-tip-ausbildung = Vocational training (Ausbildung) usually takes 2 to 3.5 years. You learn at a company and at a vocational school. You are paid during the training.
tab-training-tip-anerkennung = With a recognised qualification it is easier to find a good job.
tab-training-tip-originale = Do not hand over the originals of your certificates. Hand in copies or certified copies.
tab-training-tip-deutsch-niveau = For vocational training you often need German at level B1 or B2, for university studies often C1.
tab-training-tip-foerderung = During training there is sometimes money from the state, for example Berufsausbildungsbeihilfe (BAB) or BAföG. Ask at the Agentur für Arbeit.

check-zeugnisse = Collect your school and professional certificates
check-zeugnisse-hint = Keep the originals safe. Show copies otherwise.
check-zeugnisse-uebersetzen = Have your certificates translated
check-zeugnisse-uebersetzen-hint = Offices often want a certified translation (beglaubigte Übersetzung). A sworn translator makes it.
check-anerkennung = Have your foreign qualification recognised
check-anerkennung-hint = A recognition counselling service (Anerkennungsberatung) helps for free, for example from the IQ Netzwerk.
check-berufsberatung = Make an appointment for career guidance at the Agentur für Arbeit
check-berufsberatung-hint = There you find out which training and which job suit you.
check-ausbildungsvertrag = Keep your training contract (Ausbildungsvertrag) safe
check-ausbildungsvertrag-hint = Do you have a Duldung? Then vocational training can help you stay in Germany (Ausbildungsduldung). Ask a counselling office.
check-studium = For university studies, ask the university
check-studium-hint = Ask which papers and which level of German you need.

## Tab 8: Health

tab-health-intro = This tab is about your health. Here you read how to see a doctor and who pays. File your vaccination book, doctors' letters and a copy of your health insurance card here.
tab-health-tip-notruf = In an emergency, call 112: ambulance and fire brigade. The police number is 110. The calls are free.
tab-health-tip-bereitschaftsdienst = In the evening and at the weekend, the on-call medical service helps. The phone number is 116 117.
tab-health-tip-hausarzt-zuerst = Go to a family doctor's practice (Hausarztpraxis) first. The doctor sends you to a specialist if needed.
tab-health-tip-termin = Make an appointment first. Cancel the appointment if you cannot come.
tab-health-tip-schweigepflicht = Doctors must not tell anyone about you. This is called medical confidentiality (Schweigepflicht). You can speak openly.
tab-health-tip-seele = The mind can become ill too, for example after war and flight. There is help for this as well. Ask at your family doctor's practice or at a counselling office.

check-gesundheitskarte = Have a health insurance card or a treatment voucher (Behandlungsschein)
check-gesundheitskarte-hint = During the asylum procedure you often get a treatment voucher from the Sozialamt. In some towns you get a health insurance card straight away.
check-behandlungsschein = Get a treatment voucher before you see a doctor
check-behandlungsschein-hint = A treatment voucher is valid only for a certain time. In an emergency, go to a doctor or a hospital at once.
check-krankenkasse = Choose a health insurance fund (Krankenkasse) when you work or get Bürgergeld
check-krankenkasse-hint = You may choose the health insurance fund yourself. You then get a health insurance card.
check-impfpass = Keep your vaccination book and have your vaccinations checked
check-impfpass-hint = Bring the vaccination book (Impfpass) to every doctor's visit. Is a vaccination missing? Your doctor will advise you.
check-hausarzt = Find a family doctor's practice
check-hausarzt-hint = When you are ill, go there first. Add the practice to your contacts.
check-arztbriefe = Collect doctors' letters and test results
check-arztbriefe-hint = Then no examination has to be done twice. This also helps if you change doctors.
check-krankmeldung = When you are ill, hand in a sick note (Krankmeldung)
check-krankmeldung-hint = Hand in the sick note at work, at the language course or at the Jobcenter. Ask by when you must hand it in.

## Tab 9: Advice and help

tab-advice-intro = You do not have to manage everything alone. Here you find places that help you, usually for free. File notes from counselling sessions here.
tab-advice-tip-kostenlos = Most counselling offices are free. They also help if you speak little German.
tab-advice-tip-nachfragen = You do not understand something? Ask again. Ask for simple words or for an interpreter.
tab-advice-tip-unterschrift = Only sign what you understand.
tab-advice-tip-jmd-mbe = Under the age of 27, the Jugendmigrationsdienst (JMD, youth migration service) helps. From 27, the Migrationsberatung für Erwachsene (MBE, migration advice for adults) helps.
tab-advice-tip-hilfetelefon = The helpline “Gewalt gegen Frauen” (violence against women) has the number 116 016. It is free, day and night, in many languages.
tab-advice-tip-schon-gesehen = Tell the counsellor which offices and services you have already been to. Then nobody sends you round in circles.

check-ordner-mitnehmen = Take this folder to every appointment
check-ordner-mitnehmen-hint = Then everyone sees which papers you already have and what is still missing.
check-beratung-finden = Find a counselling office near you
check-beratung-finden-hint = The contacts in this tab help you with this. Counselling is usually free.
check-beratungsnotizen = Make a note after every counselling session
check-beratungsnotizen-hint = Write down: When was it? Who did you talk to? What is the next step?
check-vollmacht = Only give a power of attorney (Vollmacht) to a person you trust
check-vollmacht-hint = With a power of attorney, another person may act for you and receive your letters.
check-rechtsberatung = Know where you can get help from a lawyer
check-rechtsberatung-hint = You have little money? Ask at the local court (Amtsgericht) for Beratungshilfe (legal advice aid). Then advice from a lawyer costs little.

## Tab 10: Other documents

tab-documents-intro = File all your other important papers here: passport, certificates, driving licence. Good order saves time at every appointment.
tab-documents-tip-kopien = Make a copy or a photo of every important paper. Keep the originals in a safe place.
tab-documents-tip-bestaetigung = Are you handing in an original at an office? Ask for a confirmation.
tab-documents-tip-botschaft = During the asylum procedure: do not go to the embassy of your country of origin without advice first. It can harm your asylum procedure.
tab-documents-tip-beglaubigt = Offices often want a certified translation (beglaubigte Übersetzung). This is a translation with a stamp from a sworn translator.
tab-documents-tip-app = This app stores your photos encrypted on your phone. Keep the papers anyway.

check-reisepass = Keep your passport or ID safe
check-reisepass-hint = Does an office keep your passport? Then you get a confirmation. Keep it in a safe place.
check-geburtsurkunde = Keep your own birth certificate
check-geburtsurkunde-hint = You need it, for example, to marry or when your child is born.
check-heiratsurkunde = Keep your marriage certificate
check-heiratsurkunde-hint = It is important for family reunification and for benefits for your family.
check-fuehrerschein = Have your driving licence checked
check-fuehrerschein-hint = A driving licence from a country outside the EU is usually valid in Germany for only 6 months. After that you must have it converted. { deadline-not-legal-advice }
check-kopien = Make photos or copies of all important papers
check-kopien-hint = Then you still have the papers if an original gets lost.
check-urkunden-uebersetzen = Have important certificates translated
check-urkunden-uebersetzen-hint = First ask the office whether it needs a certified translation.

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (immigration office)
contact-type-auslaenderbehoerde-desc = Residence papers: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis and permission to work.
contact-type-bamf = Federal Office for Migration and Refugees (BAMF)
contact-type-bamf-desc = Decides on the asylum application. Also organises the integration courses.
contact-type-asylverfahrensberatung = Asylum procedure counselling (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = Advice on the asylum procedure, the interview and letters from the BAMF.
contact-type-buergeramt = Bürgeramt (citizens' office)
contact-type-buergeramt-desc = Registration of your address and the Meldebescheinigung.
contact-type-sozialamt = Sozialamt (social welfare office)
contact-type-sozialamt-desc = Money, accommodation and treatment vouchers during the asylum procedure (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter
contact-type-jobcenter-desc = Bürgergeld and help looking for work, usually after recognition.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (employment agency)
contact-type-agentur-fuer-arbeit-desc = Career guidance, looking for work and training.
contact-type-familienkasse = Familienkasse (family benefits office)
contact-type-familienkasse-desc = Pays child benefit (Kindergeld).
contact-type-schuldnerberatung = Debt counselling (Schuldnerberatung)
contact-type-schuldnerberatung-desc = Helps with debts and payment reminders, usually for free.
contact-type-wohnungsamt = Wohnungsamt (housing office)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) and help looking for a flat.
contact-type-sprachkurstraeger = German course provider (Kursträger)
contact-type-sprachkurstraeger-desc = Integration courses and other German courses, for example at the Volkshochschule.
contact-type-migrationsberatung = Migration advice for adults (MBE)
contact-type-migrationsberatung-desc = Advice for people aged 27 and over: language, work, housing, family.
contact-type-jugendmigrationsdienst = Youth migration service (JMD)
contact-type-jugendmigrationsdienst-desc = Advice for young people aged 12 to 27: school, training, language.
contact-type-kita-schulamt = Kita and school office (Kita- und Schulamt)
contact-type-kita-schulamt-desc = Kita places and school registration.
contact-type-jugendamt = Jugendamt (youth welfare office)
contact-type-jugendamt-desc = Help for children, young people and parents.
contact-type-standesamt = Standesamt (registry office)
contact-type-standesamt-desc = Birth certificates and marriage certificates in Germany.
contact-type-anerkennungsberatung = Recognition counselling (Anerkennungsberatung)
contact-type-anerkennungsberatung-desc = Helps with the recognition of foreign qualifications.
contact-type-krankenkasse = Health insurance fund (Krankenkasse)
contact-type-krankenkasse-desc = Health insurance card and costs for doctors and hospitals.
contact-type-hausarzt = Family doctor's practice (Hausarztpraxis)
contact-type-hausarzt-desc = The first place to go when you are ill. Write your own practice here.
contact-type-gesundheitsamt = Gesundheitsamt (public health office)
contact-type-gesundheitsamt-desc = Vaccinations, advice and examinations.
contact-type-rechtsanwalt = Lawyer (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Helps with a lawsuit, for example against a decision of the BAMF.
contact-type-ehrenamt = Volunteer help (Ehrenamt)
contact-type-ehrenamt-desc = Volunteers help in everyday life, for example with letters and appointments.

## Labels of the fields of a contact

contact-field-organisation = Office
contact-field-department = Department
contact-field-address = Address
contact-field-phone = Phone
contact-field-email = E-mail
contact-field-web = Website
contact-field-hours = Opening hours
contact-field-languages = Languages
contact-field-notes = Notes
contact-by-appointment = By appointment only
contact-facts-as-of = Information from { $year }
contact-facts-unknown = It is not known how old this information is.
