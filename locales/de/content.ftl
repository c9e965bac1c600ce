### Inhalt der zehn Register: Einleitung, Regeln und Tipps, Checkliste, Kontakte.
### German is the source language. Simple language (A2): short sentences, common words.
### Official German terms (Aufenthaltsgestattung, Bürgeramt, ...) must stay recognisable in every
### translation, because people find them on their letters: keep them in German and explain them.
### Messages that mention a deadline end with { deadline-not-legal-advice } (in doctypes.ftl).

## Section headings of a tab page and of the printed folder

tab-section-tips = Regeln und Tipps
tab-section-checklist = Checkliste
tab-section-contacts = Kontakte

## Tab 1: Ankommen

tab-arrival-intro = Hier finden Sie die ersten Schritte in Deutschland. Es geht um Ihren Aufenthalt und um Ihr Asylverfahren. Legen Sie hier alle Papiere vom BAMF und von der Ausländerbehörde ab.
tab-arrival-tip-gestattung-dabei = Tragen Sie Ihre Aufenthaltsgestattung immer bei sich. Die Polizei und die Ämter wollen sie sehen.
tab-arrival-tip-briefe-oeffnen = Öffnen Sie jeden Brief sofort. Viele Briefe haben eine Frist. Eine Frist ist der letzte Tag für eine Antwort.
tab-arrival-tip-gelber-umschlag = Briefe vom BAMF kommen oft in einem gelben Umschlag. Auf dem Umschlag steht ein Datum. Heben Sie den Umschlag auf: Mit diesem Datum beginnt die Frist.
tab-arrival-tip-adresse = Sie ziehen um? Sagen Sie die neue Adresse sofort dem BAMF und der Ausländerbehörde. Sonst kommen wichtige Briefe nicht an.
tab-arrival-tip-beratung-vor-anhoerung = Gehen Sie vor der Anhörung zu einer Asylverfahrensberatung. Die Beratung ist meist kostenlos.
tab-arrival-tip-anhoerung-alles-sagen = Erzählen Sie bei der Anhörung alles, was für Ihre Flucht wichtig ist. Bringen Sie Beweise mit, zum Beispiel Fotos oder Papiere.
tab-arrival-tip-dolmetscher = Bei der Anhörung gibt es einen Dolmetscher. Sagen Sie sofort, wenn Sie ihn nicht gut verstehen.
tab-arrival-tip-duldung = Eine Duldung ist keine Aufenthaltserlaubnis. Sie heißt nur: Die Abschiebung ist für eine Zeit ausgesetzt (§ 60a AufenthG). Gehen Sie mit der Duldung sofort zu einer Beratung.
tab-arrival-tip-fiktionsbescheinigung = Beantragen Sie die Verlängerung vor dem Ablaufdatum, dann gilt Ihr Aufenthaltstitel weiter, bis die Ausländerbehörde entscheidet. Das zeigt die Fiktionsbescheinigung (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Auf Ihrem Papier kann eine Wohnsitzauflage stehen: Dann müssen Sie an diesem Ort wohnen (§ 60 AsylG, § 12a AufenthG). Eine räumliche Beschränkung heißt: Sie dürfen ein Gebiet nicht ohne Erlaubnis verlassen (§ 56 AsylG, § 61 AufenthG). Fragen Sie vor einem Umzug oder einer Reise die Ausländerbehörde.

check-ankunftsnachweis = Ankunftsnachweis gut aufheben
check-ankunftsnachweis-hint = Das ist Ihr erstes Papier in Deutschland. Sie bekommen es nach der Registrierung.
check-aufenthaltsgestattung = Aufenthaltsgestattung nach dem Asylantrag bekommen
check-aufenthaltsgestattung-hint = Die Aufenthaltsgestattung zeigt: Sie dürfen während des Asylverfahrens in Deutschland sein. Tragen Sie sie immer bei sich.
check-gestattung-verlaengern = Aufenthaltsgestattung verlängern — vor dem Ablaufdatum
check-gestattung-verlaengern-hint = Das Ablaufdatum steht auf dem Papier. Gehen Sie rechtzeitig vorher zur Ausländerbehörde. { deadline-not-legal-advice }
check-anhoerung = Zur Anhörung beim BAMF gehen
check-anhoerung-hint = Die Anhörung ist ein Gespräch über Ihre Flucht. Der Termin steht im Brief vom BAMF. Kommen Sie pünktlich und bringen Sie alle Papiere mit.
check-adresse-mitteilen = Neue Adresse sofort dem BAMF und der Ausländerbehörde sagen
check-adresse-mitteilen-hint = Das BAMF schickt Briefe an die letzte Adresse, die es kennt. Eine Frist beginnt auch dann, wenn Sie den Brief nicht bekommen.
check-bamf-bescheid = Bescheid vom BAMF sofort zur Beratung bringen
check-bamf-bescheid-hint = Ein Bescheid ist ein Brief mit einer Entscheidung. Schreiben Sie das Datum vom gelben Umschlag auf. Bei einer Ablehnung haben Sie nur 1 oder 2 Wochen Zeit für eine Klage. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Nach der Anerkennung: Aufenthaltserlaubnis bei der Ausländerbehörde beantragen
check-aufenthaltserlaubnis-hint = Auch die Aufenthaltserlaubnis hat ein Ablaufdatum. Beantragen Sie die Verlängerung rechtzeitig vorher. { deadline-not-legal-advice }
check-duldung = Duldung vor dem Ablaufdatum verlängern lassen
check-duldung-hint = Die Duldung gilt nur bis zum Datum auf dem Papier. Gehen Sie rechtzeitig vorher zur Ausländerbehörde. Fragen Sie eine Beratung, ob Sie eine Aufenthaltserlaubnis bekommen können (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung aufheben und vor dem Ablaufdatum verlängern lassen
check-fiktionsbescheinigung-hint = Die Fiktionsbescheinigung zeigt: Ihr Antrag läuft, und Sie dürfen so lange bleiben (§ 81 Abs. 5 AufenthG). Auch sie hat ein Ablaufdatum. Gehen Sie rechtzeitig vorher zur Ausländerbehörde. { deadline-not-legal-advice }
check-wohnsitzauflage = Auf dem Papier nachsehen: Wohnsitzauflage oder räumliche Beschränkung?
check-wohnsitzauflage-hint = Steht auf Ihrem Papier „Wohnsitzauflage“ oder „räumlich beschränkt“? Dann fragen Sie die Ausländerbehörde, bevor Sie umziehen oder verreisen (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Ohne Erlaubnis droht ein Bußgeld oder eine Strafe.

## Tab 2: Geld

tab-money-intro = Hier geht es um Geld zum Leben. Im Asylverfahren hilft meist das Sozialamt, später oft das Jobcenter. Legen Sie hier Bescheide, Bankpapiere und Steuerpapiere ab.
tab-money-tip-bescheid = Ein Bescheid ist ein Brief vom Amt mit einer Entscheidung. Heben Sie jeden Bescheid auf.
tab-money-tip-aenderungen-melden = Sagen Sie dem Amt sofort, wenn sich etwas ändert: neue Adresse, neue Arbeit, ein Kind, mehr Geld. Sonst müssen Sie vielleicht Geld zurückzahlen.
tab-money-tip-bezahlkarte = Manche Städte geben eine Bezahlkarte statt Bargeld. Halten Sie die PIN geheim.
tab-money-tip-basiskonto = Jeder Mensch in Deutschland hat ein Recht auf ein Basiskonto. Das gilt auch mit Aufenthaltsgestattung oder Duldung.
tab-money-tip-haustuer = Unterschreiben Sie keinen Vertrag an der Haustür oder am Telefon. Fragen Sie vorher eine Beratungsstelle.
tab-money-tip-schulden = Sie haben Schulden oder Mahnungen? Gehen Sie früh zu einer Schuldnerberatung. Sie ist meist kostenlos.

check-asylblg-leistungen = Leistungen beim Sozialamt beantragen
check-asylblg-leistungen-hint = Im Asylverfahren zahlt meist das Sozialamt. Das Gesetz dafür heißt Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = Nach der Anerkennung: Bürgergeld beim Jobcenter beantragen
check-buergergeld-hint = Das Bürgergeld heißt im Gesetz Grundsicherung für Arbeitsuchende. Stellen Sie den Antrag sofort: Das Jobcenter zahlt erst ab dem Monat, in dem Sie den Antrag stellen.
check-widerspruch = Jeden Bescheid prüfen lassen — Widerspruch innerhalb von 1 Monat
check-widerspruch-hint = Sie finden eine Entscheidung falsch? Dann können Sie Widerspruch einlegen, meist nur innerhalb von 1 Monat. Wie es geht, steht am Ende vom Bescheid. { deadline-not-legal-advice }
check-bankkonto = Ein Bankkonto eröffnen
check-bankkonto-hint = Nehmen Sie Ihren Pass oder Ihre Aufenthaltsgestattung mit. Die Bank muss Ihnen ein Basiskonto geben.
check-steuer-id = Steuer-Identifikationsnummer aufheben
check-steuer-id-hint = Sie kommt nach der Anmeldung per Post. Sie brauchen sie für die Arbeit und für das Kindergeld.
check-rundfunkbeitrag = Befreiung vom Rundfunkbeitrag beantragen
check-rundfunkbeitrag-hint = Der Rundfunkbeitrag ist eine Gebühr für Radio und Fernsehen. Wer Geld vom Sozialamt oder vom Jobcenter bekommt, kann sich befreien lassen. Schicken Sie dafür eine Kopie vom Bescheid.

## Tab 3: Wohnen

tab-housing-intro = Hier geht es um Ihre Wohnung. Sie finden die Regeln für das Wohnen und die Anmeldung Ihrer Adresse. Legen Sie hier den Mietvertrag und die Meldebescheinigung ab.
tab-housing-tip-hausordnung = Jedes Haus hat eine Hausordnung. Meist ist von 22 bis 6 Uhr Nachtruhe. Dann sollen alle leise sein.
tab-housing-tip-muell = Trennen Sie den Müll: Papier, Verpackung, Glas, Bio-Müll und Restmüll. Die Farben der Tonnen sind in jeder Stadt anders.
tab-housing-tip-lueften = Öffnen Sie mehrmals am Tag für ein paar Minuten die Fenster ganz. So gibt es keinen Schimmel.
tab-housing-tip-kaution = Eine Kaution ist Geld für den Vermieter als Sicherheit. Sie bekommen es beim Auszug zurück, wenn die Wohnung in Ordnung ist.
tab-housing-tip-kuendigen = Sie wollen ausziehen? Kündigen Sie schriftlich. Meist müssen Sie 3 Monate vorher kündigen. Zahlt ein Amt die Miete? Dann fragen Sie auch dort vorher.

check-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung vom Vermieter bekommen
check-wohnungsgeberbestaetigung-hint = Der Vermieter muss sie Ihnen beim Einzug geben. Sie brauchen sie für die Anmeldung.
check-anmeldung = Anmeldung beim Bürgeramt — innerhalb von 2 Wochen nach dem Einzug
check-anmeldung-hint = Bringen Sie die Wohnungsgeberbestätigung und Ihren Pass oder Ihre Aufenthaltsgestattung mit. Sie bekommen dann eine Meldebescheinigung. { deadline-not-legal-advice }
check-umzug-fragen = Vor dem Umzug das Sozialamt oder das Jobcenter fragen
check-umzug-fragen-hint = Das Amt muss die neue Wohnung oft vorher erlauben. Sonst zahlt es die Miete vielleicht nicht. Im Asylverfahren fragen Sie auch die Ausländerbehörde.
check-mietvertrag = Mietvertrag vor der Unterschrift prüfen lassen
check-mietvertrag-hint = Lassen Sie sich den Vertrag erklären. Heben Sie eine Kopie auf.
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS) beantragen
check-wohnberechtigungsschein-hint = Für eine Sozialwohnung brauchen Sie einen WBS. Sie bekommen ihn beim Wohnungsamt, wenn Ihr Einkommen niedrig ist.
check-energie = Strom und Gas anmelden
check-energie-hint = Schreiben Sie am Tag vom Einzug die Zahlen auf den Zählern auf. Machen Sie auch ein Foto davon.
check-briefkasten = Ihren Namen an Briefkasten und Klingel schreiben
check-briefkasten-hint = Sonst bekommen Sie wichtige Briefe nicht. Eine Frist läuft trotzdem.

## Tab 4: Deutsch lernen

tab-german-intro = Deutsch hilft Ihnen bei der Arbeit, in der Schule und im Alltag. Hier finden Sie den Weg zum Sprachkurs. Legen Sie hier Kurspapiere und Zertifikate ab.
tab-german-tip-jeden-tag = Lernen Sie jeden Tag ein bisschen. Auch 15 Minuten helfen.
tab-german-tip-integrationskurs = Der Integrationskurs hat zwei Teile: einen Sprachkurs und einen Orientierungskurs. Im Orientierungskurs lernen Sie viel über das Leben in Deutschland.
tab-german-tip-kosten = Mit einer Berechtigung kostet der Integrationskurs wenig oder nichts.
tab-german-tip-kinderbetreuung = Sie haben kleine Kinder? Fragen Sie nach einem Kurs mit Kinderbetreuung.
tab-german-tip-sprechen = Sprechen Sie Deutsch, wo es geht: beim Einkaufen, mit Nachbarn, im Sportverein. Viele Städte haben auch Sprachcafés.

check-integrationskurs-berechtigung = Berechtigung für den Integrationskurs bekommen
check-integrationskurs-berechtigung-hint = Fragen Sie bei der Ausländerbehörde, beim Jobcenter oder beim BAMF.
check-kurs-anmelden = Bei einem Kursträger anmelden
check-kurs-anmelden-hint = Kursträger sind zum Beispiel Volkshochschulen und Sprachschulen. Die Migrationsberatung hilft bei der Suche.
check-kurs-teilnahme = Regelmäßig zum Kurs gehen
check-kurs-teilnahme-hint = Sind Sie krank? Sagen Sie es dem Kursträger und bringen Sie eine Krankmeldung mit.
check-dtz = Prüfung „Deutsch-Test für Zuwanderer“ (DTZ) machen
check-dtz-hint = Am Ende vom Sprachkurs gibt es eine Prüfung. Das Zertifikat ist wichtig für die Arbeit und für den Aufenthalt.
check-lid-test = Test „Leben in Deutschland“ machen
check-lid-test-hint = Der Test ist am Ende vom Orientierungskurs.
check-berufssprachkurs = Danach einen Berufssprachkurs machen
check-berufssprachkurs-hint = Im Berufssprachkurs lernen Sie Deutsch für die Arbeit. Fragen Sie beim Jobcenter oder bei der Agentur für Arbeit.

## Tab 5: Kinder und Familie

tab-family-intro = Hier geht es um Ihre Kinder und Ihre Familie: Kita, Schule, Kindergeld und Gesundheit. Legen Sie hier Geburtsurkunden und die Anmeldungen für Kita und Schule ab.
tab-family-tip-schulpflicht = In Deutschland müssen alle Kinder zur Schule gehen. Die Schule ist kostenlos.
tab-family-tip-kita = In der Kita lernen Kinder schnell Deutsch. Melden Sie Ihr Kind früh an: Oft gibt es eine Warteliste.
tab-family-tip-elterngespraech = Gehen Sie zu Gesprächen mit der Kita und der Schule. Fragen Sie nach einem Dolmetscher, wenn Sie ihn brauchen.
tab-family-tip-gewalt = Gewalt gegen Kinder ist in Deutschland verboten, auch in der Familie. Hilfe gibt es beim Jugendamt und bei Beratungsstellen.
tab-family-tip-geburt = Ihr Kind ist in Deutschland geboren? Melden Sie die Geburt beim Standesamt. Fragen Sie eine Beratungsstelle, was Sie für das Kind bei der Ausländerbehörde und beim BAMF tun müssen.

check-geburtsurkunden-kinder = Geburtsurkunden der Kinder bereithalten
check-geburtsurkunden-kinder-hint = Ist Ihr Kind in Deutschland geboren? Dann bekommen Sie die Geburtsurkunde beim Standesamt.
check-kita = Einen Kita-Platz suchen und das Kind anmelden
check-kita-hint = Kinder ab 1 Jahr haben ein Recht auf einen Platz in einer Kita. Melden Sie Ihr Kind früh an.
check-schule = Kinder in der Schule anmelden
check-schule-hint = In Deutschland müssen Kinder zur Schule gehen. Das Schulamt sagt Ihnen, welche Schule zuständig ist.
check-masern = Impfung gegen Masern nachweisen
check-masern-hint = Für Kita und Schule brauchen Kinder einen Nachweis über die Masern-Impfung. Er steht im Impfpass.
check-u-untersuchungen = Vorsorge-Untersuchungen beim Kinderarzt machen
check-u-untersuchungen-hint = Diese Untersuchungen heißen U1 bis U9. Die Termine stehen im gelben Heft.
check-kindergeld = Kindergeld bei der Familienkasse beantragen
check-kindergeld-hint = Das geht meist erst mit einer Aufenthaltserlaubnis. Fragen Sie eine Beratungsstelle.
check-bildung-teilhabe = Geld für Schulsachen und Ausflüge beantragen (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Das gibt es für Kinder, wenn die Familie Geld vom Sozialamt oder vom Jobcenter bekommt.

## Tab 6: Arbeit

tab-work-intro = Arbeit hilft beim Ankommen in Deutschland. Hier steht, was Sie vor einer Arbeit wissen müssen. Legen Sie hier Ihre Arbeitserlaubnis, Verträge und Lohnabrechnungen ab.
tab-work-tip-ohne-erlaubnis = Arbeiten ohne Erlaubnis ist verboten. Das kann Ihrem Aufenthalt schaden.
tab-work-tip-mindestlohn = In Deutschland gibt es einen Mindestlohn. Für die meisten Arbeiten darf der Lohn pro Stunde nicht niedriger sein.
tab-work-tip-schriftlich = Sie haben ein Recht auf die wichtigen Regeln Ihrer Arbeit auf Papier: Lohn, Arbeitszeit und Urlaub.
tab-work-tip-krank = Sind Sie krank? Sagen Sie es Ihrem Arbeitgeber sofort am ersten Tag, vor dem Beginn der Arbeit.
tab-work-tip-probezeit = Am Anfang gibt es oft eine Probezeit. In dieser Zeit ist eine Kündigung leichter.

check-arbeitserlaubnis = Prüfen: Darf ich arbeiten?
check-arbeitserlaubnis-hint = Das steht auf Ihrem Aufenthaltspapier. Mit Aufenthaltsgestattung oder Duldung brauchen Sie für jede Arbeit eine Erlaubnis der Ausländerbehörde.
check-arbeitsuchend = Bei der Agentur für Arbeit oder beim Jobcenter arbeitsuchend melden
check-arbeitsuchend-hint = Dort bekommen Sie Hilfe bei der Suche nach Arbeit.
check-lebenslauf = Einen Lebenslauf auf Deutsch schreiben
check-lebenslauf-hint = Eine Beratungsstelle oder das Jobcenter hilft dabei.
check-arbeitsvertrag = Arbeitsvertrag vor der Unterschrift lesen lassen
check-arbeitsvertrag-hint = Unterschreiben Sie nur, was Sie verstehen. Heben Sie den Vertrag gut auf.
check-sozialversicherungsausweis = Sozialversicherungsausweis aufheben
check-sozialversicherungsausweis-hint = Die Nummer darauf brauchen Sie bei jeder Arbeit. Sie kommt per Post von der Rentenversicherung.
check-lohnabrechnung = Lohnabrechnungen jeden Monat aufheben
check-lohnabrechnung-hint = Die Lohnabrechnung zeigt Ihren Lohn und was davon abgezogen wird.
check-einkommen-melden = Arbeit und Lohn sofort dem Jobcenter oder dem Sozialamt melden
check-einkommen-melden-hint = Sonst müssen Sie vielleicht Geld zurückzahlen.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = Hier geht es um Schule, Ausbildung und Studium. Ihr Abschluss aus dem Herkunftsland kann in Deutschland viel wert sein. Legen Sie hier Zeugnisse, Übersetzungen und Anerkennungen ab.
tab-training-tip-ausbildung = Eine Ausbildung dauert meist 2 bis 3,5 Jahre. Sie lernen im Betrieb und in der Berufsschule. Sie bekommen dabei Geld.
tab-training-tip-anerkennung = Mit einem anerkannten Abschluss finden Sie leichter eine gute Arbeit.
tab-training-tip-originale = Geben Sie die Originale von Zeugnissen nicht aus der Hand. Geben Sie Kopien oder beglaubigte Kopien ab.
tab-training-tip-deutsch-niveau = Für eine Ausbildung brauchen Sie oft Deutsch auf dem Niveau B1 oder B2, für ein Studium oft C1.
tab-training-tip-foerderung = Während der Ausbildung gibt es manchmal Geld vom Staat, zum Beispiel Berufsausbildungsbeihilfe (BAB) oder BAföG. Fragen Sie bei der Agentur für Arbeit.

check-zeugnisse = Schulzeugnisse und Berufszeugnisse sammeln
check-zeugnisse-hint = Heben Sie die Originale sicher auf. Zeigen Sie sonst Kopien.
check-zeugnisse-uebersetzen = Zeugnisse übersetzen lassen
check-zeugnisse-uebersetzen-hint = Ämter wollen oft eine beglaubigte Übersetzung. Das macht eine vereidigte Übersetzerin oder ein vereidigter Übersetzer.
check-anerkennung = Ausländischen Abschluss anerkennen lassen
check-anerkennung-hint = Eine Anerkennungsberatung hilft kostenlos, zum Beispiel vom IQ Netzwerk.
check-berufsberatung = Einen Termin für die Berufsberatung bei der Agentur für Arbeit machen
check-berufsberatung-hint = Dort erfahren Sie, welche Ausbildung und welcher Beruf zu Ihnen passen.
check-ausbildungsvertrag = Ausbildungsvertrag gut aufheben
check-ausbildungsvertrag-hint = Sie haben eine Duldung? Dann kann eine Ausbildung helfen, in Deutschland zu bleiben (Ausbildungsduldung). Fragen Sie eine Beratungsstelle.
check-studium = Für ein Studium bei der Hochschule fragen
check-studium-hint = Fragen Sie, welche Papiere und welche Deutschkenntnisse Sie brauchen.

## Tab 8: Gesundheit

tab-health-intro = Hier geht es um Ihre Gesundheit. Sie lesen hier, wie Sie zum Arzt gehen und wer bezahlt. Legen Sie hier den Impfpass, Arztbriefe und eine Kopie der Gesundheitskarte ab.
tab-health-tip-notruf = Im Notfall rufen Sie 112 an: Rettungsdienst und Feuerwehr. Die Polizei hat die Nummer 110. Die Anrufe sind kostenlos.
tab-health-tip-bereitschaftsdienst = Abends und am Wochenende hilft der ärztliche Bereitschaftsdienst. Die Telefonnummer ist 116 117.
tab-health-tip-hausarzt-zuerst = Gehen Sie zuerst in eine Hausarztpraxis. Die Ärztin oder der Arzt schickt Sie zu einer Fachärztin oder einem Facharzt, wenn es nötig ist.
tab-health-tip-termin = Machen Sie vorher einen Termin. Sagen Sie den Termin ab, wenn Sie nicht kommen können.
tab-health-tip-schweigepflicht = Ärztinnen und Ärzte dürfen nichts über Sie weitersagen. Das heißt Schweigepflicht. Sie können offen sprechen.
tab-health-tip-seele = Auch die Seele kann krank werden, zum Beispiel nach Krieg und Flucht. Auch dafür gibt es Hilfe. Fragen Sie in Ihrer Hausarztpraxis oder bei einer Beratungsstelle.

check-gesundheitskarte = Gesundheitskarte oder Behandlungsschein haben
check-gesundheitskarte-hint = Im Asylverfahren bekommen Sie oft einen Behandlungsschein vom Sozialamt. In manchen Städten gibt es gleich eine Gesundheitskarte.
check-behandlungsschein = Behandlungsschein vor dem Arztbesuch holen
check-behandlungsschein-hint = Ein Behandlungsschein gilt nur für eine bestimmte Zeit. Im Notfall gehen Sie sofort zum Arzt oder ins Krankenhaus.
check-krankenkasse = Eine Krankenkasse wählen, wenn Sie arbeiten oder Bürgergeld bekommen
check-krankenkasse-hint = Sie dürfen die Krankenkasse selbst wählen. Sie bekommen dann eine Gesundheitskarte.
check-impfpass = Impfpass aufheben und Impfungen prüfen lassen
check-impfpass-hint = Bringen Sie den Impfpass zu jedem Arztbesuch mit. Fehlt eine Impfung? Ihre Ärztin oder Ihr Arzt berät Sie.
check-hausarzt = Eine Hausarztpraxis finden
check-hausarzt-hint = Gehen Sie bei Krankheit zuerst dorthin. Schreiben Sie die Praxis zu den Kontakten.
check-arztbriefe = Arztbriefe und Befunde sammeln
check-arztbriefe-hint = Dann muss keine Untersuchung doppelt gemacht werden. Das hilft auch, wenn Sie die Praxis wechseln.
check-krankmeldung = Bei Krankheit eine Krankmeldung abgeben
check-krankmeldung-hint = Geben Sie die Krankmeldung bei der Arbeit, im Sprachkurs oder beim Jobcenter ab. Fragen Sie, bis wann Sie sie abgeben müssen.

## Tab 9: Beratung und Hilfe

tab-advice-intro = Sie müssen nicht alles allein schaffen. Hier finden Sie Stellen, die Ihnen helfen, meist kostenlos. Legen Sie hier Notizen aus Beratungen ab.
tab-advice-tip-kostenlos = Die meisten Beratungsstellen sind kostenlos. Sie helfen auch, wenn Sie wenig Deutsch sprechen.
tab-advice-tip-nachfragen = Sie verstehen etwas nicht? Fragen Sie nach. Bitten Sie um einfache Worte oder um einen Dolmetscher.
tab-advice-tip-unterschrift = Unterschreiben Sie nur, was Sie verstehen.
tab-advice-tip-jmd-mbe = Unter 27 Jahren hilft der Jugendmigrationsdienst (JMD). Ab 27 Jahren hilft die Migrationsberatung für Erwachsene (MBE).
tab-advice-tip-hilfetelefon = Das Hilfetelefon „Gewalt gegen Frauen“ hat die Nummer 116 016. Es ist kostenlos, Tag und Nacht, in vielen Sprachen.
tab-advice-tip-schon-gesehen = Sagen Sie der Beratung, bei welchen Ämtern und Stellen Sie schon waren. So schickt Sie niemand im Kreis.

check-ordner-mitnehmen = Diesen Ordner zu jedem Termin mitnehmen
check-ordner-mitnehmen-hint = So sehen alle, welche Papiere Sie schon haben und was noch fehlt.
check-beratung-finden = Eine Beratungsstelle in Ihrer Nähe finden
check-beratung-finden-hint = Die Kontakte in diesem Register helfen Ihnen dabei. Beratung ist meist kostenlos.
check-beratungsnotizen = Nach jeder Beratung eine Notiz machen
check-beratungsnotizen-hint = Schreiben Sie auf: Wann war das? Mit wem haben Sie gesprochen? Was ist der nächste Schritt?
check-vollmacht = Eine Vollmacht nur geben, wenn Sie der Person vertrauen
check-vollmacht-hint = Mit einer Vollmacht darf eine andere Person für Sie handeln und Ihre Briefe bekommen.
check-rechtsberatung = Wissen, wo Sie Hilfe von einer Anwältin oder einem Anwalt bekommen
check-rechtsberatung-hint = Sie haben wenig Geld? Fragen Sie beim Amtsgericht nach Beratungshilfe. Dann kostet die Beratung beim Anwalt wenig.

## Tab 10: Weitere Dokumente

tab-documents-intro = Hier legen Sie alle anderen wichtigen Papiere ab: Pass, Urkunden, Führerschein. Gute Ordnung spart Zeit bei jedem Termin.
tab-documents-tip-kopien = Machen Sie von jedem wichtigen Papier eine Kopie oder ein Foto. Bewahren Sie die Originale an einem sicheren Ort auf.
tab-documents-tip-bestaetigung = Sie geben ein Original bei einem Amt ab? Lassen Sie sich eine Bestätigung geben.
tab-documents-tip-botschaft = Während des Asylverfahrens: Gehen Sie nicht ohne Beratung zur Botschaft Ihres Herkunftslandes. Das kann Ihrem Asylverfahren schaden.
tab-documents-tip-beglaubigt = Ämter wollen oft eine beglaubigte Übersetzung. Das ist eine Übersetzung mit Stempel von einer vereidigten Übersetzerin oder einem vereidigten Übersetzer.
tab-documents-tip-app = Diese App speichert Ihre Fotos verschlüsselt auf Ihrem Handy. Heben Sie die Papiere trotzdem auf.

check-reisepass = Reisepass oder Ausweis sicher aufheben
check-reisepass-hint = Behält ein Amt Ihren Pass? Dann bekommen Sie eine Bestätigung. Heben Sie diese gut auf.
check-geburtsurkunde = Die eigene Geburtsurkunde aufheben
check-geburtsurkunde-hint = Sie brauchen sie zum Beispiel für eine Heirat oder wenn Ihr Kind geboren wird.
check-heiratsurkunde = Die Heiratsurkunde aufheben
check-heiratsurkunde-hint = Sie ist wichtig für den Familiennachzug und für Leistungen für die Familie.
check-fuehrerschein = Führerschein prüfen lassen
check-fuehrerschein-hint = Ein Führerschein aus einem Land außerhalb der EU gilt in Deutschland meist nur 6 Monate. Danach müssen Sie ihn umschreiben lassen. { deadline-not-legal-advice }
check-kopien = Von allen wichtigen Papieren Fotos oder Kopien machen
check-kopien-hint = So haben Sie die Papiere auch, wenn ein Original verloren geht.
check-urkunden-uebersetzen = Wichtige Urkunden übersetzen lassen
check-urkunden-uebersetzen-hint = Fragen Sie zuerst das Amt, ob es eine beglaubigte Übersetzung braucht.

## Contact types: generic offices that a town pack fills in with its own address.
## contact-type-KEY is the name, contact-type-KEY-desc says in one sentence what they do.

contact-type-auslaenderbehoerde = Ausländerbehörde
contact-type-auslaenderbehoerde-desc = Aufenthaltspapiere: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis und die Erlaubnis zu arbeiten.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF)
contact-type-bamf-desc = Entscheidet über den Asylantrag. Organisiert auch die Integrationskurse.
contact-type-asylverfahrensberatung = Asylverfahrensberatung
contact-type-asylverfahrensberatung-desc = Berät zum Asylverfahren, zur Anhörung und zu Briefen vom BAMF.
contact-type-buergeramt = Bürgeramt
contact-type-buergeramt-desc = Anmeldung der Adresse und Meldebescheinigung.
contact-type-sozialamt = Sozialamt
contact-type-sozialamt-desc = Geld, Unterkunft und Behandlungsschein im Asylverfahren (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter
contact-type-jobcenter-desc = Bürgergeld und Hilfe bei der Suche nach Arbeit, meist nach der Anerkennung.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit
contact-type-agentur-fuer-arbeit-desc = Berufsberatung, Suche nach Arbeit und Ausbildung.
contact-type-familienkasse = Familienkasse
contact-type-familienkasse-desc = Zahlt das Kindergeld.
contact-type-schuldnerberatung = Schuldnerberatung
contact-type-schuldnerberatung-desc = Hilft bei Schulden und Mahnungen, meist kostenlos.
contact-type-wohnungsamt = Wohnungsamt
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) und Hilfe bei der Suche nach einer Wohnung.
contact-type-sprachkurstraeger = Kursträger für Deutschkurse
contact-type-sprachkurstraeger-desc = Integrationskurse und andere Deutschkurse, zum Beispiel an der Volkshochschule.
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE)
contact-type-migrationsberatung-desc = Beratung für Menschen ab 27 Jahren: Sprache, Arbeit, Wohnen, Familie.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD)
contact-type-jugendmigrationsdienst-desc = Beratung für junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung, Sprache.
contact-type-kita-schulamt = Kita- und Schulamt
contact-type-kita-schulamt-desc = Plätze in der Kita und Anmeldung in der Schule.
contact-type-jugendamt = Jugendamt
contact-type-jugendamt-desc = Hilfe für Kinder, Jugendliche und Eltern.
contact-type-standesamt = Standesamt
contact-type-standesamt-desc = Geburtsurkunden und Heiratsurkunden in Deutschland.
contact-type-anerkennungsberatung = Anerkennungsberatung
contact-type-anerkennungsberatung-desc = Hilft bei der Anerkennung von ausländischen Abschlüssen.
contact-type-krankenkasse = Krankenkasse
contact-type-krankenkasse-desc = Gesundheitskarte und Kosten für Arzt und Krankenhaus.
contact-type-hausarzt = Hausarztpraxis
contact-type-hausarzt-desc = Die erste Stelle bei Krankheit. Tragen Sie hier Ihre eigene Praxis ein.
contact-type-gesundheitsamt = Gesundheitsamt
contact-type-gesundheitsamt-desc = Impfungen, Beratung und Untersuchungen.
contact-type-rechtsanwalt = Anwältin oder Anwalt
contact-type-rechtsanwalt-desc = Hilft bei einer Klage, zum Beispiel gegen einen Bescheid vom BAMF.
contact-type-ehrenamt = Ehrenamtliche Hilfe
contact-type-ehrenamt-desc = Freiwillige helfen im Alltag, zum Beispiel bei Briefen und Terminen.

## Labels of the fields of a contact

contact-field-organisation = Stelle
contact-field-department = Abteilung
contact-field-address = Adresse
contact-field-phone = Telefon
contact-field-email = E-Mail
contact-field-web = Internet
contact-field-hours = Öffnungszeiten
contact-field-languages = Sprachen
contact-field-notes = Hinweise
contact-by-appointment = Nur mit Termin
contact-facts-as-of = Angaben von { $year }
contact-facts-unknown = Von wann diese Angaben sind, ist nicht bekannt.
