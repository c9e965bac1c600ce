### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } at the end of every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (caddeynta imaanshaha)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (oggolaanshaha joogitaanka inta lagu jiro habka magangelyada)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (sharciga deganaanshaha)
doctype-duldung = Duldung (hakinta ku-meel-gaarka ah ee masaafurinta)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (warqad deganaansho oo ku-meel-gaar ah)
doctype-bamf-einladung = Warqad BAMF oo ballan ku qoran tahay (tusaale ahaan wareysiga)
doctype-bamf-anhoerung = Qoraalka wareysiga BAMF
doctype-bamf-bescheid = Go'aanka (Bescheid) BAMF

## Geld

doctype-sozialamt-bescheid = Go'aanka xafiiska gargaarka bulshada (Sozialamt, AsylbLG)
doctype-bezahlkarte = Kaarka lacag-bixinta (Bezahlkarte)
doctype-jobcenter-bescheid = Go'aanka Jobcenter (Bürgergeld)
doctype-kontovertrag = Waraaqaha bangiga
doctype-steuer-id = Lambarka aqoonsiga canshuurta (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Ka dhaafitaanka khidmadda raadiyaha iyo telefishinka (Rundfunkbeitrag)

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (warqadda diiwaangelinta cinwaanka)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (xaqiijinta mulkiilaha guriga)
doctype-mietvertrag = Heshiiska kirada (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, warqadda xaqa guriga bulshada)
doctype-energievertrag = Heshiiska korontada ama gaaska

## Deutsch lernen

doctype-integrationskurs-berechtigung = Oggolaanshaha koorsada is-dhexgalka (Berechtigung)
doctype-kurs-anmeldung = Diiwaangelinta koorsada luqadda
doctype-teilnahmebestaetigung = Xaqiijinta ka-qaybgalka koorsada
doctype-sprachzertifikat = Shahaadada luqadda (tusaale ahaan DTZ)
doctype-leben-in-deutschland = Shahaadada “Leben in Deutschland” (Nolosha Jarmalka)

## Kinder und Familie

doctype-kita-anmeldung = Diiwaangelinta ama foojarka (Gutschein) xanaanada carruurta (Kita)
doctype-schulanmeldung = Diiwaangelinta dugsiga
doctype-kindergeld-bescheid = Go'aanka xafiiska lacagta qoyska (Familienkasse, Kindergeld)
doctype-kinderuntersuchungsheft = Buugga jaallaha ah ee baaritaannada carruurta (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = Oggolaanshaha shaqada (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Heshiiska shaqada (Arbeitsvertrag)
doctype-lohnabrechnung = Warqadda mushaharka (Lohnabrechnung)
doctype-sozialversicherungsausweis = Kaarka caymiska bulshada (Sozialversicherungsausweis)
doctype-lebenslauf = CV iyo codsiga shaqada

## Berufsausbildung und Studium

doctype-schulzeugnis = Shahaadada dugsiga
doctype-berufszeugnis = Shahaadada xirfad ama jaamacad
doctype-anerkennungsbescheid = Go'aanka aqoonsiga shahaadada waxbarasho
doctype-ausbildungsvertrag = Heshiiska tababarka xirfadeed (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = Kaarka caafimaadka (Gesundheitskarte)
doctype-behandlungsschein = Warqadda daawaynta (Behandlungsschein)
doctype-impfpass = Buugga tallaalka (Impfpass)
doctype-arztbrief = Warqadda dhakhtarka ama natiijada baaritaanka
doctype-krankmeldung = Warqadda jirrada (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = Qoraal ka yimid la-talin
doctype-vollmacht = Wakaalad (Vollmacht)
doctype-anwaltsschreiben = Warqad ka timid qareen ama maxkamad

## Weitere Dokumente

doctype-reisepass = Baasaboor
doctype-id-karte = Kaarka aqoonsiga ee dalkaagii hore
doctype-geburtsurkunde = Shahaadada dhalashada
doctype-heiratsurkunde = Shahaadada guurka
doctype-fuehrerschein = Liisanka darawalnimada
doctype-beglaubigte-uebersetzung = Tarjumaad la xaqiijiyay
doctype-sonstiges = Warqad kale

## Deadline rules

deadline-not-legal-advice = Muddadan waa caawimaad oo keliya, ma aha talo sharci. Isla markiiba weydii xafiis la-talin ama qareen.
deadline-renew-before-expiry = Warqaddani waxay shaqaysaa oo keliya ilaa taariikhda dhicitaanka. Taariikhdu waxay ku qoran tahay warqadda. Waqti hore codso warqad cusub ama kordhin, ka hor taariikhdaas. { deadline-not-legal-advice }
deadline-asylum-decision = Haddii BAMF uu diido codsigaaga magangelyada, waxaad haysataa waqti yar oo aad dacwad (Klage) ku gudbiso maxkamadda maamulka (Verwaltungsgericht). Dacwad macnaheedu waa: maxkamad ayaa hubinaysa go'aanka. Muddadu waxay bilaabataa maalinta warqadda si rasmi ah laguu gaarsiiyo. Taariikhdaas waxay ku qoran tahay baqshadda jaallaha ah. { deadline-not-legal-advice }
deadline-asylum-unfounded = Waxaa loo diiday “unbegründet” (sabab la'aan): dacwad 2 toddobaad gudahood kadib gaarsiinta. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Waxaa loo diiday “offensichtlich unbegründet” (si cad sabab la'aan): dacwad iyo codsi degdeg ah (Eilantrag) 1 toddobaad gudihiis kadib gaarsiinta. Codsiga degdegga ahi waa baryo degdeg ah oo maxkamadda loo diro. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Waxaa loo diiday “unzulässig” (aan la aqbali karin): dacwad iyo codsi degdeg ah (Eilantrag) 1 toddobaad gudihiis kadib gaarsiinta. Codsiga degdegga ahi waa baryo degdeg ah oo maxkamadda loo diro. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Waxaa laguu aqoonsaday qaxooti ama qof xaq u leh magangalyo: haddii xaaskaaga, ninkaaga ama carruurtaada ka yar 18 sano ay dibadda ku nool yihiin, codsiga isku keenista qoyska (Familiennachzug) gudbi 3 bilood gudahood. Markaas uma baahnid inaad caddeyso inaad haysato lacag iyo guri ku filan. Codsiga adiga qudhaada ayaad Jarmalka ka gudbin kartaa, tusaale ahaan Ausländerbehörde. 3-da bilood waxay bilaabmaan marka go'aanka (Bescheid) aan laga soo horjeesan karin; app-ku wuxuu tiriyaa horeba maalinta gaarsiinta (Zustellung), si muddadu aysan weligeed u muuqan goor dambe. Haddii qayb ka mid ah codsigaaga la diiday, waxaa laga yaabaa in dacwad (Klage) loo baahdo 2 toddobaad gudahood. { deadline-not-legal-advice }
deadline-register-address = Cinwaankaaga ka diiwaangeli (Anmeldung) Bürgeramt (xafiiska adeegga dadweynaha) 2 toddobaad gudahood kadib markaad guriga soo gasho. { deadline-not-legal-advice }
deadline-objection = Ma ku raacsanid go'aan (Bescheid)? Markaas waxaad gudbin kartaa cabasho rasmi ah (Widerspruch), badanaa 1 bil gudaheed kadib markaad warqadda hesho. Sida loo sameeyo waxay ku qoran tahay dhammaadka go'aanka. { deadline-not-legal-advice }
deadline-tax-objection = Ma ku raacsanid go'aanka (Bescheid) Familienkasse (xafiiska lacagta carruurta)? Markaas gudbi cabasho Einspruch ah (Einspruch), ha gudbin Widerspruch: 1 bil gudaheed kadib markaad warqadda hesho. Sida loo sameeyo waxay ku qoran tahay dhammaadka go'aanka. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Ma ku raacsanid go'aanka (Bescheid) ku saabsan aqoonsiga shahaadadaada shaqo? Markaas waxaad haysataa 1 bil kadib markaad warqadda hesho. Iyadoo ku xiran gobolka, waxaad gudbinaysaa cabasho (Widerspruch) ama dacwad (Klage) maxkamadda maamulka. Midka adiga kuu khuseeya wuxuu ku qoran yahay dhammaadka go'aanka. { deadline-not-legal-advice }
deadline-appointment = Ballanta waqtigeeda ku tag. Ma iman kartid? Ka hor u sheeg oo sheeg sababta. { deadline-not-legal-advice }
deadline-bamf-appointment = Hubaal u tag ballantan BAMF, waqtigeedana ku tag. Qofka aan iman sabab muhiim ah la'aanteed, habka magangalyadiisa waa la joojin karaa. Ma iman kartid, tusaale ahaan maxaa yeelay waad jirran tahay? Isla markiiba, ballanta ka hor, u sheeg BAMF oo u dir caddayn, tusaale ahaan warqad dhakhtar. { deadline-not-legal-advice }
