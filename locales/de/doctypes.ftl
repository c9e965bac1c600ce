### Document types (what a filed paper is) and the deadline rules they start.
### doctype-KEY is the name of a type of paper, as a person would call it.
### deadline-* explain a deadline rule in simple words. Every deadline text ends with the
### reminder { deadline-not-legal-advice }: keep this reference in every translation.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis
doctype-aufenthaltsgestattung = Aufenthaltsgestattung
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis
doctype-duldung = Duldung
doctype-fiktionsbescheinigung = Fiktionsbescheinigung
doctype-bamf-einladung = Brief vom BAMF mit Termin (zum Beispiel Anhörung)
doctype-bamf-anhoerung = Protokoll der Anhörung beim BAMF
doctype-bamf-bescheid = Bescheid vom BAMF

## Geld

doctype-sozialamt-bescheid = Bescheid vom Sozialamt (AsylbLG)
doctype-bezahlkarte = Bezahlkarte
doctype-jobcenter-bescheid = Bescheid vom Jobcenter (Bürgergeld)
doctype-kontovertrag = Papiere von der Bank
doctype-steuer-id = Steuer-Identifikationsnummer
doctype-rundfunkbeitrag-befreiung = Befreiung vom Rundfunkbeitrag

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung
doctype-mietvertrag = Mietvertrag
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS)
doctype-energievertrag = Vertrag für Strom oder Gas

## Deutsch lernen

doctype-integrationskurs-berechtigung = Berechtigung für den Integrationskurs
doctype-kurs-anmeldung = Anmeldung zum Sprachkurs
doctype-teilnahmebestaetigung = Teilnahmebestätigung vom Kurs
doctype-sprachzertifikat = Sprachzertifikat (zum Beispiel DTZ)
doctype-leben-in-deutschland = Zertifikat „Leben in Deutschland“

## Kinder und Familie

doctype-kita-anmeldung = Anmeldung oder Gutschein für die Kita
doctype-schulanmeldung = Anmeldung für die Schule
doctype-kindergeld-bescheid = Bescheid der Familienkasse (Kindergeld)
doctype-kinderuntersuchungsheft = Gelbes Kinder-Untersuchungsheft (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = Erlaubnis zu arbeiten (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Arbeitsvertrag
doctype-lohnabrechnung = Lohnabrechnung
doctype-sozialversicherungsausweis = Sozialversicherungsausweis
doctype-lebenslauf = Lebenslauf und Bewerbung

## Berufsausbildung und Studium

doctype-schulzeugnis = Schulzeugnis
doctype-berufszeugnis = Zeugnis über einen Beruf oder ein Studium
doctype-anerkennungsbescheid = Bescheid über die Anerkennung eines Abschlusses
doctype-ausbildungsvertrag = Ausbildungsvertrag

## Gesundheit

doctype-gesundheitskarte = Gesundheitskarte
doctype-behandlungsschein = Behandlungsschein
doctype-impfpass = Impfpass
doctype-arztbrief = Arztbrief oder Befund
doctype-krankmeldung = Krankmeldung (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = Notiz aus einer Beratung
doctype-vollmacht = Vollmacht
doctype-anwaltsschreiben = Brief von einer Anwältin, einem Anwalt oder einem Gericht

## Weitere Dokumente

doctype-reisepass = Reisepass
doctype-id-karte = Ausweis aus dem Herkunftsland
doctype-geburtsurkunde = Geburtsurkunde
doctype-heiratsurkunde = Heiratsurkunde
doctype-fuehrerschein = Führerschein
doctype-beglaubigte-uebersetzung = Beglaubigte Übersetzung
doctype-sonstiges = Anderes Papier

## Deadline rules

deadline-not-legal-advice = Diese Frist ist nur eine Hilfe, keine Rechtsberatung. Fragen Sie sofort eine Beratungsstelle oder eine Anwältin oder einen Anwalt.
deadline-renew-before-expiry = Dieses Papier gilt nur bis zum Ablaufdatum. Das Datum steht auf dem Papier. Beantragen Sie rechtzeitig vorher ein neues Papier oder eine Verlängerung. { deadline-not-legal-advice }
deadline-asylum-decision = Lehnt das BAMF Ihren Asylantrag ab, haben Sie nur wenig Zeit für eine Klage beim Verwaltungsgericht. Eine Klage heißt: Ein Gericht prüft die Entscheidung. Die Frist beginnt mit dem Tag, an dem der Brief zugestellt wird. Dieses Datum steht auf dem gelben Umschlag. { deadline-not-legal-advice }
deadline-asylum-unfounded = Abgelehnt als „unbegründet“: Klage innerhalb von 2 Wochen nach der Zustellung. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Abgelehnt als „offensichtlich unbegründet“: Klage und Eilantrag innerhalb von 1 Woche nach der Zustellung. Ein Eilantrag ist eine dringende Bitte an das Gericht. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Abgelehnt als „unzulässig“: Klage und Eilantrag innerhalb von 1 Woche nach der Zustellung. Ein Eilantrag ist eine dringende Bitte an das Gericht. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Anerkannt als Flüchtling oder asylberechtigt: Leben Ihr Ehepartner oder Ihre Kinder unter 18 Jahren im Ausland, stellen Sie den Antrag auf Familiennachzug innerhalb von 3 Monaten. Dann müssen Sie nicht beweisen, dass Sie genug Geld und Wohnraum haben. Sie können den Antrag auch selbst in Deutschland stellen, zum Beispiel bei der Ausländerbehörde. Die 3 Monate beginnen, wenn der Bescheid nicht mehr angefochten werden kann; die App zählt schon ab der Zustellung, damit die Frist nie zu spät angezeigt wird. Wurde ein Teil Ihres Antrags abgelehnt, kann eine Klage innerhalb von 2 Wochen nötig sein. { deadline-not-legal-advice }
deadline-register-address = Melden Sie Ihre Adresse innerhalb von 2 Wochen nach dem Einzug beim Bürgeramt an. { deadline-not-legal-advice }
deadline-objection = Sie sind mit einem Bescheid nicht einverstanden? Dann können Sie Widerspruch einlegen, meist innerhalb von 1 Monat, nachdem Sie den Brief bekommen haben. Wie es geht, steht am Ende vom Bescheid. { deadline-not-legal-advice }
deadline-tax-objection = Sie sind mit dem Bescheid der Familienkasse nicht einverstanden? Dann legen Sie Einspruch ein, nicht Widerspruch: innerhalb von 1 Monat, nachdem Sie den Brief bekommen haben. Wie es geht, steht am Ende vom Bescheid. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Sie sind mit dem Bescheid über die Anerkennung Ihres Berufsabschlusses nicht einverstanden? Dann haben Sie 1 Monat, nachdem Sie den Brief bekommen haben. Je nach Bundesland legen Sie Widerspruch ein oder Sie klagen beim Verwaltungsgericht. Was für Sie gilt, steht am Ende vom Bescheid. { deadline-not-legal-advice }
deadline-appointment = Gehen Sie pünktlich zum Termin. Sie können nicht kommen? Sagen Sie vorher Bescheid und nennen Sie den Grund. { deadline-not-legal-advice }
deadline-bamf-appointment = Gehen Sie unbedingt und pünktlich zu diesem Termin beim BAMF. Wer ohne wichtigen Grund nicht kommt, dessen Asylverfahren kann eingestellt werden. Sie können nicht kommen, zum Beispiel weil Sie krank sind? Sagen Sie es dem BAMF sofort, vor dem Termin, und schicken Sie einen Nachweis, zum Beispiel ein ärztliches Attest. { deadline-not-legal-advice }
