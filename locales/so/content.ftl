### Content of the ten tabs. Translated from locales/de/content.ftl (the source).
### German official terms stay in German with a short Somali explanation.

## Section headings of a tab page and of the printed folder

tab-section-tips = Xeerar iyo talooyin
tab-section-checklist = Liiska hubinta
tab-section-contacts = Xiriirrada

## Tab 1: Ankommen

tab-arrival-intro = Halkan waxaad ka helaysaa tallaabooyinkaaga ugu horreeya ee Jarmalka. Waxay ku saabsan tahay joogitaankaaga iyo habka magangelyadaada. Halkan dhig dhammaan waraaqaha ka yimid BAMF iyo xafiiska ajaanibta (Ausländerbehörde).
tab-arrival-tip-gestattung-dabei = Mar walba sido warqadda Aufenthaltsgestattung (oggolaanshaha joogitaanka inta lagu jiro habka magangelyada). Booliska iyo xafiisyadu way rabaan inay arkaan.
tab-arrival-tip-briefe-oeffnen = Warqad kasta isla markiiba fur. Waraaqo badan waxay leeyihiin muddo (Frist). Muddadu waa maalinta ugu dambeysa ee jawaabta.
tab-arrival-tip-gelber-umschlag = Waraaqaha BAMF badanaa waxay ku yimaadaan baqshad jaalle ah. Baqshadda waxaa ku qoran taariikh. Baqshadda hay: muddadu waxay ka bilaabataa taariikhdaas.
tab-arrival-tip-adresse = Ma guuraysaa? Cinwaanka cusub isla markiiba u sheeg BAMF iyo xafiiska ajaanibta (Ausländerbehörde). Haddii kale waraaqo muhiim ah kuuma imaan doonaan.
tab-arrival-tip-beratung-vor-anhoerung = Wareysiga (Anhörung) ka hor, u tag la-talinta habka magangelyada (Asylverfahrensberatung). La-talintu badanaa waa bilaash.
tab-arrival-tip-anhoerung-alles-sagen = Wareysiga dhexdiisa, sheeg wax kasta oo muhiim u ah qaxitaankaaga. Qaado caddeymo, tusaale ahaan sawirro ama waraaqo.
tab-arrival-tip-dolmetscher = Wareysiga waxaa joogi doona turjubaan. Isla markiiba sheeg haddii aadan si fiican u fahmin.
tab-arrival-tip-duldung = Duldung (hakinta masaafurinta) ma aha sharci deganaansho. Waxay kaliya ka dhigan tahay: masaafurintaada waa la hakiyey muddo (§ 60a AufenthG). Duldung-ka isla markiiba u qaado xarun talo bixin.
tab-arrival-tip-fiktionsbescheinigung = Haddii aad codsato kordhinta ka hor taariikhda dhicitaanka, sharcigaaga deganaanshuhu wuu shaqeynayaa ilaa xafiiska ajaanibta (Ausländerbehörde) go'aan ka gaaro. Tan waxaa caddeeya Fiktionsbescheinigung (§ 81 Abs. 4 iyo 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Warqaddaada waxaa ku qornaan kara Wohnsitzauflage (waajibka meesha deganaanshaha): markaas waa inaad meeshaas ku noolaataa (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (xaddidaad meeleed) waxay ka dhigan tahay: ogolaansho la'aan kama bixi kartid aag (§ 56 AsylG, § 61 AufenthG). Ka hor guuritaan ama safar weydii xafiiska ajaanibta (Ausländerbehörde).

