### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } at the end of every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (ወረቐት ምብጻሕ)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (ኣብ እዋን መስርሕ ዑቕባ ፍቓድ ምጽናሕ)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (ፍቓድ መንበሪ)
doctype-duldung = Duldung (ንግዚኡ ዝተኣገደ ምምላስ)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (ግዝያዊ ወረቐት መንበሪ)
doctype-bamf-einladung = ካብ BAMF ቆጸራ ዘለዎ ደብዳቤ (ንኣብነት ቃለ-መሕትት)
doctype-bamf-anhoerung = ጽሑፍ ናይ ቃለ-መሕትት ኣብ BAMF
doctype-bamf-bescheid = ውሳኔ (Bescheid) ካብ BAMF

## Geld

doctype-sozialamt-bescheid = ውሳኔ ካብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt, AsylbLG)
doctype-bezahlkarte = ካርድ ክፍሊት (Bezahlkarte)
doctype-jobcenter-bescheid = ውሳኔ ካብ Jobcenter (Bürgergeld)
doctype-kontovertrag = ወረቓቕቲ ካብ ባንኪ
doctype-steuer-id = መለለዪ ቁጽሪ ግብሪ (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = ካብ ክፍሊት ሬድዮን ቴለቪዥንን (Rundfunkbeitrag) ነጻ ምዃን

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (ወረቐት ምዝገባ ኣድራሻ)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (መረጋገጺ ወናኒ ገዛ)
doctype-mietvertrag = ውዕል ክራይ (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS፡ ወረቐት መሰል ማሕበራዊ ገዛ)
doctype-energievertrag = ውዕል ኤሌክትሪክ ወይ ጋዝ

## Deutsch lernen

doctype-integrationskurs-berechtigung = ፍቓድ ንኮርስ ምውህሃድ (Berechtigung)
doctype-kurs-anmeldung = ምዝገባ ኮርስ ቋንቋ
doctype-teilnahmebestaetigung = ካብ ኮርስ መረጋገጺ ተሳትፎ
doctype-sprachzertifikat = ምስክር ወረቐት ቋንቋ (ንኣብነት DTZ)
doctype-leben-in-deutschland = ምስክር ወረቐት «Leben in Deutschland» (ህይወት ኣብ ጀርመን)

## Kinder und Familie

doctype-kita-anmeldung = ምዝገባ ወይ ቫውቸር (Gutschein) ንመውዓሊ ህጻናት (Kita)
doctype-schulanmeldung = ምዝገባ ቤት ትምህርቲ
doctype-kindergeld-bescheid = ውሳኔ ካብ ቤት ጽሕፈት ገንዘብ ሓገዝ ስድራ (Familienkasse, Kindergeld)
doctype-kinderuntersuchungsheft = ብጫ መጽሓፍ ምርመራ ቆልዑ (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = ፍቓድ ስራሕ (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = ውዕል ስራሕ (Arbeitsvertrag)
doctype-lohnabrechnung = ወረቐት ደሞዝ (Lohnabrechnung)
doctype-sozialversicherungsausweis = ወረቐት ማሕበራዊ ውሕስና (Sozialversicherungsausweis)
doctype-lebenslauf = ታሪኽ ህይወትን መመልከቲ ስራሕን

## Berufsausbildung und Studium

doctype-schulzeugnis = ምስክር ወረቐት ቤት ትምህርቲ
doctype-berufszeugnis = ምስክር ወረቐት ሞያ ወይ ዩኒቨርሲቲ
doctype-anerkennungsbescheid = ውሳኔ ብዛዕባ ኣፍልጦ ትምህርታዊ ብቕዓት
doctype-ausbildungsvertrag = ውዕል ሞያዊ ስልጠና (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = ካርድ ጥዕና (Gesundheitskarte)
doctype-behandlungsschein = ወረቐት ሕክምና (Behandlungsschein)
doctype-impfpass = መዝገብ ክታበት (Impfpass)
doctype-arztbrief = ደብዳቤ ሓኪም ወይ ውጽኢት ምርመራ
doctype-krankmeldung = ወረቐት ሕማም (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = ማስታወሻ ካብ ምኽሪ
doctype-vollmacht = ውክልና (Vollmacht)
doctype-anwaltsschreiben = ደብዳቤ ካብ ጠበቓ ወይ ካብ ቤት ፍርዲ

## Weitere Dokumente

doctype-reisepass = ፓስፖርት
doctype-id-karte = ካርድ መንነት ካብ ዓዲ መበቆል
doctype-geburtsurkunde = ምስክር ወረቐት ልደት
doctype-heiratsurkunde = ምስክር ወረቐት መርዓ
doctype-fuehrerschein = መንጃ ፍቓድ
doctype-beglaubigte-uebersetzung = ዝተረጋገጸ ትርጉም
doctype-sonstiges = ካልእ ወረቐት

## Deadline rules

deadline-not-legal-advice = እዚ ናይ ግዜ ገደብ ሓገዝ ጥራይ እዩ፡ ሕጋዊ ምኽሪ ኣይኮነን። ብቕጽበት ንቤት ጽሕፈት ምኽሪ ወይ ንጠበቓ ሕተቱ።
deadline-renew-before-expiry = እዚ ወረቐት ክሳብ ዕለት ምውዳእ ጥራይ እዩ ዝሰርሕ። እቲ ዕለት ኣብቲ ወረቐት ተጻሒፉ ኣሎ። ቅድሚኡ ብግዜ ሓድሽ ወረቐት ወይ ምንዋሕ ሕተቱ። { deadline-not-legal-advice }
deadline-asylum-decision = BAMF ሕቶ ዑቕባኹም እንተነጺጉ፡ ኣብ ምምሕዳራዊ ቤት ፍርዲ (Verwaltungsgericht) ክሲ (Klage) ንምቕራብ ሓጺር ግዜ ጥራይ ኣለኩም። ክሲ ማለት፡ ቤት ፍርዲ ነቲ ውሳኔ ይምርምሮ። እቲ ናይ ግዜ ገደብ ካብታ እቲ ደብዳቤ ብወግዒ ዝበጽሓኩም መዓልቲ ይጅምር። እዚ ዕለት ኣብቲ ብጫ ሸፋኒ ደብዳቤ ተጻሒፉ ኣሎ። { deadline-not-legal-advice }
deadline-asylum-unfounded = ከም «unbegründet» (ብዘይ መሰረት) ተነጺጉ፡ ክሲ ኣብ ውሽጢ 2 ሰሙን ድሕሪ ብወግዒ ምብጻሕ ደብዳቤ። { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = ከም «offensichtlich unbegründet» (ብግልጺ ብዘይ መሰረት) ተነጺጉ፡ ክሲን ህጹጽ ሕቶን (Eilantrag) ኣብ ውሽጢ 1 ሰሙን ድሕሪ ብወግዒ ምብጻሕ ደብዳቤ። ህጹጽ ሕቶ ማለት ናብ ቤት ፍርዲ ዝቐርብ ህጹጽ ልማኖ እዩ። { deadline-not-legal-advice }
deadline-asylum-inadmissible = ከም «unzulässig» (ተቐባልነት ዘይብሉ) ተነጺጉ፡ ክሲን ህጹጽ ሕቶን (Eilantrag) ኣብ ውሽጢ 1 ሰሙን ድሕሪ ብወግዒ ምብጻሕ ደብዳቤ። ህጹጽ ሕቶ ማለት ናብ ቤት ፍርዲ ዝቐርብ ህጹጽ ልማኖ እዩ። { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = ከም ስደተኛ ወይ ናይ ዑቕባ መሰል ከም ዘለኩም ተፈሊጥኩም ኣለኹም፡ በዓል ቤትኩም ወይ ትሕቲ 18 ዓመት ዝዕድሜኦም ደቕኹም ኣብ ወጻኢ እንተ ነበሩ፡ ኣብ ውሽጢ 3 ወርሒ ሕቶ ምጽንባር ስድራ (Familiennachzug) ኣቕርቡ። ሽዑ እኹል ገንዘብን መንበሪ ገዛን ከም ዘለኩም ከተረጋግጹ ኣየድልየኩምን። ሕቶ ባዕልኹም ኣብ ጀርመን እውን ከተቕርቡ ትኽእሉ ኢኹም፡ ንኣብነት ኣብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde)። እዘን 3 ወርሒ ውሳኔ (Bescheid) ካብ ዝጸንዓሉ መዓልቲ ይጅምራ፤ እቲ ኣፕ ግን ካብ መዓልቲ ብወግዒ ምብጻሕ (Zustellung) ይቖጽር፡ እቲ ናይ ግዜ ገደብ ፈጺሙ ደንጉዩ ከይርአ። ክፋል ሕቶኹም እንተ ተነጺጉ፡ ኣብ ውሽጢ 2 ሰሙን ክሲ (Klage) ከድሊ ይኽእል። { deadline-not-legal-advice }
deadline-register-address = ናብ ገዛ ካብ እትኣትዉ ኣብ ውሽጢ 2 ሰሙን፡ ኣድራሻኹም ኣብ Bürgeramt (ቤት ጽሕፈት ኣገልግሎት ህዝቢ) ኣመዝግቡ (Anmeldung)። { deadline-not-legal-advice }
deadline-objection = ምስ ሓደ ውሳኔ (Bescheid) ኣይትሰማምዑን ዶ? ሽዑ ወግዓዊ ተቓውሞ (Widerspruch) ከተቕርቡ ትኽእሉ ኢኹም፡ መብዛሕትኡ ግዜ ነቲ ደብዳቤ ካብ እትቕበሉሉ ኣብ ውሽጢ 1 ወርሒ። ከመይ ከም ዝግበር ኣብ መወዳእታ ናይቲ ውሳኔ ተጻሒፉ ኣሎ። { deadline-not-legal-advice }
deadline-tax-objection = ምስ ውሳኔ (Bescheid) ናይ Familienkasse (ቤት ጽሕፈት ገንዘብ ቆልዑ) ኣይትሰማምዑን ዶ? ሽዑ Einspruch (ተቓውሞ) ኣቕርቡ፡ Widerspruch ኣይኮነን፦ ነቲ ደብዳቤ ካብ እትቕበሉሉ ኣብ ውሽጢ 1 ወርሒ። ከመይ ከም ዝግበር ኣብ መወዳእታ ናይቲ ውሳኔ ተጻሒፉ ኣሎ። { deadline-not-legal-advice }
deadline-objection-or-lawsuit = ምስ ውሳኔ (Bescheid) ብዛዕባ ምፍላጥ ሞያዊ ብቕዓትኩም ኣይትሰማምዑን ዶ? ሽዑ ነቲ ደብዳቤ ካብ እትቕበሉሉ 1 ወርሒ ኣለኩም። ከም ፈደራላዊ ክፍለ ሃገሩ፡ ተቓውሞ (Widerspruch) ተቕርቡ ወይ ኣብ ምምሕዳራዊ ቤት ፍርዲ ክሲ (Klage) ትምስርቱ። ንዓኹም እንታይ ከም ዝምልከት ኣብ መወዳእታ ናይቲ ውሳኔ ተጻሒፉ ኣሎ። { deadline-not-legal-advice }
deadline-appointment = ኣብ ሰዓቱ ናብ ቆጸራ ኺዱ። ክትመጹ ኣይትኽእሉን ዶ? ቅድሚኡ ሓብሩ፡ ምኽንያቱ’ውን ንገሩ። { deadline-not-legal-advice }
deadline-bamf-appointment = ናብዚ ቆጸራ ኣብ BAMF ብርግጽን ኣብ ሰዓቱን ኺዱ። ብዘይ ኣገዳሲ ምኽንያት ዘይመጽእ ሰብ፡ መስርሕ ዑቕባኡ ደው ክብል ይኽእል እዩ። ክትመጹ ኣይትኽእሉን ዶ፡ ንኣብነት ስለ ዝሓመምኩም? ብቕልጡፍ፡ ቅድሚ እቲ ቆጸራ፡ ንBAMF ሓብሩ፡ መረጋገጺ’ውን ስደዱ፡ ንኣብነት ምስክር ወረቐት ሓኪም። { deadline-not-legal-advice }
