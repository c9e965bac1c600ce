### Content of the ten tabs, in Kurdish Kurmanji. Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with a short
### explanation in Kurmanji. Numbers as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = Rêgez û şîret
tab-section-checklist = Lîsteya kontrolê
tab-section-contacts = Têkilî

## Tab 1: Ankommen

tab-arrival-intro = Li vir hûn gavên xwe yên pêşîn li Almanyayê dibînin. Ev beş li ser mayîna we û pêvajoya penaberiya we ye. Hemû belgeyên ji BAMF (Ofîsa Federal a Koçberî û Penaberan) û ji Ausländerbehörde (daîreya biyaniyan) li vir bi cih bikin.
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung (destûra mayînê di dema pêvajoya penaberiyê de) her tim bi xwe re hilgirin. Polîs û daîre dixwazin wê bibînin.
tab-arrival-tip-briefe-oeffnen = Her nameyê tavilê vekin. Gelek name xwedî mohletekê ne. Mohlet roja dawî ya bersivdanê ye.
tab-arrival-tip-gelber-umschlag = Nameyên BAMF pir caran di zerfeke zer de tên. Li ser zerfê dîrokek heye. Zerfê biparêzin: mohlet bi vê dîrokê dest pê dike.
tab-arrival-tip-adresse = Hûn bar dikin? Navnîşana nû tavilê ji BAMF û Ausländerbehörde (daîreya biyaniyan) re bibêjin. Wekî din nameyên girîng nagihîjin we.
tab-arrival-tip-beratung-vor-anhoerung = Berî hevpeyvînê (Anhörung) herin şêwirmendiya pêvajoya penaberiyê (Asylverfahrensberatung). Ev şêwirmendî pir caran belaş e.
tab-arrival-tip-anhoerung-alles-sagen = Di hevpeyvînê (Anhörung) de her tiştê ku ji bo reva we girîng e bibêjin. Delîlan bi xwe re bînin, bo nimûne wêne an belge.
tab-arrival-tip-dolmetscher = Di hevpeyvînê de wergêrek heye. Heke hûn wî baş fêm nakin, tavilê bibêjin.
tab-arrival-tip-duldung = Duldung (taloqkirina dersînorkirinê) ne destûra rûniştinê ye. Tenê tê wê wateyê: dersînorkirina we ji bo demekê hatiye rawestandin (§ 60a AufenthG). Bi Duldung tavilê herin navendeke şêwirmendiyê.
tab-arrival-tip-fiktionsbescheinigung = Heke hûn berî dîroka dawîbûnê ji bo dirêjkirinê serlêdan bikin, destûra we ya rûniştinê derbas dibe heta ku Ausländerbehörde biryarê bide. Fiktionsbescheinigung vê nîşan dide (§ 81 Abs. 4 û 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Dibe ku li ser belgeya we Wohnsitzauflage (şerta cihê rûniştinê) hebe: wê demê divê hûn li wî cihî bijîn (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (sînordarkirina cihî) tê wê wateyê: hûn nikarin bê destûr ji herêmekê derkevin (§ 56 AsylG, § 61 AufenthG). Berî barkirin an rêwîtiyê ji Ausländerbehörde bipirsin.

check-ankunftsnachweis = Ankunftsnachweis (belgeya gihîştinê) baş biparêzin
check-ankunftsnachweis-hint = Ev belgeya we ya yekem li Almanyayê ye. Hûn wê piştî qeydkirinê distînin.
check-aufenthaltsgestattung = Piştî serlêdana penaberiyê Aufenthaltsgestattung (destûra mayînê) bistînin
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung nîşan dide ku hûn dikarin di dema pêvajoya penaberiyê de li Almanyayê bimînin. Wê her tim bi xwe re hilgirin.
check-gestattung-verlaengern = Aufenthaltsgestattung (destûra mayînê) dirêj bikin — berî dîroka dawîbûnê
check-gestattung-verlaengern-hint = Dîroka dawîbûnê li ser belgeyê nivîsandî ye. Berî wê dîrokê di wextê xwe de herin Ausländerbehörde (daîreya biyaniyan). { deadline-not-legal-advice }
check-anhoerung = Herin hevpeyvînê (Anhörung) li BAMF
check-anhoerung-hint = Hevpeyvîn axaftinek li ser reva we ye. Dema randevûyê di nameya BAMF de nivîsandî ye. Di wextê xwe de werin û hemû belgeyên xwe bi xwe re bînin.
check-adresse-mitteilen = Navnîşana nû tavilê ji BAMF û Ausländerbehörde (daîreya biyaniyan) re bibêjin
check-adresse-mitteilen-hint = BAMF nameyan dişîne navnîşana dawî ya ku ew dizane. Mohlet dest pê dike, heke hûn nameyê nestînin jî.
check-bamf-bescheid = Biryarnameya BAMF (Bescheid) tavilê bibin navendeke şêwirmendiyê
check-bamf-bescheid-hint = Bescheid nameyek e ku tê de biryarek heye. Dîroka li ser zerfa zer binivîsin. Heke serlêdana we were redkirin, ji bo dozekê li dadgehê (Klage) tenê 1 an 2 hefteyên we hene. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Piştî pejirandina penaberiyê: li Ausländerbehörde (daîreya biyaniyan) ji bo Aufenthaltserlaubnis (destûra rûniştinê) serlêdanê bikin
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (destûra rûniştinê) jî xwedî dîroka dawîbûnê ye. Berî wê dîrokê di wextê xwe de ji bo dirêjkirinê serlêdanê bikin. { deadline-not-legal-advice }
check-duldung = Duldung berî dîroka dawîbûnê dirêj bikin
check-duldung-hint = Duldung tenê heta dîroka li ser belgeyê derbas dibe. Berî wê dîrokê di wextê xwe de herin Ausländerbehörde. Ji navendeke şêwirmendiyê bipirsin ka hûn dikarin destûra rûniştinê bistînin (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung biparêzin û berî dîroka dawîbûnê dirêj bikin
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung nîşan dide: serlêdana we didome, û hûn dikarin heta biryarê bimînin (§ 81 Abs. 5 AufenthG). Dîroka dawîbûnê ya wê jî heye. Berî wê dîrokê di wextê xwe de herin Ausländerbehörde. { deadline-not-legal-advice }
check-wohnsitzauflage = Li belgeyê binêrin: Wohnsitzauflage an räumliche Beschränkung?
check-wohnsitzauflage-hint = Li ser belgeya we „Wohnsitzauflage“ an „räumlich beschränkt“ nivîsandî ye? Wê demê berî barkirin an rêwîtiyê ji Ausländerbehörde bipirsin (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Bê destûr dibe ku cezayê pereyan an cezayek din were dayîn.

## Tab 2: Geld

tab-money-intro = Ev beş li ser pereyên ji bo jiyanê ye. Di dema pêvajoya penaberiyê de pir caran Sozialamt (daîreya civakî) alîkariyê dike, paşê pir caran Jobcenter (navenda kar û alîkariyê). Biryarname (Bescheide), belgeyên bankê û belgeyên bacê li vir bi cih bikin.
tab-money-tip-bescheid = Bescheid (biryarname) nameyek e ji daîreyekê ku tê de biryarek heye. Her biryarnameyê biparêzin.
tab-money-tip-aenderungen-melden = Dema tiştek diguhere, tavilê ji daîreyê re bibêjin: navnîşana nû, karê nû, zarokek, pereyê zêdetir. Wekî din dibe ku hûn neçar bimînin pereyan paşde bidin.
tab-money-tip-bezahlkarte = Hin bajar li şûna pereyê nexd karta dravdanê (Bezahlkarte) didin. PIN-ê veşartî bihêlin.
tab-money-tip-basiskonto = Li Almanyayê mafê her kesî heye ku hesabekî bankê yê bingehîn (Basiskonto) hebe. Ev bi Aufenthaltsgestattung (destûra mayînê) an bi Duldung (taloqkirina dersînorkirinê) jî derbas dibe.
tab-money-tip-haustuer = Li ber deriyê malê an bi telefonê tu peymanê îmze nekin. Berê ji navendeke şêwirmendiyê bipirsin.
tab-money-tip-schulden = Deynên we an nameyên bîrxistina dravdanê (Mahnungen) hene? Zû herin şêwirmendiya deynan (Schuldnerberatung). Ew pir caran belaş e.

check-asylblg-leistungen = Li Sozialamt (daîreya civakî) ji bo alîkariyan serlêdanê bikin
check-asylblg-leistungen-hint = Di dema pêvajoya penaberiyê de pir caran Sozialamt pere dide. Navê qanûna vê Asylbewerberleistungsgesetz (AsylbLG) e.
check-buergergeld = Piştî pejirandina penaberiyê: li Jobcenter ji bo Bürgergeld (alîkariya bingehîn a diravî) serlêdanê bikin
check-buergergeld-hint = Di qanûnê de navê Bürgergeld Grundsicherung für Arbeitsuchende (debara bingehîn ji bo kesên li kar digerin) e. Serlêdanê tavilê bikin: Jobcenter tenê ji wê mehê pere dide ku hûn tê de serlêdanê dikin.
check-widerspruch = Bidin ku her biryarname (Bescheid) were kontrolkirin — îtiraz (Widerspruch) di nava 1 mehê de
check-widerspruch-hint = Hûn difikirin ku biryarek şaş e? Wê demê hûn dikarin îtirazê (Widerspruch) bikin, pir caran tenê di nava 1 mehê de. Çawa tê kirin, li dawiya biryarnameyê (Bescheid) nivîsandî ye. { deadline-not-legal-advice }
check-bankkonto = Hesabekî bankê vekin
check-bankkonto-hint = Pasaporta xwe an Aufenthaltsgestattung (destûra mayînê) bi xwe re bibin. Divê bank hesabekî bingehîn (Basiskonto) ji we re veke.
check-steuer-id = Hejmara nasnameya bacê (Steuer-Identifikationsnummer) biparêzin
check-steuer-id-hint = Ew piştî qeydkirina navnîşanê (Anmeldung) bi postê tê. Hûn ji bo kar û ji bo pereyê zarokan (Kindergeld) hewceyî wê ne.
check-rundfunkbeitrag = Ji bo azadbûna ji xerca radyo û televizyonê (Rundfunkbeitrag) serlêdanê bikin
check-rundfunkbeitrag-hint = Rundfunkbeitrag xercek e ji bo radyo û televizyonê. Kesê ku ji Sozialamt (daîreya civakî) an ji Jobcenter pere distîne, dikare jê azad bibe. Ji bo vê kopiyeke biryarnameyê (Bescheid) bişînin.

## Tab 3: Wohnen

tab-housing-intro = Ev beş li ser xaniyê we ye. Li vir hûn rêgezên jiyana di xaniyan de û qeydkirina navnîşana xwe (Anmeldung) dibînin. Peymana kirê (Mietvertrag) û Meldebescheinigung (belgeya qeyda navnîşanê) li vir bi cih bikin.
tab-housing-tip-hausordnung = Her avahî xwedî rêziknameya xaniyan (Hausordnung) e. Pir caran ji saet 22 heta 6 dema bêdengiya şevê ye. Wê demê divê her kes bêdeng be.
tab-housing-tip-muell = Çopê ji hev cuda bikin: kaxez, pakêt, cam, çopa organîk (Bio-Müll) û çopa mayî (Restmüll). Rengên bîdonên çopê li her bajarî cuda ne.
tab-housing-tip-lueften = Rojê çend caran ji bo çend deqîqeyan pencereyan bi temamî vekin. Bi vî awayî kufik çênabe.
tab-housing-tip-kaution = Kaution (depozîto) pereyek e ku ji bo ewlehiyê ji xwediyê xaniyê re tê dayîn. Dema hûn ji xaniyê derdikevin, heke xanî di rewşeke baş de be, hûn wî pereyî paşde distînin.
tab-housing-tip-kuendigen = Hûn dixwazin ji xaniyê derkevin? Peymanê bi nivîskî betal bikin. Pir caran divê hûn 3 mehan berê betal bikin. Daîreyek kirêya we dide? Wê demê berê ji wir jî bipirsin.

check-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (pejirandina xwediyê xaniyê) ji xwediyê xaniyê bistînin
check-wohnungsgeberbestaetigung-hint = Divê xwediyê xaniyê wê di dema ketina xaniyê de bide we. Hûn ji bo qeydkirina navnîşanê (Anmeldung) hewceyî wê ne.
check-anmeldung = Anmeldung (qeydkirina navnîşanê) li Bürgeramt (ofîsa welatiyan) — di nava 2 hefteyan de piştî ketina xaniyê
check-anmeldung-hint = Wohnungsgeberbestätigung (pejirandina xwediyê xaniyê) û pasaporta xwe an Aufenthaltsgestattung (destûra mayînê) bi xwe re bînin. Paşê hûn Meldebescheinigung (belgeya qeyda navnîşanê) distînin. { deadline-not-legal-advice }
check-umzug-fragen = Berî barkirinê ji Sozialamt (daîreya civakî) an ji Jobcenter bipirsin
check-umzug-fragen-hint = Pir caran divê daîre berê destûrê bide xaniyê nû. Wekî din dibe ku ew kirêyê nede. Di dema pêvajoya penaberiyê de ji Ausländerbehörde (daîreya biyaniyan) jî bipirsin.
check-mietvertrag = Bidin ku peymana kirê (Mietvertrag) berî îmzekirinê were kontrolkirin
check-mietvertrag-hint = Bidin ku peyman ji we re were ravekirin. Kopiyekê biparêzin.
check-wohnberechtigungsschein = Ji bo Wohnberechtigungsschein (WBS, belgeya mafê xaniyê civakî) serlêdanê bikin
check-wohnberechtigungsschein-hint = Ji bo xaniyekî civakî hûn hewceyî WBS-ê ne. Heke dahata we kêm be, hûn wê ji Wohnungsamt (daîreya xaniyan) distînin.
check-energie = Ji bo elektrîk û gazê qeyd bibin
check-energie-hint = Roja ku hûn dikevin xaniyê, hejmarên li ser sayacan binivîsin. Wêneyekî wan jî bikişînin.
check-briefkasten = Navê xwe li ser sindoqa nameyan û zengila derî binivîsin
check-briefkasten-hint = Wekî din nameyên girîng nagihîjin we. Mohlet dîsa jî dimeşe.

## Tab 4: Deutsch lernen

tab-german-intro = Almanî li kar, li dibistanê û di jiyana rojane de alîkariya we dike. Li vir hûn rêya kursa zimên dibînin. Belgeyên kursê û sertîfîkayan (Zertifikate) li vir bi cih bikin.
tab-german-tip-jeden-tag = Her roj hinekî hîn bibin. 15 deqîqe jî alîkar in.
tab-german-tip-integrationskurs = Kursa entegrasyonê (Integrationskurs) ji du beşan pêk tê: kursa zimên û kursa oryantasyonê (Orientierungskurs). Di kursa oryantasyonê de hûn gelek tiştan li ser jiyana li Almanyayê hîn dibin.
tab-german-tip-kosten = Bi destûrnameyekê (Berechtigung) bihayê kursa entegrasyonê kêm e an jî belaş e.
tab-german-tip-kinderbetreuung = Zarokên we yên biçûk hene? Li kurseke ku lênihêrîna zarokan tê de heye bipirsin.
tab-german-tip-sprechen = Li her derê ku dibe almanî biaxivin: dema kirînê, bi cîranan re, li klûba werzîşê. Li gelek bajaran kafeyên zimên (Sprachcafé) jî hene.

check-integrationskurs-berechtigung = Destûrnameya (Berechtigung) kursa entegrasyonê (Integrationskurs) bistînin
check-integrationskurs-berechtigung-hint = Li Ausländerbehörde (daîreya biyaniyan), li Jobcenter an li BAMF bipirsin.
check-kurs-anmelden = Li saziyeke kursê (Kursträger) qeyd bibin
check-kurs-anmelden-hint = Saziyên kursê bo nimûne Volkshochschule (navendên perwerdeya mezinan) û dibistanên zimên in. Şêwirmendiya koçberiyê (Migrationsberatung) di lêgerînê de alîkariyê dike.
check-kurs-teilnahme = Bi rêkûpêk herin kursê
check-kurs-teilnahme-hint = Hûn nexweş in? Ji saziya kursê re bibêjin û belgeya nexweşiyê (Krankmeldung) bînin.
check-dtz = Îmtîhana “Deutsch-Test für Zuwanderer” (DTZ, testa almanî ji bo koçberan) bidin
check-dtz-hint = Li dawiya kursa zimên îmtîhanek heye. Sertîfîka (Zertifikat) ji bo kar û ji bo mayînê girîng e.
check-lid-test = Testa “Leben in Deutschland” (Jiyan li Almanyayê) bidin
check-lid-test-hint = Ev test li dawiya kursa oryantasyonê (Orientierungskurs) e.
check-berufssprachkurs = Paşê beşdarî kursa zimanê pîşeyî (Berufssprachkurs) bibin
check-berufssprachkurs-hint = Di Berufssprachkurs de hûn almaniya ji bo kar hîn dibin. Li Jobcenter an li Agentur für Arbeit (ajansa kar) bipirsin.

## Tab 5: Kinder und Familie

tab-family-intro = Ev beş li ser zarok û malbata we ye: kreş (Kita), dibistan, pereyê zarokan (Kindergeld) û tendurustî. Belgeyên jidayikbûnê (Geburtsurkunden) û qeydên kreş û dibistanê li vir bi cih bikin.
tab-family-tip-schulpflicht = Li Almanyayê divê hemû zarok herin dibistanê. Dibistan belaş e.
tab-family-tip-kita = Zarok li kreşê (Kita) zû almanî hîn dibin. Zaroka xwe zû qeyd bikin: pir caran lîsteya bendemayînê heye.
tab-family-tip-elterngespraech = Herin hevdîtinên bi kreş û dibistanê re. Heke hûn hewceyî wergêrekî bin, wergêr bixwazin.
tab-family-tip-gewalt = Li Almanyayê tundiya li hember zarokan qedexe ye, di malbatê de jî. Li Jugendamt (daîreya zarok û ciwanan) û li navendên şêwirmendiyê alîkarî heye.
tab-family-tip-geburt = Zaroka we li Almanyayê ji dayik bûye? Jidayikbûnê li Standesamt (daîreya nifûsê) qeyd bikin. Ji navendeke şêwirmendiyê bipirsin ka divê hûn ji bo zarokê li Ausländerbehörde (daîreya biyaniyan) û li BAMF çi bikin.

check-geburtsurkunden-kinder = Belgeyên jidayikbûnê yên zarokan (Geburtsurkunden) amade bihêlin
check-geburtsurkunden-kinder-hint = Zaroka we li Almanyayê ji dayik bûye? Wê demê hûn belgeya jidayikbûnê li Standesamt (daîreya nifûsê) distînin.
check-kita = Li cihekî kreşê (Kita) bigerin û zarokê qeyd bikin
check-kita-hint = Ji 1 saliyê ve mafê zarokan heye ku li kreşê (Kita) cihekî wan hebe. Zaroka xwe zû qeyd bikin.
check-schule = Zarokan li dibistanê qeyd bikin
check-schule-hint = Li Almanyayê divê zarok herin dibistanê. Schulamt (daîreya dibistanan) ji we re dibêje ka kîjan dibistan berpirsiyar e.
check-masern = Belgeya aşiya sorikê (Masern) nîşan bidin
check-masern-hint = Ji bo kreş û dibistanê zarok hewceyî belgeya aşiya sorikê ne. Ew di deftera aşiyan (Impfpass) de ye.
check-u-untersuchungen = Kontrolên pêşîlêgirtinê li cem bijîşkê zarokan bikin
check-u-untersuchungen-hint = Navê van kontrolan U1 heta U9 ye. Dîrokên randevûyên wan di deftera zer de ne.
check-kindergeld = Li Familienkasse (sindoqa malbatê) ji bo pereyê zarokan (Kindergeld) serlêdanê bikin
check-kindergeld-hint = Ev pir caran tenê bi Aufenthaltserlaubnis (destûra rûniştinê) dibe. Ji navendeke şêwirmendiyê bipirsin.
check-bildung-teilhabe = Ji bo tiştên dibistanê û geştan serlêdana pereyan bikin (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Zarok vî pereyî distînin, heke malbat ji Sozialamt (daîreya civakî) an ji Jobcenter pere distîne.

## Tab 6: Arbeit

tab-work-intro = Kar alîkariya bicihbûna li Almanyayê dike. Li vir nivîsandî ye ka berî karekî divê hûn çi zanibin. Destûra kar, peyman û pusûleyên meaşê (Lohnabrechnungen) li vir bi cih bikin.
tab-work-tip-ohne-erlaubnis = Xebitîna bê destûr qedexe ye. Ev dikare zirarê bide mayîna we.
tab-work-tip-mindestlohn = Li Almanyayê meaşê herî kêm (Mindestlohn) heye. Ji bo piraniya karan, meaşê saetekê nabe ku ji vê kêmtir be.
tab-work-tip-schriftlich = Mafê we heye ku rêgezên girîng ên karê we li ser kaxezê hebin: meaş, demên kar û betlane.
tab-work-tip-krank = Hûn nexweş in? Roja yekem, berî destpêka kar, tavilê ji kardêrê xwe re bibêjin.
tab-work-tip-probezeit = Di destpêkê de pir caran demeke ceribandinê (Probezeit) heye. Di vê demê de betalkirina kar hêsantir e.

check-arbeitserlaubnis = Kontrol bikin: Ma ez dikarim bixebitim?
check-arbeitserlaubnis-hint = Ev li ser belgeya mayîna we nivîsandî ye. Bi Aufenthaltsgestattung (destûra mayînê) an bi Duldung (taloqkirina dersînorkirinê) ji bo her karî hûn hewceyî destûra Ausländerbehörde (daîreya biyaniyan) ne.
check-arbeitsuchend = Li Agentur für Arbeit (ajansa kar) an li Jobcenter wek kesê li kar digere qeyd bibin
check-arbeitsuchend-hint = Li wir hûn ji bo lêgerîna kar alîkariyê distînin.
check-lebenslauf = Jiyannameyekê (Lebenslauf) bi almanî binivîsin
check-lebenslauf-hint = Navendeke şêwirmendiyê an Jobcenter di vê yekê de alîkariyê dike.
check-arbeitsvertrag = Bidin ku peymana kar (Arbeitsvertrag) berî îmzekirinê ji we re were xwendin
check-arbeitsvertrag-hint = Tenê tiştê ku hûn fêm dikin îmze bikin. Peymanê baş biparêzin.
check-sozialversicherungsausweis = Karta sîgorteya civakî (Sozialversicherungsausweis) biparêzin
check-sozialversicherungsausweis-hint = Hûn ji bo her karî hewceyî hejmara li ser wê ne. Ew ji sîgorteya teqawidiyê (Rentenversicherung) bi postê tê.
check-lohnabrechnung = Her meh pusûleyên meaşê (Lohnabrechnung) biparêzin
check-lohnabrechnung-hint = Pusûleya meaşê meaşê we nîşan dide û çi jê tê birîn.
check-einkommen-melden = Kar û meaşê tavilê ji Jobcenter an ji Sozialamt (daîreya civakî) re ragihînin
check-einkommen-melden-hint = Wekî din dibe ku hûn neçar bimînin pereyan paşde bidin.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = Ev beş li ser dibistan, perwerdeya pîşeyî (Ausbildung) û xwendina zanîngehê ye. Dîploma we (Abschluss) ji welatê we dikare li Almanyayê gelek bi qîmet be. Bawername (Zeugnisse), werger û belgeyên pejirandinê (Anerkennungen) li vir bi cih bikin.
tab-training-tip-ausbildung = Perwerdeya pîşeyî (Ausbildung) pir caran 2 heta 3,5 salan dewam dike. Hûn li şirketekê û li dibistana pîşeyî (Berufsschule) hîn dibin. Di vê demê de hûn pere jî distînin.
tab-training-tip-anerkennung = Bi dîplomeyeke pejirandî hûn hêsantir karekî baş dibînin.
tab-training-tip-originale = Orjînalên bawernameyan ji destê xwe dernexin. Kopî an kopiyên pejirandî bidin.
tab-training-tip-deutsch-niveau = Ji bo perwerdeya pîşeyî pir caran hûn hewceyî almaniya asta B1 an B2 ne, ji bo xwendina zanîngehê pir caran C1.
tab-training-tip-foerderung = Di dema perwerdeya pîşeyî de carinan ji dewletê pere heye, bo nimûne Berufsausbildungsbeihilfe (BAB) an BAföG. Li Agentur für Arbeit (ajansa kar) bipirsin.

check-zeugnisse = Bawernameyên dibistanê û yên pîşeyî (Zeugnisse) kom bikin
check-zeugnisse-hint = Orjînalan li cihekî ewle biparêzin. Li cihên din kopiyan nîşan bidin.
check-zeugnisse-uebersetzen = Bidin ku bawernameyên we werin wergerandin
check-zeugnisse-uebersetzen-hint = Daîre pir caran wergereke pejirandî (beglaubigte Übersetzung) dixwazin. Vê yekê wergêrekî sondxwarî dike.
check-anerkennung = Bidin ku dîploma we ya biyanî (Abschluss) were pejirandin (Anerkennung)
check-anerkennung-hint = Şêwirmendiya pejirandinê (Anerkennungsberatung) belaş alîkariyê dike, bo nimûne ya IQ Netzwerk.
check-berufsberatung = Li Agentur für Arbeit (ajansa kar) ji bo şêwirmendiya pîşeyî randevûyekê bigirin
check-berufsberatung-hint = Li wir hûn fêr dibin ka kîjan perwerdeya pîşeyî û kîjan pîşe li we tê.
check-ausbildungsvertrag = Peymana perwerdeya pîşeyî (Ausbildungsvertrag) baş biparêzin
check-ausbildungsvertrag-hint = Duldung (taloqkirina dersînorkirinê) ya we heye? Wê demê perwerdeya pîşeyî dikare alîkariya we bike ku hûn li Almanyayê bimînin (Ausbildungsduldung). Ji navendeke şêwirmendiyê bipirsin.
check-studium = Ji bo xwendina zanîngehê ji zanîngehê (Hochschule) bipirsin
check-studium-hint = Bipirsin ka hûn hewceyî kîjan belgeyan û kîjan asta almanî ne.

## Tab 8: Gesundheit

tab-health-intro = Ev beş li ser tenduristiya we ye. Li vir hûn dixwînin ka hûn çawa diçin cem bijîşk û kî pere dide. Deftera aşiyan (Impfpass), nameyên bijîşkan û kopiyeke karta tenduristiyê (Gesundheitskarte) li vir bi cih bikin.
tab-health-tip-notruf = Di rewşa awarte de telefonî 112 bikin: ambulans û agirkuj. Hejmara polîsan 110 e. Telefonkirina van hejmaran belaş e.
tab-health-tip-bereitschaftsdienst = Êvaran û dawiya hefteyê xizmeta bijîşkî ya nobetê (ärztlicher Bereitschaftsdienst) alîkariyê dike. Hejmara telefonê 116 117 e.
tab-health-tip-hausarzt-zuerst = Pêşî herin muayenexaneya bijîşkê malbatê (Hausarztpraxis). Heke hewce be, bijîşk we dişîne cem bijîşkekî pispor.
tab-health-tip-termin = Berê randevûyekê (Termin) bigirin. Heke hûn nikaribin werin, randevûyê betal bikin.
tab-health-tip-schweigepflicht = Bijîşk nikarin tiştekî li ser we ji kesî re bibêjin. Navê vê Schweigepflicht (erka veşartina nehêniyan) e. Hûn dikarin bi vekirî biaxivin.
tab-health-tip-seele = Derûn jî dikare nexweş bibe, bo nimûne piştî şer û revê. Ji bo vê jî alîkarî heye. Li muayenexaneya bijîşkê xwe yê malbatê an li navendeke şêwirmendiyê bipirsin.

check-gesundheitskarte = Karta tenduristiyê (Gesundheitskarte) an belgeya dermankirinê (Behandlungsschein) li cem we hebe
check-gesundheitskarte-hint = Di dema pêvajoya penaberiyê de hûn pir caran ji Sozialamt (daîreya civakî) belgeya dermankirinê distînin. Li hin bajaran yekser karta tenduristiyê tê dayîn.
check-behandlungsschein = Berî çûna cem bijîşk belgeya dermankirinê (Behandlungsschein) bistînin
check-behandlungsschein-hint = Belgeya dermankirinê tenê ji bo demeke diyarkirî derbasdar e. Di rewşa awarte de tavilê herin cem bijîşk an nexweşxaneyê.
check-krankenkasse = Dema hûn dixebitin an Bürgergeld (alîkariya bingehîn a diravî) distînin, sîgorteyeke tenduristiyê (Krankenkasse) hilbijêrin
check-krankenkasse-hint = Hûn dikarin sîgorteya tenduristiyê bi xwe hilbijêrin. Paşê hûn karta tenduristiyê (Gesundheitskarte) distînin.
check-impfpass = Deftera aşiyan (Impfpass) biparêzin û bidin ku aşiyên we werin kontrolkirin
check-impfpass-hint = Deftera aşiyan (Impfpass) her carê bi xwe re bibin cem bijîşk. Aşiyek kêm e? Bijîşkê we dê şîretan li we bike.
check-hausarzt = Muayenexaneyeke bijîşkê malbatê (Hausarztpraxis) bibînin
check-hausarzt-hint = Dema hûn nexweş bin, pêşî herin wir. Muayenexaneyê li têkiliyan zêde bikin.
check-arztbriefe = Nameyên bijîşkan û encamên muayeneyan (Befunde) kom bikin
check-arztbriefe-hint = Wê demê tu muayene du caran nayê kirin. Ev her weha alîkar e dema hûn muayenexaneyê biguherînin.
check-krankmeldung = Dema hûn nexweş bin, belgeya nexweşiyê (Krankmeldung) bidin
check-krankmeldung-hint = Belgeya nexweşiyê li kar, li kursa zimên an li Jobcenter bidin. Bipirsin ka heta kengê divê hûn wê bidin.

## Tab 9: Beratung und Hilfe

tab-advice-intro = Ne hewce ye ku hûn her tiştî bi tena serê xwe bikin. Li vir hûn cihên ku alîkariya we dikin dibînin, pir caran belaş. Notên ji şêwirmendiyan li vir bi cih bikin.
tab-advice-tip-kostenlos = Piraniya navendên şêwirmendiyê belaş in. Ew alîkariyê dikin, heke hûn kêm almanî biaxivin jî.
tab-advice-tip-nachfragen = Hûn tiştekî fêm nakin? Dîsa bipirsin. Peyvên hêsan an wergêrekî bixwazin.
tab-advice-tip-unterschrift = Tenê tiştê ku hûn fêm dikin îmze bikin.
tab-advice-tip-jmd-mbe = Heta 27 saliyê Jugendmigrationsdienst (JMD, xizmeta koçberiyê ya ciwanan) alîkariyê dike. Ji 27 saliyê û pê ve Migrationsberatung für Erwachsene (MBE, şêwirmendiya koçberiyê ji bo mezinan) alîkariyê dike.
tab-advice-tip-hilfetelefon = Hejmara xeta alîkariyê ya “Gewalt gegen Frauen” (tundiya li dijî jinan) 116 016 e. Ew belaş e, şev û roj, bi gelek zimanan.
tab-advice-tip-schon-gesehen = Ji şêwirmendê xwe re bibêjin ka hûn berê çûne kîjan daîre û navendan. Bi vî awayî kes we bêwate ji cihekî bo cihekî din naşîne.

check-ordner-mitnehmen = Vê peldankê bi xwe re bibin her randevûyê
check-ordner-mitnehmen-hint = Bi vî awayî her kes dibîne ka kîjan belgeyên we hene û çi hîn kêm e.
check-beratung-finden = Navendeke şêwirmendiyê li nêzî xwe bibînin
check-beratung-finden-hint = Têkiliyên di vê beşê de di vê yekê de alîkariya we dikin. Şêwirmendî pir caran belaş e.
check-beratungsnotizen = Piştî her şêwirmendiyê notekê binivîsin
check-beratungsnotizen-hint = Binivîsin: Ev kengê bû? We bi kê re axivî? Gava din çi ye?
check-vollmacht = Wekaletnameyê (Vollmacht) tenê bidin kesê ku hûn jê bawer dikin
check-vollmacht-hint = Bi wekaletnameyê kesekî din dikare li şûna we tevbigere û nameyên we bistîne.
check-rechtsberatung = Zanibin ku hûn li ku dikarin ji parêzerekî alîkariyê bistînin
check-rechtsberatung-hint = Pereyê we kêm e? Li Amtsgericht (dadgeha herêmî) li Beratungshilfe (alîkariya şêwirmendiya hiqûqî) bipirsin. Wê demê bihayê şêwirmendiya parêzer kêm e.

## Tab 10: Weitere Dokumente

tab-documents-intro = Li vir hûn hemû belgeyên din ên girîng bi cih dikin: pasaport, belgeyên fermî (Urkunden), ehliyeta ajotinê. Rêkxistina baş li her randevûyê demê xilas dike.
tab-documents-tip-kopien = Ji her belgeyeke girîng kopiyek an wêneyek çêkin. Orjînalan li cihekî ewle biparêzin.
tab-documents-tip-bestaetigung = Hûn belgeyeke orjînal didin daîreyekê? Belgeyeke wergirtinê (Bestätigung) bixwazin.
tab-documents-tip-botschaft = Di dema pêvajoya penaberiyê de: bêyî şêwirmendiyê neçin balyozxaneya welatê xwe. Ev dikare zirarê bide pêvajoya penaberiya we.
tab-documents-tip-beglaubigt = Daîre pir caran wergereke pejirandî (beglaubigte Übersetzung) dixwazin. Ev wergerek e bi mohra wergêrekî sondxwarî.
tab-documents-tip-app = Ev sepan wêneyên we bi şîfrekirî li ser telefona we tomar dike. Belgeyên kaxezî dîsa jî biparêzin.

check-reisepass = Pasaport an nasnameyê (Ausweis) li cihekî ewle biparêzin
check-reisepass-hint = Daîreyek pasaporta we li cem xwe dihêle? Wê demê hûn belgeyeke wergirtinê (Bestätigung) distînin. Wê baş biparêzin.
check-geburtsurkunde = Belgeya xwe ya jidayikbûnê (Geburtsurkunde) biparêzin
check-geburtsurkunde-hint = Hûn hewceyî wê ne, bo nimûne ji bo zewacê an dema zaroka we çêdibe.
check-heiratsurkunde = Belgeya zewacê (Heiratsurkunde) biparêzin
check-heiratsurkunde-hint = Ew ji bo anîna malbatê (Familiennachzug) û ji bo alîkariyên malbatê girîng e.
check-fuehrerschein = Bidin ku ehliyeta we (Führerschein) were kontrolkirin
check-fuehrerschein-hint = Ehliyeteke ji welatekî derveyî Yekîtiya Ewropayê (EU) li Almanyayê pir caran tenê 6 mehan derbasdar e. Piştî wê divê hûn bidin ku ew were guhertin. { deadline-not-legal-advice }
check-kopien = Ji hemû belgeyên girîng wêne an kopiyan çêkin
check-kopien-hint = Bi vî awayî, heke orjînalek winda bibe jî, belge li cem we dimînin.
check-urkunden-uebersetzen = Bidin ku belgeyên fermî yên girîng (Urkunden) werin wergerandin
check-urkunden-uebersetzen-hint = Pêşî ji daîreyê bipirsin ka ew hewceyî wergereke pejirandî (beglaubigte Übersetzung) ye an na.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (daîreya biyaniyan)
contact-type-auslaenderbehoerde-desc = Belgeyên mayînê: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis û destûra xebatê.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF, Ofîsa Federal a Koçberî û Penaberan)
contact-type-bamf-desc = Li ser serlêdana penaberiyê biryarê dide. Kursên entegrasyonê (Integrationskurse) jî organîze dike.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (şêwirmendiya pêvajoya penaberiyê)
contact-type-asylverfahrensberatung-desc = Li ser pêvajoya penaberiyê, hevpeyvînê (Anhörung) û nameyên BAMF şêwirmendiyê dike.
contact-type-buergeramt = Bürgeramt (ofîsa welatiyan)
contact-type-buergeramt-desc = Qeydkirina navnîşanê (Anmeldung) û Meldebescheinigung (belgeya qeyda navnîşanê).
contact-type-sozialamt = Sozialamt (daîreya civakî)
contact-type-sozialamt-desc = Di dema pêvajoya penaberiyê de pere, cihê mayînê û belgeya dermankirinê (Behandlungsschein), li gorî Asylbewerberleistungsgesetz.
contact-type-jobcenter = Jobcenter (navenda kar û alîkariyê)
contact-type-jobcenter-desc = Bürgergeld (alîkariya bingehîn a diravî) û alîkarî di lêgerîna kar de, pir caran piştî pejirandina penaberiyê.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (ajansa kar)
contact-type-agentur-fuer-arbeit-desc = Şêwirmendiya pîşeyî, lêgerîna kar û perwerdeya pîşeyî.
contact-type-familienkasse = Familienkasse (sindoqa malbatê)
contact-type-familienkasse-desc = Pereyê zarokan (Kindergeld) dide.
contact-type-schuldnerberatung = Schuldnerberatung (şêwirmendiya deynan)
contact-type-schuldnerberatung-desc = Di deyn û nameyên bîrxistina dravdanê (Mahnungen) de alîkariyê dike, pir caran belaş.
contact-type-wohnungsamt = Wohnungsamt (daîreya xaniyan)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) û alîkarî di lêgerîna xaniyekî de.
contact-type-sprachkurstraeger = Saziya kursên almanî (Kursträger)
contact-type-sprachkurstraeger-desc = Kursên entegrasyonê û kursên din ên almanî, bo nimûne li Volkshochschule.
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE, şêwirmendiya koçberiyê ji bo mezinan)
contact-type-migrationsberatung-desc = Şêwirmendî ji bo kesên 27 salî û mezintir: ziman, kar, xanî, malbat.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD, xizmeta koçberiyê ya ciwanan)
contact-type-jugendmigrationsdienst-desc = Şêwirmendî ji bo ciwanên 12 heta 27 salî: dibistan, perwerdeya pîşeyî, ziman.
contact-type-kita-schulamt = Kita- und Schulamt (daîreya kreş û dibistanan)
contact-type-kita-schulamt-desc = Cih li kreşê (Kita) û qeydkirina li dibistanê.
contact-type-jugendamt = Jugendamt (daîreya zarok û ciwanan)
contact-type-jugendamt-desc = Alîkarî ji bo zarok, ciwan û dêûbavan.
contact-type-standesamt = Standesamt (daîreya nifûsê)
contact-type-standesamt-desc = Belgeyên jidayikbûnê û belgeyên zewacê li Almanyayê.
contact-type-anerkennungsberatung = Anerkennungsberatung (şêwirmendiya pejirandina dîplomayan)
contact-type-anerkennungsberatung-desc = Di pejirandina dîplomayên biyanî de alîkariyê dike.
contact-type-krankenkasse = Krankenkasse (sîgorteya tenduristiyê)
contact-type-krankenkasse-desc = Karta tenduristiyê (Gesundheitskarte) û lêçûnên bijîşk û nexweşxaneyê.
contact-type-hausarzt = Hausarztpraxis (muayenexaneya bijîşkê malbatê)
contact-type-hausarzt-desc = Cihê yekem dema nexweşiyê. Muayenexaneya xwe li vir binivîsin.
contact-type-gesundheitsamt = Gesundheitsamt (daîreya tenduristiyê)
contact-type-gesundheitsamt-desc = Aşî, şêwirmendî û muayene.
contact-type-rechtsanwalt = Parêzer (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Di dozekê (Klage) de alîkariyê dike, bo nimûne li dijî biryarnameyeke (Bescheid) BAMF.
contact-type-ehrenamt = Alîkariya dilxwazan (Ehrenamt)
contact-type-ehrenamt-desc = Dilxwaz di jiyana rojane de alîkariyê dikin, bo nimûne bi name û randevûyan.

## Labels of the fields of a contact

contact-field-organisation = Navend
contact-field-department = Beş
contact-field-address = Navnîşan
contact-field-phone = Telefon
contact-field-email = E-name
contact-field-web = Malper
contact-field-hours = Demên vekirinê
contact-field-languages = Ziman
contact-field-notes = Not
contact-by-appointment = Tenê bi randevû
contact-facts-as-of = Agahî ji sala { $year }
contact-facts-unknown = Ne diyar e ku ev agahî ji kengê ne.