check-ankunftsnachweis = Si fiican u hay Ankunftsnachweis (caddeynta imaanshaha)
check-ankunftsnachweis-hint = Kani waa warqaddaada ugu horreysa ee Jarmalka. Waxaad helaysaa diiwaangelinta kadib.
check-aufenthaltsgestattung = Hel Aufenthaltsgestattung (oggolaanshaha joogitaanka) codsiga magangelyada kadib
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung waxay muujinaysaa in aad Jarmalka joogi karto inta lagu jiro habka magangelyada. Mar walba sido.
check-gestattung-verlaengern = Kordhi Aufenthaltsgestattung (oggolaanshaha joogitaanka) — ka hor taariikhda dhicitaanka
check-gestattung-verlaengern-hint = Taariikhda dhicitaanku waxay ku qoran tahay warqadda. Waqti hore u tag xafiiska ajaanibta (Ausländerbehörde), ka hor taariikhdaas. { deadline-not-legal-advice }
check-anhoerung = U tag wareysiga (Anhörung) ee BAMF
check-anhoerung-hint = Wareysigu waa wada-hadal ku saabsan qaxitaankaaga. Ballanta waxay ku qoran tahay warqadda BAMF. Ballanta waqtigeeda ku tag oo qaado dhammaan waraaqahaaga.
check-adresse-mitteilen = Cinwaanka cusub isla markiiba u sheeg BAMF iyo xafiiska ajaanibta (Ausländerbehörde)
check-adresse-mitteilen-hint = BAMF waxay waraaqaha u dirtaa cinwaankii ugu dambeeyay ee ay taqaan. Muddadu way bilaabataa xitaa haddii aadan warqadda helin.
check-bamf-bescheid = Go'aanka (Bescheid) BAMF isla markiiba u gee la-talin
check-bamf-bescheid-hint = Bescheid waa warqad go'aan ku jiro. Qor taariikhda ku qoran baqshadda jaallaha ah. Haddii codsigaaga la diido, waxaad haysataa oo keliya 1 ama 2 toddobaad si aad dacwad u gudbiso. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Aqoonsiga kadib: ka codso Aufenthaltserlaubnis (sharciga deganaanshaha) xafiiska ajaanibta (Ausländerbehörde)
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (sharciga deganaanshaha) sidoo kale waxay leedahay taariikh dhicitaan. Codso kordhinta waqti hore, ka hor taariikhdaas. { deadline-not-legal-advice }
check-duldung = Kordhi Duldung ka hor taariikhda dhicitaanka
check-duldung-hint = Duldung waxay shaqeysaa kaliya ilaa taariikhda warqadda ku qoran. Waqti hore u tag xafiiska ajaanibta (Ausländerbehörde), ka hor taariikhdaas. Weydii xarun talo bixin haddii aad heli karto sharci deganaansho (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Hay Fiktionsbescheinigung oo kordhi ka hor taariikhda dhicitaanka
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung waxay muujinaysaa: codsigaagu wuu socdaa, waadna joogi kartaa ilaa go'aanka (§ 81 Abs. 5 AufenthG). Iyaduna waxay leedahay taariikh dhicitaan. Waqti hore u tag xafiiska ajaanibta (Ausländerbehörde), ka hor taariikhdaas. { deadline-not-legal-advice }
check-wohnsitzauflage = Eeg warqaddaada: Wohnsitzauflage mise räumliche Beschränkung?
check-wohnsitzauflage-hint = Warqaddaada ma ku qoran yihiin “Wohnsitzauflage” ama “räumlich beschränkt”? Markaas weydii xafiiska ajaanibta (Ausländerbehörde) ka hor intaadan guurin ama safrin (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Ogolaansho la'aan waxaa lagaa qaadi karaa ganaax ama ciqaab.

## Tab 2: Geld

tab-money-intro = Qaybtan waxay ku saabsan tahay lacagta aad ku noolaato. Inta lagu jiro habka magangelyada badanaa waxaa caawiya xafiiska gargaarka bulshada (Sozialamt), mar dambe badanaa Jobcenter (xafiiska shaqada iyo gargaarka). Halkan dhig go'aannada (Bescheide), waraaqaha bangiga iyo waraaqaha canshuurta.
tab-money-tip-bescheid = Bescheid waa warqad xafiis ka timid oo go'aan ku jiro. Bescheid kasta hay.
tab-money-tip-aenderungen-melden = Xafiiska isla markiiba u sheeg marka wax isbeddelaan: cinwaan cusub, shaqo cusub, ilmo, lacag badan. Haddii kale waxaa laga yaabaa inaad lacag dib u celiso.
tab-money-tip-bezahlkarte = Magaalooyinka qaarkood waxay bixiyaan kaarka lacag-bixinta (Bezahlkarte) halkii lacag caddaan ah. PIN-ka qarsoodi ka dhig.
tab-money-tip-basiskonto = Qof kasta oo Jarmalka jooga wuxuu xaq u leeyahay akoon bangi oo aasaasi ah (Basiskonto). Tani waxay sidoo kale khusaysaa dadka haysta Aufenthaltsgestattung (oggolaanshaha joogitaanka) ama Duldung (hakinta masaafurinta).
tab-money-tip-haustuer = Ha saxiixin heshiis albaabka gurigaaga ama taleefanka. Marka hore weydii xafiis la-talin.
tab-money-tip-schulden = Ma leedahay deyn ama ogeysiisyo lacag-bixin (Mahnungen)? Goor hore u tag la-talinta deymaha (Schuldnerberatung). Badanaa waa bilaash.

check-asylblg-leistungen = Ka codso gargaar xafiiska gargaarka bulshada (Sozialamt)
check-asylblg-leistungen-hint = Inta lagu jiro habka magangelyada badanaa xafiiska gargaarka bulshada ayaa bixiya. Sharciga arrintan waxaa la yiraahdaa Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = Aqoonsiga kadib: ka codso Bürgergeld (lacagta gargaarka aasaasiga ah) Jobcenter (xafiiska shaqada iyo gargaarka)
check-buergergeld-hint = Sharciga dhexdiisa Bürgergeld waxaa la yiraahdaa Grundsicherung für Arbeitsuchende (gargaarka aasaasiga ah ee dadka shaqo raadinaya). Codsiga isla markiiba gudbi: Jobcenter wuxuu lacagta bixiyaa oo keliya laga bilaabo bisha aad codsiga gudbiso.
check-widerspruch = Go'aan kasta (Bescheid) ha laguu hubiyo — cabasho rasmi ah (Widerspruch) 1 bil gudaheed
check-widerspruch-hint = Ma u malaynaysaa in go'aan khaldan yahay? Markaas waxaad gudbin kartaa cabasho rasmi ah (Widerspruch), badanaa oo keliya 1 bil gudaheed. Sida loo sameeyo waxay ku qoran tahay dhammaadka go'aanka (Bescheid). { deadline-not-legal-advice }
check-bankkonto = Fur akoon bangi
check-bankkonto-hint = Qaado baasaboorkaaga ama Aufenthaltsgestattung (oggolaanshaha joogitaanka). Bangigu waa inuu ku siiyaa akoon aasaasi ah (Basiskonto).
check-steuer-id = Hay lambarka aqoonsiga canshuurta (Steuer-Identifikationsnummer)
check-steuer-id-hint = Wuxuu kuugu yimaadaa boostada kadib diiwaangelinta cinwaanka (Anmeldung). Waxaad ugu baahan tahay shaqada iyo lacagta carruurta (Kindergeld).
check-rundfunkbeitrag = Codso in lagaa dhaafo khidmadda raadiyaha iyo telefishinka (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = Rundfunkbeitrag waa khidmad loogu talagalay raadiyaha iyo telefishinka. Qofka lacag ka hela xafiiska gargaarka bulshada (Sozialamt) ama Jobcenter wuu codsan karaa in laga dhaafo. Arrintan u dir koobi go'aanka (Bescheid).

## Tab 3: Wohnen

tab-housing-intro = Qaybtan waxay ku saabsan tahay gurigaaga. Waxaad ka helaysaa xeerarka ku noolaanshaha guriga iyo diiwaangelinta cinwaankaaga (Anmeldung). Halkan dhig heshiiska kirada iyo warqadda diiwaangelinta cinwaanka (Meldebescheinigung).
tab-housing-tip-hausordnung = Guri kasta wuxuu leeyahay xeerarka guriga (Hausordnung). Badanaa 22:00 ilaa 6:00 waa waqtiga aamusnaanta habeenkii. Waqtigaas qof walba waa inuu aamusaa.
tab-housing-tip-muell = Qashinka kala sooc: warqad, baakado, quraarado, qashinka cuntada (Bio-Müll) iyo qashinka kale. Midabada weelasha qashinku way ku kala duwan yihiin magaalo kasta.
tab-housing-tip-lueften = Maalintii dhowr jeer, dhowr daqiiqo daaqadaha si buuxda u fur. Sidaas caaryaan (Schimmel) kuma samaysmo.
tab-housing-tip-kaution = Deebaajiga (Kaution) waa lacag mulkiilaha guriga loo dhigo dammaanad ahaan. Waad dib u helaysaa markaad guriga ka guurto, haddii gurigu xaalad wanaagsan ku jiro.
tab-housing-tip-kuendigen = Ma rabtaa inaad guurto? Heshiiska si qoraal ah u jooji. Badanaa waa inaad 3 bilood ka hor ogeysiiso. Xafiis ma bixiyaa kiradaada? Markaas halkaas sidoo kale marka hore weydii.

check-wohnungsgeberbestaetigung = Ka hel mulkiilaha guriga Wohnungsgeberbestätigung (xaqiijinta mulkiilaha guriga)
check-wohnungsgeberbestaetigung-hint = Mulkiiluhu waa inuu ku siiyaa markaad guriga soo gasho. Waxaad ugu baahan tahay diiwaangelinta cinwaanka (Anmeldung).
check-anmeldung = Diiwaangelinta cinwaanka (Anmeldung) ee Bürgeramt (xafiiska adeegga dadweynaha) — 2 toddobaad gudahood kadib markaad guriga soo gasho
check-anmeldung-hint = Qaado Wohnungsgeberbestätigung (xaqiijinta mulkiilaha guriga) iyo baasaboorkaaga ama Aufenthaltsgestattung (oggolaanshaha joogitaanka). Markaas waxaad helaysaa warqadda diiwaangelinta (Meldebescheinigung). { deadline-not-legal-advice }
check-umzug-fragen = Ka hor intaadan guurin, weydii xafiiska gargaarka bulshada (Sozialamt) ama Jobcenter
check-umzug-fragen-hint = Xafiisku badanaa waa inuu marka hore oggolaadaa guriga cusub. Haddii kale waxaa laga yaabaa inuusan bixin kirada. Inta lagu jiro habka magangelyada, sidoo kale weydii xafiiska ajaanibta (Ausländerbehörde).
check-mietvertrag = Heshiiska kirada ha laguu hubiyo ka hor saxiixa
check-mietvertrag-hint = Qof ha kuu sharraxo heshiiska. Koobi ka hay.
check-wohnberechtigungsschein = Codso Wohnberechtigungsschein (WBS, warqadda xaqa guriga bulshada)
check-wohnberechtigungsschein-hint = Guri bulsho (Sozialwohnung) waxaad u baahan tahay WBS. Waxaad ka helaysaa xafiiska guryaha (Wohnungsamt), haddii dakhligaagu hooseeyo.
check-energie = Isdiiwaangeli korontada iyo gaaska
check-energie-hint = Maalinta aad guriga soo gasho, qor lambarada ku qoran mitirrada. Sidoo kale sawir ka qaad.
check-briefkasten = Magacaaga ku qor sanduuqa boostada iyo gambaleelka albaabka
check-briefkasten-hint = Haddii kale ma heli doontid waraaqo muhiim ah. Muddadu si kastaba way socotaa.

## Tab 4: Deutsch lernen

tab-german-intro = Af Jarmalku wuxuu kaa caawiyaa shaqada, dugsiga iyo nolol maalmeedka. Halkan waxaad ka helaysaa jidka koorsada luqadda. Halkan dhig waraaqaha koorsada iyo shahaadooyinka.
tab-german-tip-jeden-tag = Maalin kasta wax yar baro. Xitaa 15 daqiiqo way caawisaa.
tab-german-tip-integrationskurs = Koorsada is-dhexgalka (Integrationskurs) waxay leedahay laba qaybood: koorso luqadeed iyo koorso hanuunin. Koorsada hanuuninta waxaad wax badan ka baranaysaa nolosha Jarmalka.
tab-german-tip-kosten = Haddii aad haysato oggolaansho (Berechtigung), koorsada is-dhexgalku waxay ku kacdaa lacag yar ama waa bilaash.
tab-german-tip-kinderbetreuung = Ma leedahay carruur yaryar? Weydii koorso leh daryeel carruureed.
tab-german-tip-sprechen = Ku hadal af Jarmal meel kasta oo aad awoodo: marka aad wax iibsanayso, deriskaaga, naadiga ciyaaraha. Magaalooyin badan waxay kaloo leeyihiin kafeyaal luqadeed (Sprachcafé).

check-integrationskurs-berechtigung = Hel oggolaanshaha (Berechtigung) koorsada is-dhexgalka
check-integrationskurs-berechtigung-hint = Weydii xafiiska ajaanibta (Ausländerbehörde), Jobcenter ama BAMF.
check-kurs-anmelden = Iska diiwaangeli hay'ad bixisa koorsooyinka (Kursträger)
check-kurs-anmelden-hint = Hay'adaha koorsooyinka bixiya waxaa ka mid ah dugsiyada waxbarashada dadka waaweyn (Volkshochschule) iyo dugsiyada luqadda. La-talinta socdaalka (Migrationsberatung) ayaa kaa caawisa raadinta.
check-kurs-teilnahme = Si joogto ah u tag koorsada
check-kurs-teilnahme-hint = Ma jirran tahay? U sheeg hay'adda koorsada oo keen warqadda jirrada (Krankmeldung).
check-dtz = Gal imtixaanka “Deutsch-Test für Zuwanderer” (DTZ, imtixaanka af Jarmalka ee soo-galootiga)
check-dtz-hint = Dhammaadka koorsada luqadda waxaa jira imtixaan. Shahaadadu waa muhiim shaqada iyo joogitaanka.
check-lid-test = Gal imtixaanka “Leben in Deutschland” (Nolosha Jarmalka)
check-lid-test-hint = Imtixaanku wuxuu ku jiraa dhammaadka koorsada hanuuninta.
check-berufssprachkurs = Kadib gal koorso luqadeed oo shaqo (Berufssprachkurs)
check-berufssprachkurs-hint = Koorsada luqadda shaqada waxaad ku baranaysaa af Jarmal loogu talagalay shaqada. Weydii Jobcenter ama wakaaladda shaqada (Agentur für Arbeit).

## Tab 5: Kinder und Familie

tab-family-intro = Qaybtan waxay ku saabsan tahay carruurtaada iyo qoyskaaga: xanaanada carruurta (Kita), dugsiga, lacagta carruurta (Kindergeld) iyo caafimaadka. Halkan dhig shahaadooyinka dhalashada iyo diiwaangelinta Kita iyo dugsiga.
tab-family-tip-schulpflicht = Jarmalka carruurta oo dhan waa inay dugsi tagaan. Dugsigu waa bilaash.
tab-family-tip-kita = Xanaanada (Kita) carruurtu si dhakhso ah ayay af Jarmal u bartaan. Ilmahaaga goor hore diiwaangeli: badanaa waxaa jira liis sugitaan.
tab-family-tip-elterngespraech = U tag kulamada xanaanada (Kita) iyo dugsiga. Weydii turjubaan haddii aad u baahato.
tab-family-tip-gewalt = Rabshadda ka dhanka ah carruurta waa mamnuuc Jarmalka, xitaa qoyska dhexdiisa. Caawimaad waxaa laga helaa xafiiska daryeelka carruurta iyo dhallinyarada (Jugendamt) iyo xafiisyada la-talinta.
tab-family-tip-geburt = Ilmahaagu ma ku dhashay Jarmalka? Dhalashada ka diiwaangeli xafiiska diiwaangelinta dhalashada iyo guurka (Standesamt). Weydii xafiis la-talin waxa ay tahay inaad ilmaha u samayso xafiiska ajaanibta (Ausländerbehörde) iyo BAMF.

check-geburtsurkunden-kinder = Diyaar u hay shahaadooyinka dhalashada ee carruurta
check-geburtsurkunden-kinder-hint = Ilmahaagu ma ku dhashay Jarmalka? Markaas shahaadada dhalashada waxaad ka helaysaa xafiiska diiwaangelinta (Standesamt).
check-kita = Raadi boos xanaanada carruurta (Kita) oo ilmaha diiwaangeli
check-kita-hint = Carruurta 1 sano jirka ah iyo kuwa ka weyn waxay xaq u leeyihiin boos xanaanada (Kita). Ilmahaaga goor hore diiwaangeli.
check-schule = Carruurta ka diiwaangeli dugsiga
check-schule-hint = Jarmalka carruurtu waa inay dugsi tagaan. Xafiiska waxbarashada (Schulamt) ayaa kuu sheegaya dugsiga ilmahaaga loo qoondeeyay.
check-masern = Caddee tallaalka jadeecada
check-masern-hint = Xanaanada (Kita) iyo dugsiga, carruurtu waxay u baahan yihiin caddeyn tallaalka jadeecada. Waxay ku qoran tahay buugga tallaalka (Impfpass).
check-u-untersuchungen = Ilmaha u gee baaritaannada caafimaadka ee joogtada ah dhakhtarka carruurta
check-u-untersuchungen-hint = Baaritaannadan waxaa la yiraahdaa U1 ilaa U9. Taariikhaha ballamahooda waxay ku qoran yihiin buugga jaallaha ah.
check-kindergeld = Ka codso lacagta carruurta (Kindergeld) xafiiska lacagta qoyska (Familienkasse)
check-kindergeld-hint = Tani badanaa waxay suurtagal tahay oo keliya marka aad haysato Aufenthaltserlaubnis (sharciga deganaanshaha). Weydii xafiis la-talin.
check-bildung-teilhabe = Codso lacag loogu talagalay agabka dugsiga iyo dalxiisyada (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Tan waxaa la siiyaa carruurta haddii qoysku lacag ka helo xafiiska gargaarka bulshada (Sozialamt) ama Jobcenter.

## Tab 6: Arbeit

tab-work-intro = Shaqadu waxay kaa caawisaa inaad Jarmalka la qabsato. Halkan waxaa ku qoran waxa aad u baahan tahay inaad ogaato ka hor intaadan shaqo bilaabin. Halkan dhig oggolaanshaha shaqada, heshiisyada iyo warqadaha mushaharka.
tab-work-tip-ohne-erlaubnis = Shaqo oggolaansho la'aan ah waa mamnuuc. Waxay waxyeello u geysan kartaa joogitaankaaga.
tab-work-tip-mindestlohn = Jarmalka waxaa jira mushahar ugu yar (Mindestlohn). Shaqooyinka badankooda mushaharka saacaddii kama hoos marin karo.
tab-work-tip-schriftlich = Waxaad xaq u leedahay inaad warqad ku hesho xeerarka muhiimka ah ee shaqadaada: mushaharka, saacadaha shaqada iyo fasaxa.
tab-work-tip-krank = Ma jirran tahay? Isla markiiba u sheeg loo-shaqeeyahaaga maalinta ugu horreysa, ka hor bilowga shaqada.
tab-work-tip-probezeit = Bilowga badanaa waxaa jira muddo tijaabo ah (Probezeit). Muddadaas shaqo ka joojintu way fududahay.

check-arbeitserlaubnis = Hubi: Ma shaqayn karaa?
check-arbeitserlaubnis-hint = Tan waxay ku qoran tahay warqaddaada joogitaanka. Haddii aad haysato Aufenthaltsgestattung (oggolaanshaha joogitaanka) ama Duldung (hakinta masaafurinta), shaqo kasta waxaad ugu baahan tahay oggolaansho xafiiska ajaanibta (Ausländerbehörde).
check-arbeitsuchend = Isu diiwaangeli shaqo-doon ahaan wakaaladda shaqada (Agentur für Arbeit) ama Jobcenter
check-arbeitsuchend-hint = Halkaas waxaad ka helaysaa caawimaad raadinta shaqada.
check-lebenslauf = Qor CV (Lebenslauf) af Jarmal ah
check-lebenslauf-hint = Xafiis la-talin ama Jobcenter ayaa kaa caawinaya.
check-arbeitsvertrag = Heshiiska shaqada ha laguu akhriyo ka hor saxiixa
check-arbeitsvertrag-hint = Saxiix oo keliya waxa aad fahanto. Heshiiska si fiican u hay.
check-sozialversicherungsausweis = Hay kaarka caymiska bulshada (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = Lambarka ku qoran waxaad u baahan tahay shaqo kasta. Wuxuu kuugu yimaadaa boostada, waxaana soo dira caymiska hawlgabka (Rentenversicherung).
check-lohnabrechnung = Bil kasta hay warqadaha mushaharka
check-lohnabrechnung-hint = Warqadda mushaharka (Lohnabrechnung) waxay muujinaysaa mushaharkaaga iyo waxa laga jaray.
check-einkommen-melden = Shaqada iyo mushaharka isla markiiba u sheeg Jobcenter ama xafiiska gargaarka bulshada (Sozialamt)
check-einkommen-melden-hint = Haddii kale waxaa laga yaabaa inaad lacag dib u celiso.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = Qaybtan waxay ku saabsan tahay dugsiga, tababarka xirfadeed iyo jaamacadda. Shahaadada waxbarasho ee dalkaagii hore waxay Jarmalka ku yeelan kartaa qiimo badan. Halkan dhig shahaadooyinka, tarjumaadaha iyo waraaqaha aqoonsiga.
tab-training-tip-ausbildung = Tababarka xirfadeed (Ausbildung) badanaa wuxuu qaataa 2 ilaa 3 sano iyo badh. Waxaad wax ku baranaysaa shirkadda iyo dugsiga xirfadda (Berufsschule). Inta uu socdo waxaad helaysaa lacag.
tab-training-tip-anerkennung = Shahaado la aqoonsaday waxay kuu fududaynaysaa inaad hesho shaqo wanaagsan.
tab-training-tip-originale = Asalka shahaadooyinkaaga cidna ha siin. Sii koobiyo ama koobiyo la xaqiijiyay.
tab-training-tip-deutsch-niveau = Tababarka xirfadeed badanaa waxaad u baahan tahay af Jarmal heerka B1 ama B2, jaamacadda badanaa C1.
tab-training-tip-foerderung = Inta lagu jiro tababarka, mararka qaarkood dowladdu lacag ayay bixisaa, tusaale ahaan Berufsausbildungsbeihilfe (BAB) ama BAföG. Weydii wakaaladda shaqada (Agentur für Arbeit).

check-zeugnisse = Ururi shahaadooyinka dugsiga iyo shahaadooyinka xirfadda
check-zeugnisse-hint = Asalka meel ammaan ah ku hay. Haddii kale tus koobiyo.
check-zeugnisse-uebersetzen = Shahaadooyinka ha laguu tarjumo
check-zeugnisse-uebersetzen-hint = Xafiisyadu badanaa waxay rabaan tarjumaad la xaqiijiyay (beglaubigte Übersetzung). Tan waxaa sameeya turjubaan dhaariyay.
check-anerkennung = Codso in shahaadadaada dibadda laga keenay la aqoonsado
check-anerkennung-hint = La-talinta aqoonsiga (Anerkennungsberatung) ayaa bilaash kaa caawisa, tusaale ahaan IQ Netzwerk.
check-berufsberatung = Ballan ka qabso la-talinta xirfadda wakaaladda shaqada (Agentur für Arbeit)
check-berufsberatung-hint = Halkaas waxaad ka ogaanaysaa tababarka iyo xirfadda kugu habboon.
check-ausbildungsvertrag = Si fiican u hay heshiiska tababarka (Ausbildungsvertrag)
check-ausbildungsvertrag-hint = Ma haysataa Duldung (hakinta masaafurinta)? Markaas tababar xirfadeed ayaa kaa caawin kara inaad Jarmalka ku sii joogto (Ausbildungsduldung). Weydii xafiis la-talin.
check-studium = Waxbarasho jaamacadeed: weydii jaamacadda
check-studium-hint = Weydii waraaqaha iyo heerka af Jarmalka ee aad u baahan tahay.

## Tab 8: Gesundheit

tab-health-intro = Qaybtan waxay ku saabsan tahay caafimaadkaaga. Halkan waxaad ka akhrinaysaa sida aad dhakhtar ugu tagayso iyo cidda bixisa. Halkan dhig buugga tallaalka, waraaqaha dhakhtarka iyo koobi kaarka caafimaadka.
tab-health-tip-notruf = Xaalad degdeg ah, wac 112: gargaarka degdegga (ambalaas) iyo dab-demiska. Booliska lambarkoodu waa 110. Wicitaannadu waa bilaash.
tab-health-tip-bereitschaftsdienst = Fiidkii iyo dhammaadka toddobaadka waxaa caawiya adeegga dhakhaatiirta ee wakhtiyada aan caadiga ahayn (ärztlicher Bereitschaftsdienst). Lambarka taleefanku waa 116 117.
tab-health-tip-hausarzt-zuerst = Marka hore u tag rugta dhakhtarka qoyska (Hausarztpraxis). Dhakhtarku wuxuu kuu dirayaa dhakhtar takhasus leh haddii loo baahdo.
tab-health-tip-termin = Marka hore ballan qabso. Ballanta jooji haddii aadan iman karin.
tab-health-tip-schweigepflicht = Dhakhaatiirtu cidna uma sheegi karaan wax adiga kugu saabsan. Tan waxaa la yiraahdaa Schweigepflicht (waajibka sir-haynta). Si furan ayaad u hadli kartaa.
tab-health-tip-seele = Nafsaddu sidoo kale way jirran kartaa, tusaale ahaan dagaal iyo qaxid kadib. Arrintan sidoo kale caawimaad baa loo helaa. Weydii rugta dhakhtarkaaga qoyska ama xafiis la-talin.

check-gesundheitskarte = Hayso kaarka caafimaadka (Gesundheitskarte) ama warqadda daawaynta (Behandlungsschein)
check-gesundheitskarte-hint = Inta lagu jiro habka magangelyada badanaa waxaad warqadda daawaynta ka helaysaa xafiiska gargaarka bulshada (Sozialamt). Magaalooyinka qaarkood isla markiiba waxay bixiyaan kaarka caafimaadka.
check-behandlungsschein = Qaado warqadda daawaynta (Behandlungsschein) ka hor intaadan dhakhtar u tagin
check-behandlungsschein-hint = Warqadda daawayntu waxay shaqaysaa oo keliya muddo go'an. Xaalad degdeg ah, isla markiiba u tag dhakhtar ama isbitaal.
check-krankenkasse = Dooro shirkadda caymiska caafimaadka (Krankenkasse) haddii aad shaqayso ama aad hesho Bürgergeld (lacagta gargaarka aasaasiga ah)
check-krankenkasse-hint = Shirkadda caymiska caafimaadka adiga ayaa dooran kara. Markaas waxaad helaysaa kaarka caafimaadka (Gesundheitskarte).
check-impfpass = Hay buugga tallaalka (Impfpass) oo ha laguu hubiyo tallaalladaada
check-impfpass-hint = Buugga tallaalka u qaado booqasho kasta oo dhakhtar. Tallaal ma kaa maqan yahay? Dhakhtarkaaga ayaa kula talin doona.
check-hausarzt = Hel rugta dhakhtarka qoyska (Hausarztpraxis)
check-hausarzt-hint = Markaad jirrato marka hore halkaas tag. Rugta ku qor xiriirrada.
check-arztbriefe = Ururi waraaqaha dhakhtarka iyo natiijooyinka baaritaannada
check-arztbriefe-hint = Markaas baaritaan laba jeer lama sameeyo. Tani sidoo kale way caawisaa haddii aad beddesho rugta dhakhtarka.
check-krankmeldung = Markaad jirran tahay, gudbi warqadda jirrada (Krankmeldung)
check-krankmeldung-hint = Warqadda jirrada u gee shaqada, koorsada luqadda ama Jobcenter. Weydii ilaa goorma ay tahay inaad keento.

## Tab 9: Beratung und Hilfe

tab-advice-intro = Wax walba kaligaa uma baahnid inaad qabato. Halkan waxaad ka helaysaa meelo ku caawiya, badanaa bilaash. Halkan dhig qoraallada la-talinta.
tab-advice-tip-kostenlos = Xafiisyada la-talinta badankoodu waa bilaash. Way ku caawiyaan xitaa haddii aad af Jarmal yar ku hadasho.
tab-advice-tip-nachfragen = Wax ma fahmin? Mar kale weydii. Codso erayo fudud ama turjubaan.
tab-advice-tip-unterschrift = Saxiix oo keliya waxa aad fahanto.
tab-advice-tip-jmd-mbe = Haddii aad ka yar tahay 27 sano, waxaa ku caawiya Jugendmigrationsdienst (JMD, adeegga socdaalka dhallinyarada). Laga bilaabo 27 sano, waxaa ku caawiya Migrationsberatung für Erwachsene (MBE, la-talinta socdaalka dadka waaweyn).
tab-advice-tip-hilfetelefon = Khadka caawimaadda “Gewalt gegen Frauen” (rabshadda ka dhanka ah haweenka) lambarkiisu waa 116 016. Waa bilaash, habeen iyo maalin, luqado badan.
tab-advice-tip-schon-gesehen = U sheeg la-taliyaha xafiisyada iyo meelaha aad horey u tagtay. Sidaas qofna kuuma celin doono meelo aad horey u martay.

check-ordner-mitnehmen = Faylkan u qaado ballan kasta
check-ordner-mitnehmen-hint = Sidaas qof walba wuxuu arkayaa waraaqaha aad haysato iyo waxa weli maqan.
check-beratung-finden = Hel xafiis la-talin oo kuu dhow
check-beratung-finden-hint = Xiriirrada qaybtan ayaa kaa caawinaya. La-talintu badanaa waa bilaash.
check-beratungsnotizen = La-talin kasta kadib qoraal samee
check-beratungsnotizen-hint = Qor: Goorma ayay ahayd? Yaad la hadashay? Waa maxay tallaabada xigta?
check-vollmacht = Wakaalad (Vollmacht) sii oo keliya qof aad aaminto
check-vollmacht-hint = Wakaaladdu waxay u oggolaanaysaa qof kale inuu adiga kuu matalo oo helo waraaqahaaga.
check-rechtsberatung = Ogow meesha aad ka heli karto caawimaad qareen
check-rechtsberatung-hint = Lacag yar ma haysataa? Maxkamadda degmada (Amtsgericht) ka weydii Beratungshilfe (gargaarka la-talinta sharciga). Markaas la-talinta qareenku waxay ku kacaysaa lacag yar.

## Tab 10: Weitere Dokumente

tab-documents-intro = Halkan dhig dhammaan waraaqaha kale ee muhiimka ah: baasaboor, shahaadooyin, liisanka darawalnimada. Nidaam wanaagsan wuxuu kuu badbaadiyaa waqti ballan kasta.
tab-documents-tip-kopien = Warqad kasta oo muhiim ah ka samee koobi ama sawir. Asalka meel ammaan ah ku hay.
tab-documents-tip-bestaetigung = Ma siinaysaa xafiis warqad asal ah? Codso warqad xaqiijin ah.
tab-documents-tip-botschaft = Inta lagu jiro habka magangelyada: ha u tagin safaaradda dalkaagii hore la-talin la'aan. Waxay waxyeello u geysan kartaa habka magangelyadaada.
tab-documents-tip-beglaubigt = Xafiisyadu badanaa waxay rabaan tarjumaad la xaqiijiyay (beglaubigte Übersetzung). Taasi waa tarjumaad uu shaabad ku dhuftay turjubaan dhaariyay.
tab-documents-tip-app = Barnaamijkan wuxuu sawirradaada si qarsoodi ah (sir-xiran) ugu kaydiyaa taleefankaaga. Waraaqaha si kastaba hay.

check-reisepass = Si ammaan ah u hay baasaboorka ama kaarka aqoonsiga
check-reisepass-hint = Xafiis ma hayaa baasaboorkaaga? Markaas waxaad helaysaa warqad xaqiijin ah. Si fiican u hay.
check-geburtsurkunde = Hay shahaadadaada dhalashada
check-geburtsurkunde-hint = Waxaad u baahan tahay, tusaale ahaan, guur ama marka ilmahaagu dhasho.
check-heiratsurkunde = Hay shahaadada guurka
check-heiratsurkunde-hint = Waa muhiim isku-keenidda qoyska (Familiennachzug) iyo gargaarka qoyska.
check-fuehrerschein = Liisanka darawalnimada ha laguu hubiyo
check-fuehrerschein-hint = Liisanka darawalnimada ee dal ka baxsan Midowga Yurub (EU) badanaa Jarmalka wuxuu ka shaqeeyaa oo keliya 6 bilood. Kadib waa inaad beddelato. { deadline-not-legal-advice }
check-kopien = Ka samee sawirro ama koobiyo dhammaan waraaqaha muhiimka ah
check-kopien-hint = Sidaas waxaad haysanaysaa waraaqaha xitaa haddii asal lumo.
check-urkunden-uebersetzen = Shahaadooyinka muhiimka ah ha laguu tarjumo
check-urkunden-uebersetzen-hint = Marka hore xafiiska weydii inuu u baahan yahay tarjumaad la xaqiijiyay.

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (xafiiska ajaanibta)
contact-type-auslaenderbehoerde-desc = Waraaqaha joogitaanka: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis iyo oggolaanshaha shaqada.
contact-type-bamf = Xafiiska Federaalka ee Socdaalka iyo Qaxootiga (BAMF)
contact-type-bamf-desc = Wuxuu go'aan ka gaaraa codsiga magangelyada. Sidoo kale wuxuu abaabulaa koorsooyinka is-dhexgalka.
contact-type-asylverfahrensberatung = La-talinta habka magangelyada (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = Wuxuu kaa taliyaa habka magangelyada, wareysiga iyo waraaqaha BAMF.
contact-type-buergeramt = Bürgeramt (xafiiska adeegga dadweynaha)
contact-type-buergeramt-desc = Diiwaangelinta cinwaanka iyo warqadda diiwaangelinta (Meldebescheinigung).
contact-type-sozialamt = Sozialamt (xafiiska gargaarka bulshada)
contact-type-sozialamt-desc = Lacag, hoy iyo warqadda daawaynta inta lagu jiro habka magangelyada (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (xafiiska shaqada iyo gargaarka)
contact-type-jobcenter-desc = Bürgergeld iyo caawimaad raadinta shaqada, badanaa aqoonsiga kadib.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (wakaaladda shaqada)
contact-type-agentur-fuer-arbeit-desc = La-talinta xirfadda, raadinta shaqo iyo tababar.
contact-type-familienkasse = Familienkasse (xafiiska lacagta qoyska)
contact-type-familienkasse-desc = Wuxuu bixiyaa lacagta carruurta (Kindergeld).
contact-type-schuldnerberatung = La-talinta deymaha (Schuldnerberatung)
contact-type-schuldnerberatung-desc = Wuxuu ka caawiyaa deymaha iyo ogeysiisyada lacag-bixinta, badanaa bilaash.
contact-type-wohnungsamt = Wohnungsamt (xafiiska guryaha)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) iyo caawimaad raadinta guri.
contact-type-sprachkurstraeger = Hay'adda koorsooyinka af Jarmalka (Kursträger)
contact-type-sprachkurstraeger-desc = Koorsooyinka is-dhexgalka iyo koorsooyin kale oo af Jarmal ah, tusaale ahaan Volkshochschule (dugsiga dadka waaweyn).
contact-type-migrationsberatung = La-talinta socdaalka dadka waaweyn (MBE)
contact-type-migrationsberatung-desc = La-talin dadka 27 sano iyo ka weyn: luqad, shaqo, guri, qoys.
contact-type-jugendmigrationsdienst = Adeegga socdaalka dhallinyarada (JMD)
contact-type-jugendmigrationsdienst-desc = La-talin dhallinyarada 12 ilaa 27 sano: dugsi, tababar xirfadeed, luqad.
contact-type-kita-schulamt = Xafiiska xanaanada iyo dugsiyada (Kita- und Schulamt)
contact-type-kita-schulamt-desc = Boosaska xanaanada (Kita) iyo diiwaangelinta dugsiga.
contact-type-jugendamt = Jugendamt (xafiiska daryeelka carruurta iyo dhallinyarada)
contact-type-jugendamt-desc = Caawimaad carruurta, dhallinyarada iyo waalidiinta.
contact-type-standesamt = Standesamt (xafiiska diiwaangelinta dhalashada iyo guurka)
contact-type-standesamt-desc = Shahaadooyinka dhalashada iyo shahaadooyinka guurka ee Jarmalka.
contact-type-anerkennungsberatung = La-talinta aqoonsiga shahaadooyinka (Anerkennungsberatung)
contact-type-anerkennungsberatung-desc = Wuxuu ka caawiyaa aqoonsiga shahaadooyinka dibadda laga keenay.
contact-type-krankenkasse = Shirkadda caymiska caafimaadka (Krankenkasse)
contact-type-krankenkasse-desc = Kaarka caafimaadka iyo kharashka dhakhtarka iyo isbitaalka.
contact-type-hausarzt = Rugta dhakhtarka qoyska (Hausarztpraxis)
contact-type-hausarzt-desc = Meesha ugu horreysa marka aad jirran tahay. Halkan ku qor rugtaada dhakhtarka.
contact-type-gesundheitsamt = Gesundheitsamt (xafiiska caafimaadka dadweynaha)
contact-type-gesundheitsamt-desc = Tallaallo, la-talin iyo baaritaanno.
contact-type-rechtsanwalt = Qareen (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Wuxuu kaa caawiyaa dacwad, tusaale ahaan ka dhanka ah go'aan (Bescheid) ka yimid BAMF.
contact-type-ehrenamt = Caawimaadda mutadawiciinta (Ehrenamt)
contact-type-ehrenamt-desc = Mutadawiciin ayaa kaa caawiya nolol maalmeedka, tusaale ahaan waraaqaha iyo ballamaha.

## Labels of the fields of a contact

contact-field-organisation = Hay'ad
contact-field-department = Waax
contact-field-address = Cinwaan
contact-field-phone = Taleefan
contact-field-email = Iimayl
contact-field-web = Bogga internetka
contact-field-hours = Saacadaha furitaanka
contact-field-languages = Luqadaha
contact-field-notes = Qoraallo
contact-by-appointment = Kaliya ballan hore loo qabsaday
contact-facts-as-of = Macluumaadka sannadka { $year }
contact-facts-unknown = Lama yaqaan goorta macluumaadkani ka yihiin.
