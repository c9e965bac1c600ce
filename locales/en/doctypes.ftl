### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Arriving

doctype-ankunftsnachweis = Ankunftsnachweis (proof of arrival)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (permission to stay during the asylum procedure)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (residence permit)
doctype-duldung = Duldung (toleration)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (provisional residence certificate)
doctype-bamf-einladung = Letter from the BAMF with an appointment (for example the interview)
doctype-bamf-anhoerung = Record of the interview at the BAMF
doctype-bamf-bescheid = Decision (Bescheid) from the BAMF

## Money

doctype-sozialamt-bescheid = Decision from the Sozialamt (AsylbLG)
doctype-bezahlkarte = Payment card (Bezahlkarte)
doctype-jobcenter-bescheid = Decision from the Jobcenter (Bürgergeld)
doctype-kontovertrag = Papers from the bank
doctype-steuer-id = Tax identification number (Steuer-ID)
doctype-rundfunkbeitrag-befreiung = Exemption from the broadcasting fee (Rundfunkbeitrag)

## Housing

doctype-meldebescheinigung = Meldebescheinigung (certificate of registration)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (landlord's confirmation)
doctype-mietvertrag = Rental contract (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, housing entitlement certificate)
doctype-energievertrag = Electricity or gas contract

## Learning German

doctype-integrationskurs-berechtigung = Entitlement to the integration course
doctype-kurs-anmeldung = Registration for a German course
doctype-teilnahmebestaetigung = Certificate of attendance from the course
doctype-sprachzertifikat = Language certificate (for example DTZ)
doctype-leben-in-deutschland = Certificate “Leben in Deutschland” (Life in Germany)

## Children and family

doctype-kita-anmeldung = Kita registration or Kita voucher
doctype-schulanmeldung = School registration
doctype-kindergeld-bescheid = Decision of the Familienkasse (child benefit)
doctype-kinderuntersuchungsheft = Yellow child check-up booklet (U-Heft)

## Work

doctype-beschaeftigungserlaubnis = Permission to work (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Employment contract (Arbeitsvertrag)
doctype-lohnabrechnung = Pay slip (Lohnabrechnung)
doctype-sozialversicherungsausweis = Social insurance card (Sozialversicherungsausweis)
doctype-lebenslauf = CV and job application

## Vocational training and studies

doctype-schulzeugnis = School certificate
doctype-berufszeugnis = Certificate of a profession or a degree
doctype-anerkennungsbescheid = Decision on the recognition of a qualification
doctype-ausbildungsvertrag = Training contract (Ausbildungsvertrag)

## Health

doctype-gesundheitskarte = Health insurance card (Gesundheitskarte)
doctype-behandlungsschein = Treatment voucher (Behandlungsschein)
doctype-impfpass = Vaccination book (Impfpass)
doctype-arztbrief = Doctor's letter or test result
doctype-krankmeldung = Sick note (Arbeitsunfähigkeitsbescheinigung)

## Advice and help

doctype-beratungsnotiz = Note from a counselling session
doctype-vollmacht = Power of attorney (Vollmacht)
doctype-anwaltsschreiben = Letter from a lawyer or a court

## Other documents

doctype-reisepass = Passport
doctype-id-karte = Identity card from your country of origin
doctype-geburtsurkunde = Birth certificate
doctype-heiratsurkunde = Marriage certificate
doctype-fuehrerschein = Driving licence
doctype-beglaubigte-uebersetzung = Certified translation
doctype-sonstiges = Other paper

## Deadline rules

deadline-not-legal-advice = This deadline is only a help, not legal advice. Ask a counselling office or a lawyer at once.
deadline-renew-before-expiry = This paper is valid only until its expiry date. The date is printed on the paper. Apply for a new paper or an extension in good time before that date. { deadline-not-legal-advice }
deadline-asylum-decision = If the BAMF rejects your asylum application, you have only a short time to file a lawsuit (Klage) at the administrative court. A lawsuit means: a court checks the decision. The deadline starts on the day the letter is served. This date is on the yellow envelope. { deadline-not-legal-advice }
deadline-asylum-unfounded = Rejected as “unbegründet” (unfounded): lawsuit within 2 weeks of service. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Rejected as “offensichtlich unbegründet” (manifestly unfounded): lawsuit and urgent application (Eilantrag) within 1 week of service. An urgent application is an urgent request to the court. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Rejected as “unzulässig” (inadmissible): lawsuit and urgent application (Eilantrag) within 1 week of service. An urgent application is an urgent request to the court. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Recognised as a refugee or entitled to asylum: if your spouse or your children under 18 live abroad, apply for family reunification (Familiennachzug) within 3 months. Then you do not have to prove that you have enough money and living space. You can also apply yourself in Germany, for example at the Ausländerbehörde. The 3 months start when the decision can no longer be challenged; the app already counts from the day of service, so the deadline is never shown too late. If part of your application was rejected, a lawsuit within 2 weeks may be needed. { deadline-not-legal-advice }
deadline-register-address = Register your address at the Bürgeramt within 2 weeks of moving in. { deadline-not-legal-advice }
deadline-objection = You do not agree with a decision? Then you can file an objection (Widerspruch), usually within 1 month after you received the letter. The end of the decision letter says how. { deadline-not-legal-advice }
deadline-tax-objection = You do not agree with the decision of the Familienkasse (child benefit office)? Then file an objection called Einspruch, not Widerspruch: within 1 month after you received the letter. The end of the decision letter says how. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = You do not agree with the decision on the recognition of your qualification? Then you have 1 month after you received the letter. Depending on the federal state, you file an objection (Widerspruch) or a lawsuit (Klage) at the administrative court. The end of the decision letter says which one applies to you. { deadline-not-legal-advice }
deadline-appointment = Be on time for the appointment. You cannot come? Say so beforehand and give the reason. { deadline-not-legal-advice }
deadline-bamf-appointment = Be sure to go to this appointment at the BAMF, and be on time. If you stay away without a serious reason, your asylum procedure can be ended. You cannot come, for example because you are ill? Tell the BAMF at once, before the appointment, and send proof, for example a doctor’s certificate. { deadline-not-legal-advice }
