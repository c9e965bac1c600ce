### Document types and deadline rules, in Kurdish Kurmanji. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (belgeya gihîştinê)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (destûra mayînê di dema pêvajoya penaberiyê de)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (destûra rûniştinê)
doctype-duldung = Duldung (taloqkirina dersînorkirinê)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (belgeya mayînê ya demkî)
doctype-bamf-einladung = Nameya BAMF bi randevûyekê (bo nimûne hevpeyvîn, Anhörung)
doctype-bamf-anhoerung = Protokola hevpeyvînê (Anhörung) li BAMF
doctype-bamf-bescheid = Biryarnameya BAMF (Bescheid)

## Geld

doctype-sozialamt-bescheid = Biryarnameya Sozialamt (Bescheid, AsylbLG)
doctype-bezahlkarte = Karta dravdanê (Bezahlkarte)
doctype-jobcenter-bescheid = Biryarnameya Jobcenter (Bescheid, Bürgergeld)
doctype-kontovertrag = Belgeyên bankê
doctype-steuer-id = Hejmara nasnameya bacê (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Azadbûna ji xerca radyo û televizyonê (Rundfunkbeitrag)

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (belgeya qeyda navnîşanê)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (pejirandina xwediyê xaniyê)
doctype-mietvertrag = Peymana kirê (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, belgeya mafê xaniyê civakî)
doctype-energievertrag = Peymana elektrîkê an gazê

## Deutsch lernen

doctype-integrationskurs-berechtigung = Destûrnameya kursa entegrasyonê (Berechtigung)
doctype-kurs-anmeldung = Qeydkirina li kursa zimên
doctype-teilnahmebestaetigung = Belgeya beşdariyê ji kursê (Teilnahmebestätigung)
doctype-sprachzertifikat = Sertîfîkaya zimên (Sprachzertifikat, bo nimûne DTZ)
doctype-leben-in-deutschland = Sertîfîkaya “Leben in Deutschland” (Jiyan li Almanyayê)

## Kinder und Familie

doctype-kita-anmeldung = Qeyd an kupona (Gutschein) kreşê (Kita)
doctype-schulanmeldung = Qeydkirina li dibistanê
doctype-kindergeld-bescheid = Biryarnameya Familienkasse (pereyê zarokan, Kindergeld)
doctype-kinderuntersuchungsheft = Deftera zer a kontrolên zarokan (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = Destûra xebatê (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Peymana kar (Arbeitsvertrag)
doctype-lohnabrechnung = Pusûleya meaşê (Lohnabrechnung)
doctype-sozialversicherungsausweis = Karta sîgorteya civakî (Sozialversicherungsausweis)
doctype-lebenslauf = Jiyanname û serlêdana kar

## Berufsausbildung und Studium

doctype-schulzeugnis = Bawernameya dibistanê (Schulzeugnis)
doctype-berufszeugnis = Bawernameya pîşeyekê an xwendina zanîngehê
doctype-anerkennungsbescheid = Biryarnameya pejirandina dîplomayekê (Bescheid)
doctype-ausbildungsvertrag = Peymana perwerdeya pîşeyî (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = Karta tenduristiyê (Gesundheitskarte)
doctype-behandlungsschein = Belgeya dermankirinê (Behandlungsschein)
doctype-impfpass = Deftera aşiyan (Impfpass)
doctype-arztbrief = Nameya bijîşk an encama muayeneyê (Befund)
doctype-krankmeldung = Belgeya nexweşiyê (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = Nota ji şêwirmendiyekê
doctype-vollmacht = Wekaletname (Vollmacht)
doctype-anwaltsschreiben = Nameya ji parêzerekî an ji dadgehekê

## Weitere Dokumente

doctype-reisepass = Pasaport (Reisepass)
doctype-id-karte = Nasnameya ji welatê we
doctype-geburtsurkunde = Belgeya jidayikbûnê (Geburtsurkunde)
doctype-heiratsurkunde = Belgeya zewacê (Heiratsurkunde)
doctype-fuehrerschein = Ehliyeta ajotinê (Führerschein)
doctype-beglaubigte-uebersetzung = Wergera pejirandî (beglaubigte Übersetzung)
doctype-sonstiges = Belgeyeke din

## Deadline rules

deadline-not-legal-advice = Ev mohlet tenê alîkariyek e, ne şêwirmendiya hiqûqî ye. Tavilê ji navendeke şêwirmendiyê an ji parêzerekî bipirsin.
deadline-renew-before-expiry = Ev belge tenê heta dîroka dawîbûnê derbasdar e. Dîrok li ser belgeyê nivîsandî ye. Berî wê dîrokê di wextê xwe de ji bo belgeyeke nû an dirêjkirinê serlêdanê bikin. { deadline-not-legal-advice }
deadline-asylum-decision = Heke BAMF serlêdana penaberiya we red bike, ji bo dozekê (Klage) li dadgeha îdarî (Verwaltungsgericht) tenê demeke kin a we heye. Doz tê vê wateyê: dadgehek biryarê kontrol dike. Mohlet di roja ku name bi fermî tê radestkirin de dest pê dike. Ev dîrok li ser zerfa zer e. { deadline-not-legal-advice }
deadline-asylum-unfounded = Wek “unbegründet” (bêbingeh) hatiye redkirin: doz (Klage) di nava 2 hefteyan de piştî radestkirinê. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Wek “offensichtlich unbegründet” (bi eşkereyî bêbingeh) hatiye redkirin: doz (Klage) û daxwaza bilez (Eilantrag) di nava 1 hefteyê de piştî radestkirinê. Daxwaza bilez daxwazeke lezgîn a ji dadgehê ye. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Wek “unzulässig” (nayê qebûlkirin) hatiye redkirin: doz (Klage) û daxwaza bilez (Eilantrag) di nava 1 hefteyê de piştî radestkirinê. Daxwaza bilez daxwazeke lezgîn a ji dadgehê ye. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Hûn wek penaber an xwediyê mafê penaberiyê hatine naskirin: heke hevjînê we an zarokên we yên di bin 18 saliyê de li derveyî welat dijîn, di nava 3 mehan de serlêdana anîna malbatê (Familiennachzug) bikin. Wê demê ne hewce ye ku hûn îspat bikin ku pere û cihê we yê jiyanê têr dike. Hûn dikarin serlêdanê bi xwe jî li Almanyayê bikin, wek mînak li Ausländerbehörde. Ev 3 meh ji wê rojê dest pê dikin ku biryarname (Bescheid) êdî nayê îtirazkirin; lê sepan ji roja radestkirinê ve dihejmêre, da ku mohlet qet dereng neyê nîşandan. Heke beşek ji serlêdana we hatibe redkirin, dibe ku doz (Klage) di nava 2 hefteyan de pêwîst be. { deadline-not-legal-advice }
deadline-register-address = Di nava 2 hefteyan de piştî ketina xaniyê navnîşana xwe li Bürgeramt (ofîsa welatiyan) qeyd bikin. { deadline-not-legal-advice }
deadline-objection = Hûn bi biryarnameyekê (Bescheid) re ne razî ne? Wê demê hûn dikarin îtirazê (Widerspruch) bikin, pir caran di nava 1 mehê de piştî ku we name stand. Çawa tê kirin, li dawiya biryarnameyê nivîsandî ye. { deadline-not-legal-advice }
deadline-tax-objection = Hûn bi biryarnameya (Bescheid) Familienkasse (nivîsgeha pereyê zarokan) re ne razî ne? Wê demê Einspruch (îtiraz) bikin, ne Widerspruch: di nava 1 mehê de piştî ku we name stand. Çawa tê kirin, li dawiya biryarnameyê nivîsandî ye. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Hûn bi biryarnameya (Bescheid) li ser naskirina bawernameya we ya pîşeyî re ne razî ne? Wê demê 1 mehê we heye piştî ku we name stand. Li gorî eyaletê, hûn Widerspruch (îtiraz) dikin an li dadgeha îdarî Klage (doz) vedikin. Kîjan ji bo we derbas dibe, li dawiya biryarnameyê nivîsandî ye. { deadline-not-legal-advice }
deadline-appointment = Di wextê xwe de herin randevûyê. Hûn nikarin werin? Berê agahdar bikin û sedemê bibêjin. { deadline-not-legal-advice }
deadline-bamf-appointment = Bê guman û di wextê xwe de herin vê randevûyê li BAMF. Kî bê sedemeke girîng neyê, dibe ku prosedûra wî ya penaberiyê were rawestandin. Hûn nikarin werin, wek mînak ji ber ku hûn nexweş in? Yekser, berî randevûyê, BAMF agahdar bikin û belgeyekê bişînin, wek mînak raporeke bijîşk. { deadline-not-legal-advice }
