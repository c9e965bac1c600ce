### Content of the ten tabs. Translated from locales/de/content.ftl (the source).
### German official terms stay in German with a short Tigrinya explanation.

## Section headings of a tab page and of the printed folder

tab-section-tips = ሕግታትን ምኽርታትን
tab-section-checklist = ዝርዝር ምርግጋጽ
tab-section-contacts = ኣድራሻታት

## Tab 1: Ankommen

tab-arrival-intro = ኣብዚ ኣብ ጀርመን ቀዳሞት ስጉምትታትኩም ትረኽቡ። እዚ ብዛዕባ ምጽናሕኩምን መስርሕ ዑቕባኹምን እዩ። ካብ BAMF ከምኡ’ውን ካብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ዝመጹ ኩሎም ወረቓቕቲ ኣብዚ ኣቐምጡ።
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung (ኣብ እዋን መስርሕ ዑቕባ ፍቓድ ምጽናሕ) ኩሉ ግዜ ምሳኹም ሓዙ። ፖሊስን ኣብያተ ጽሕፈትን ክርእይዎ ይደልዩ እዮም።
tab-arrival-tip-briefe-oeffnen = ነፍሲ ወከፍ ደብዳቤ ብቕጽበት ክፈቱ። ብዙሓት ደብዳቤታት ናይ ግዜ ገደብ (Frist) ኣለዎም። ናይ ግዜ ገደብ ማለት ንመልሲ እቲ ናይ መወዳእታ መዓልቲ እዩ።
tab-arrival-tip-gelber-umschlag = ደብዳቤታት ካብ BAMF መብዛሕትኡ ግዜ ብብጫ ሸፋኒ ደብዳቤ (ኤንቨሎፕ) እዮም ዝመጹ። ኣብቲ ሸፋኒ ዕለት ተጻሒፉ ኣሎ። ነቲ ሸፋኒ ዕቀብዎ፡ እቲ ናይ ግዜ ገደብ ካብዚ ዕለት እዩ ዝጅምር።
tab-arrival-tip-adresse = ገዛ ትቕይሩ ዲኹም? ሓድሽ ኣድራሻኹም ብቕጽበት ናብ BAMF ከምኡ’ውን ናብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ሓብሩ። እንተዘይኮይኑ ኣገደስቲ ደብዳቤታት ኣይበጽሑኹምን።
tab-arrival-tip-beratung-vor-anhoerung = ቅድሚ ቃለ-መሕትት (Anhörung)፡ ናብ ምኽሪ መስርሕ ዑቕባ (Asylverfahrensberatung) ኺዱ። እቲ ምኽሪ መብዛሕትኡ ግዜ ብናጻ እዩ።
tab-arrival-tip-anhoerung-alles-sagen = ኣብ ቃለ-መሕትት፡ ብዛዕባ ስደትኩም ኣገዳሲ ዝኾነ ኩሉ ንገሩ። መርትዖታት ኣምጽኡ፡ ንኣብነት ስእልታት ወይ ወረቓቕቲ።
tab-arrival-tip-dolmetscher = ኣብ ቃለ-መሕትት ተርጓሚ ኣሎ። ንተርጓሚ ብጽቡቕ እንተዘይተረዲእኩምዎ፡ ብቕጽበት ንገሩ።
tab-arrival-tip-duldung = Duldung (ንግዚኡ ዝተኣገደ ምምላስ) ፍቓድ መንበሪ ኣይኮነን። ትርጉሙ ጥራይ፡ ምምላስኩም ንግዚኡ ተኣጊዱ ኣሎ (§ 60a AufenthG)። ምስ Duldung ብቕጽበት ናብ ማእከል ምኽሪ ኺዱ።
tab-arrival-tip-fiktionsbescheinigung = ምንዋሕ ቅድሚ ዕለት ምውዳእ እንተ ሓቲትኩም፡ ፍቓድ መንበሪኹም ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ክሳብ ዝውስን ይቕጽል። ነዚ Fiktionsbescheinigung የርኢ (§ 81 Abs. 4 ከምኡ’ውን 5 AufenthG)።
tab-arrival-tip-wohnsitzauflage = ኣብ ወረቐትኩም Wohnsitzauflage (ግዴታ ቦታ መንበሪ) ተጻሒፉ ክህሉ ይኽእል፡ ሽዑ ኣብቲ ቦታ ክትነብሩ ኣለኩም (§ 60 AsylG፡ § 12a AufenthG)። räumliche Beschränkung (ደረት ቦታ) ማለት፡ ብዘይ ፍቓድ ካብ ሓደ ከባቢ ክትወጹ ኣይትኽእሉን (§ 56 AsylG፡ § 61 AufenthG)። ቅድሚ ገዛ ምቕያር ወይ ጉዕዞ ንቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ሕተቱ።

check-ankunftsnachweis = Ankunftsnachweis (ወረቐት ምብጻሕ) ብጥንቃቐ ዕቀቡ
check-ankunftsnachweis-hint = እዚ ኣብ ጀርመን ቀዳማይ ወረቐትኩም እዩ። ድሕሪ ምዝገባ ትረኽብዎ።
check-aufenthaltsgestattung = ድሕሪ ሕቶ ዑቕባ Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ተቐበሉ
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung ከምዚ የርኢ፡ ኣብ እዋን መስርሕ ዑቕባ ኣብ ጀርመን ክትጸንሑ ይፍቀደልኩም። ኩሉ ግዜ ምሳኹም ሓዝዎ።
check-gestattung-verlaengern = ግዜ Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ኣናውሑ — ቅድሚ ዕለት ምውዳእ
check-gestattung-verlaengern-hint = ዕለት ምውዳእ ኣብቲ ወረቐት ተጻሒፉ ኣሎ። ቅድሚኡ ብግዜ ናብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ኺዱ። { deadline-not-legal-advice }
check-anhoerung = ናብ ቃለ-መሕትት (Anhörung) ኣብ BAMF ኺዱ
check-anhoerung-hint = ቃለ-መሕትት ብዛዕባ ስደትኩም ዝግበር ዘተ እዩ። እቲ ቆጸራ ኣብቲ ካብ BAMF ዝመጸ ደብዳቤ ተጻሒፉ ኣሎ። ብሰዓቱ ምጹ፡ ኩሉ ወረቓቕትኹም ድማ ሒዝኩም ምጹ።
check-adresse-mitteilen = ሓድሽ ኣድራሻ ብቕጽበት ናብ BAMF ከምኡ’ውን ናብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ሓብሩ
check-adresse-mitteilen-hint = BAMF ደብዳቤታት ናብቲ ዝፈልጦ ናይ መወዳእታ ኣድራሻ እዩ ዝሰድድ። ነቲ ደብዳቤ እንተዘይረኺብኩምዎ’ውን፡ እቲ ናይ ግዜ ገደብ ይጅምር እዩ።
check-bamf-bescheid = ውሳኔ (Bescheid) ካብ BAMF ብቕጽበት ናብ ቤት ጽሕፈት ምኽሪ ውሰዱ
check-bamf-bescheid-hint = Bescheid ውሳኔ ዝሓዘ ደብዳቤ እዩ። ኣብቲ ብጫ ሸፋኒ ዘሎ ዕለት ጽሓፉ። ሕቶኹም እንተተነጺጉ፡ ክሲ ንምቕራብ 1 ወይ 2 ሰሙን ጥራይ ኣለኩም። { deadline-not-legal-advice }
check-aufenthaltserlaubnis = ድሕሪ ኣፍልጦ ምርካብ፡ ኣብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) Aufenthaltserlaubnis (ፍቓድ መንበሪ) ሕተቱ
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (ፍቓድ መንበሪ) እውን ዕለት ምውዳእ ኣለዎ። ቅድሚኡ ብግዜ ምንዋሕ ሕተቱ። { deadline-not-legal-advice }
check-duldung = Duldung ቅድሚ ዕለት ምውዳእ ኣናውሑ
check-duldung-hint = Duldung ክሳብ እቲ ኣብ ወረቐት ዘሎ ዕለት ጥራይ እዩ ዝሰርሕ። ቅድሚኡ ብግዜ ናብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ኺዱ። ፍቓድ መንበሪ ክትረኽቡ ትኽእሉ እንተ ኴንኩም ንማእከል ምኽሪ ሕተቱ (§ 60a AufenthG)። { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung ዓቕቡ፡ ቅድሚ ዕለት ምውዳእ ድማ ኣናውሑ
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung የርኢ፡ ሕቶኹም ኣብ መስርሕ ኣሎ፡ ክሳብ ውሳኔ ድማ ክትጸንሑ ትኽእሉ (§ 81 Abs. 5 AufenthG)። ንሱ እውን ዕለት ምውዳእ ኣለዎ። ቅድሚኡ ብግዜ ናብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ኺዱ። { deadline-not-legal-advice }
check-wohnsitzauflage = ወረቐትኩም ርኣዩ፡ Wohnsitzauflage ወይ räumliche Beschränkung?
check-wohnsitzauflage-hint = ኣብ ወረቐትኩም «Wohnsitzauflage» ወይ «räumlich beschränkt» ተጻሒፉ ዶ ኣሎ? ሽዑ ቅድሚ ገዛ ምቕያር ወይ ጉዕዞ ንቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ሕተቱ (§ 56፡ § 60 AsylG፤ § 12a፡ § 61 AufenthG)። ብዘይ ፍቓድ መቕጻዕቲ ገንዘብ ወይ ካልእ መቕጻዕቲ ክወርደኩም ይኽእል።

## Tab 2: Geld

tab-money-intro = እዚ ክፍሊ ብዛዕባ ንመነባብሮ ዘድሊ ገንዘብ እዩ። ኣብ እዋን መስርሕ ዑቕባ መብዛሕትኡ ግዜ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ይሕግዝ፡ ደሓር ብዙሕ ግዜ Jobcenter (ቤት ጽሕፈት ስራሕን ሓገዝ ገንዘብን)። ውሳኔታት (Bescheide)፡ ወረቓቕቲ ባንክን ወረቓቕቲ ግብርን ኣብዚ ኣቐምጡ።
tab-money-tip-bescheid = Bescheid ካብ ቤት ጽሕፈት ዝመጸ ውሳኔ ዝሓዘ ደብዳቤ እዩ። ነፍሲ ወከፍ Bescheid ዕቀቡ።
tab-money-tip-aenderungen-melden = ገለ ነገር ምስ ዝቕየር ብቕጽበት ናብቲ ቤት ጽሕፈት ሓብሩ፡ ሓድሽ ኣድራሻ፡ ሓድሽ ስራሕ፡ ቆልዓ፡ ዝያዳ ገንዘብ። እንተዘይኮይኑ ገንዘብ ክትመልሱ ክትግደዱ ትኽእሉ ኢኹም።
tab-money-tip-bezahlkarte = ገለ ከተማታት ኣብ ክንዲ ጥረ ገንዘብ ካርድ ክፍሊት (Bezahlkarte) ይህባ። ነቲ PIN ብምስጢር ሓዝዎ።
tab-money-tip-basiskonto = ኣብ ጀርመን ነፍሲ ወከፍ ሰብ መሰረታዊ ሕሳብ ባንኪ (Basiskonto) ናይ ምርካብ መሰል ኣለዎ። እዚ ንዝሓዙ Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ወይ Duldung (ንግዚኡ ዝተኣገደ ምምላስ) እውን ይምልከት።
tab-money-tip-haustuer = ኣብ ማዕጾ ገዛ ወይ ብቴሌፎን ውዕል ኣይትፈርሙ። ቅድሚኡ ንቤት ጽሕፈት ምኽሪ ሕተቱ።
tab-money-tip-schulden = ዕዳ ወይ ደብዳቤታት መዘኻኸሪ ክፍሊት (Mahnungen) ኣለኩም ዶ? ኣቐዲምኩም ናብ ምኽሪ ዕዳ (Schuldnerberatung) ኺዱ። መብዛሕትኡ ግዜ ብናጻ እዩ።

check-asylblg-leistungen = ካብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ሓገዝ ሕተቱ
check-asylblg-leistungen-hint = ኣብ እዋን መስርሕ ዑቕባ መብዛሕትኡ ግዜ ቤት ጽሕፈት ማሕበራዊ ሓገዝ እዩ ዝኸፍል። እቲ ሕጊ Asylbewerberleistungsgesetz (AsylbLG) ይበሃል።
check-buergergeld = ድሕሪ ኣፍልጦ ምርካብ፡ ካብ Jobcenter (ቤት ጽሕፈት ስራሕን ሓገዝ ገንዘብን) Bürgergeld (መሰረታዊ ሓገዝ ገንዘብ) ሕተቱ
check-buergergeld-hint = ኣብ ሕጊ Bürgergeld «Grundsicherung für Arbeitsuchende» (መሰረታዊ ሓገዝ ንስራሕ ደለይቲ) ይበሃል። ሕቶኹም ብቕጽበት ኣቕርቡ፡ Jobcenter ዝኸፍል ካብታ ሕቶ ዘቕረብኩምላ ወርሒ ጀሚሩ ጥራይ እዩ።
check-widerspruch = ነፍሲ ወከፍ ውሳኔ (Bescheid) ኣመርምሩ — ተቓውሞ (Widerspruch) ኣብ ውሽጢ 1 ወርሒ
check-widerspruch-hint = ሓደ ውሳኔ ጌጋ እዩ ኢልኩም ትሓስቡ ዶ? ሽዑ ወግዓዊ ተቓውሞ (Widerspruch) ከተቕርቡ ትኽእሉ ኢኹም፡ መብዛሕትኡ ግዜ ኣብ ውሽጢ 1 ወርሒ ጥራይ። ከመይ ከም ዝግበር ኣብ መወዳእታ ናይቲ ውሳኔ (Bescheid) ተጻሒፉ ኣሎ። { deadline-not-legal-advice }
check-bankkonto = ሕሳብ ባንኪ ክፈቱ
check-bankkonto-hint = ፓስፖርትኩም ወይ Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ሒዝኩም ኺዱ። እቲ ባንኪ መሰረታዊ ሕሳብ (Basiskonto) ክህበኩም ግዴታ ኣለዎ።
check-steuer-id = መለለዪ ቁጽሪ ግብሪ (Steuer-Identifikationsnummer) ዕቀቡ
check-steuer-id-hint = ድሕሪ ምምዝጋብ ኣድራሻ (Anmeldung) ብፖስታ ይመጽእ። ንስራሕን ንገንዘብ ሓገዝ ቆልዑ (Kindergeld) ተድልይዎ ኢኹም።
check-rundfunkbeitrag = ካብ ክፍሊት ሬድዮን ቴለቪዥንን (Rundfunkbeitrag) ነጻ ንምዃን ሕተቱ
check-rundfunkbeitrag-hint = Rundfunkbeitrag ንሬድዮን ቴለቪዥንን ዝኽፈል ክፍሊት እዩ። ካብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ወይ ካብ Jobcenter ገንዘብ ዝቕበል ሰብ፡ ነጻ ክኸውን ክሓትት ይኽእል። ንኡ ቅዳሕ ናይቲ ውሳኔ (Bescheid) ስደዱ።

## Tab 3: Wohnen

tab-housing-intro = እዚ ክፍሊ ብዛዕባ ገዛኹም እዩ። ኣብዚ ሕግታት መንበሪ ገዛ ከምኡ’ውን ብዛዕባ ምምዝጋብ ኣድራሻ (Anmeldung) ትረኽቡ። ውዕል ክራይ ከምኡ’ውን ወረቐት ምዝገባ ኣድራሻ (Meldebescheinigung) ኣብዚ ኣቐምጡ።
tab-housing-tip-hausordnung = ነፍሲ ወከፍ ገዛ ናይ ገዛ ሕጊ (Hausordnung) ኣለዎ። መብዛሕትኡ ግዜ ካብ ሰዓት 22 ክሳብ ሰዓት 6 ናይ ለይቲ ህድኣት እዩ። ሽዑ ኩሉ ሰብ ህድእ ክብል ኣለዎ።
tab-housing-tip-muell = ጓሓፍ ፍለዩ፡ ወረቐት፡ መጠቕለሊ፡ ብርጭቆ፡ ተረፍ መግቢ (Bio-Müll) ከምኡ’ውን ካልእ ጓሓፍ። ሕብሪ ናይ ሳንዱቓት ጓሓፍ ኣብ ነፍሲ ወከፍ ከተማ ዝተፈላለየ እዩ።
tab-housing-tip-lueften = ኣብ መዓልቲ ብዙሕ ግዜ፡ ንውሑዳት ደቓይቕ መሳኹቲ ምሉእ ብምሉእ ክፈቱ። ከምዚ ጌርኩም ፈንገስ (Schimmel) ኣይፍጠርን።
tab-housing-tip-kaution = Kaution ንወናኒ ገዛ ከም ውሕስና ዝወሃብ ገንዘብ እዩ። ካብቲ ገዛ ክትወጹ ከለኹም፡ እቲ ገዛ ኣብ ጽቡቕ ኩነታት እንተሃልዩ፡ ይምለሰልኩም።
tab-housing-tip-kuendigen = ካብ ገዛ ክትወጹ ትደልዩ ዶ? ውዕል ብጽሑፍ ኣቋርጹ። መብዛሕትኡ ግዜ 3 ወርሒ ኣቐዲምኩም ክትሕብሩ ኣለኩም። ክራይኩም ቤት ጽሕፈት ዶ ይኸፍሎ? ሽዑ ኣቐዲምኩም ኣብኡ’ውን ሕተቱ።

check-wohnungsgeberbestaetigung = ካብ ወናኒ ገዛ Wohnungsgeberbestätigung (መረጋገጺ ወናኒ ገዛ) ውሰዱ
check-wohnungsgeberbestaetigung-hint = ወናኒ ገዛ ናብ ገዛ ኣብ እትኣትውሉ እዋን ክህበኩም ግዴታ ኣለዎ። ንምምዝጋብ ኣድራሻ (Anmeldung) ተድልይዎ ኢኹም።
check-anmeldung = ምምዝጋብ ኣድራሻ (Anmeldung) ኣብ Bürgeramt (ቤት ጽሕፈት ኣገልግሎት ህዝቢ) — ናብ ገዛ ካብ እትኣትዉ ኣብ ውሽጢ 2 ሰሙን
check-anmeldung-hint = Wohnungsgeberbestätigung (መረጋገጺ ወናኒ ገዛ) ከምኡ’ውን ፓስፖርትኩም ወይ Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ሒዝኩም ኺዱ። ሽዑ ወረቐት ምዝገባ ኣድራሻ (Meldebescheinigung) ትረኽቡ። { deadline-not-legal-advice }
check-umzug-fragen = ቅድሚ ገዛ ምቕያር፡ ኣብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ወይ ኣብ Jobcenter ሕተቱ
check-umzug-fragen-hint = መብዛሕትኡ ግዜ እቲ ቤት ጽሕፈት ነቲ ሓድሽ ገዛ ኣቐዲሙ ከፍቅዶ ኣለዎ። እንተዘይኮይኑ ክራይ ዘይከፍል ይኽእል እዩ። ኣብ እዋን መስርሕ ዑቕባ፡ ኣብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) እውን ሕተቱ።
check-mietvertrag = ቅድሚ ምፍራምኩም ውዕል ክራይ ኣመርምሩ
check-mietvertrag-hint = ነቲ ውዕል ክገልጸልኩም ሰብ ሕተቱ። ቅዳሕ ዕቀቡ።
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS፡ ወረቐት መሰል ማሕበራዊ ገዛ) ሕተቱ
check-wohnberechtigungsschein-hint = ንማሕበራዊ ገዛ (Sozialwohnung) WBS የድልየኩም። እቶትኩም ትሑት እንተኾይኑ፡ ካብ ቤት ጽሕፈት መንበሪ ኣባይቲ (Wohnungsamt) ትረኽብዎ።
check-energie = ንኤሌክትሪክን ጋዝን ተመዝገቡ
check-energie-hint = ናብ ገዛ ኣብ እትኣትውላ መዓልቲ፡ ኣብ መቑጸሪ ኤሌክትሪክን ጋዝን ዘለዉ ቁጽርታት ጽሓፉ። ስእሊ’ውን ኣልዕሉ።
check-briefkasten = ስምኩም ኣብ ሳንዱቕ ፖስታን ደወል ማዕጾን ጽሓፉ
check-briefkasten-hint = እንተዘይኮይኑ ኣገደስቲ ደብዳቤታት ኣይትረኽቡን ኢኹም። እቲ ናይ ግዜ ገደብ ግን ይቕጽል እዩ።

## Tab 4: Deutsch lernen

tab-german-intro = ጀርመንኛ ኣብ ስራሕ፡ ኣብ ቤት ትምህርቲን ኣብ መዓልታዊ ህይወትን ይሕግዘኩም። ኣብዚ ናብ ኮርስ ቋንቋ ዘብጽሕ መገዲ ትረኽቡ። ወረቓቕቲ ኮርስን ምስክር ወረቓቕትን ኣብዚ ኣቐምጡ።
tab-german-tip-jeden-tag = መዓልታዊ ቁሩብ ተማሃሩ። 15 ደቒቕ እውን ይሕግዝ እዩ።
tab-german-tip-integrationskurs = ኮርስ ምውህሃድ (Integrationskurs) ክልተ ክፋላት ኣለዎ፡ ኮርስ ቋንቋን ኮርስ ኣቕጣጫን። ኣብ ኮርስ ኣቕጣጫ ብዛዕባ ህይወት ኣብ ጀርመን ብዙሕ ትመሃሩ።
tab-german-tip-kosten = ፍቓድ (Berechtigung) እንተለኩም፡ ኮርስ ምውህሃድ ብውሑድ ዋጋ ወይ ብናጻ እዩ።
tab-german-tip-kinderbetreuung = ናእሽቱ ቆልዑ ኣለዉኹም ዶ? ክንክን ቆልዑ ዘለዎ ኮርስ ሕተቱ።
tab-german-tip-sprechen = ኣብ ዝከኣለኩም ቦታ ጀርመንኛ ተዛረቡ፡ ኣብ ዕዳጋ፡ ምስ ጎረባብቲ፡ ኣብ ክለብ ስፖርት። ብዙሓት ከተማታት ካፈ ቋንቋ (Sprachcafé) እውን ኣለወን።

check-integrationskurs-berechtigung = ንኮርስ ምውህሃድ ፍቓድ (Berechtigung) ውሰዱ
check-integrationskurs-berechtigung-hint = ኣብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde)፡ ኣብ Jobcenter ወይ ኣብ BAMF ሕተቱ።
check-kurs-anmelden = ኣብ ትካል ኮርስ (Kursträger) ተመዝገቡ
check-kurs-anmelden-hint = ትካላት ኮርስ ንኣብነት ቤት ትምህርቲ ዓበይቲ (Volkshochschule) ከምኡ’ውን ኣብያተ ትምህርቲ ቋንቋ እዮም። ምኽሪ ስደተኛታት (Migrationsberatung) ኣብ ምድላይ ይሕግዘኩም።
check-kurs-teilnahme = ብቐጻሊ ናብ ኮርስ ኺዱ
check-kurs-teilnahme-hint = ሓሚምኩም ዶ? ንትካል ኮርስ ንገሩ፡ ወረቐት ሕማም (Krankmeldung) ድማ ኣምጽኡ።
check-dtz = ኣብ ፈተና «Deutsch-Test für Zuwanderer» (DTZ፡ ፈተና ጀርመንኛ ንስደተኛታት) ተሳተፉ
check-dtz-hint = ኣብ መወዳእታ ኮርስ ቋንቋ ፈተና ኣሎ። እቲ ምስክር ወረቐት ንስራሕን ንምጽናሕን ኣገዳሲ እዩ።
check-lid-test = ኣብ ፈተና «Leben in Deutschland» (ህይወት ኣብ ጀርመን) ተሳተፉ
check-lid-test-hint = እቲ ፈተና ኣብ መወዳእታ ኮርስ ኣቕጣጫ እዩ።
check-berufssprachkurs = ድሕሪኡ ኮርስ ቋንቋ ንስራሕ (Berufssprachkurs) ተኸታተሉ
check-berufssprachkurs-hint = ኣብ ኮርስ ቋንቋ ንስራሕ፡ ንስራሕ ዘድሊ ጀርመንኛ ትመሃሩ። ኣብ Jobcenter ወይ ኣብ ኤጀንሲ ስራሕ (Agentur für Arbeit) ሕተቱ።

## Tab 5: Kinder und Familie

tab-family-intro = እዚ ክፍሊ ብዛዕባ ቆልዑኹምን ስድራቤትኩምን እዩ፡ መውዓሊ ህጻናት (Kita)፡ ቤት ትምህርቲ፡ ገንዘብ ሓገዝ ቆልዑ (Kindergeld) ከምኡ’ውን ጥዕና። ምስክር ወረቐት ልደት ከምኡ’ውን ናይ መውዓሊ ህጻናትን ቤት ትምህርትን ምዝገባታት ኣብዚ ኣቐምጡ።
tab-family-tip-schulpflicht = ኣብ ጀርመን ኩሎም ቆልዑ ናብ ቤት ትምህርቲ ክኸዱ ግዴታ እዩ። ቤት ትምህርቲ ብናጻ እዩ።
tab-family-tip-kita = ኣብ መውዓሊ ህጻናት (Kita) ቆልዑ ቀልጢፎም ጀርመንኛ ይመሃሩ። ቆልዓኹም ኣቐዲምኩም ኣመዝግቡ፡ መብዛሕትኡ ግዜ ዝርዝር ተጸበይቲ ኣሎ።
tab-family-tip-elterngespraech = ናብ ርክባት ምስ መውዓሊ ህጻናትን ቤት ትምህርትን ኺዱ። ተርጓሚ እንተድልየኩም ሕተቱ።
tab-family-tip-gewalt = ኣብ ጀርመን ኣብ ልዕሊ ቆልዑ ዝፍጸም ዓመጽ ክልኩል እዩ፡ ኣብ ውሽጢ ስድራቤት እውን። ሓገዝ ኣብ ቤት ጽሕፈት ክንክን ቆልዑን መንእሰያትን (Jugendamt) ከምኡ’ውን ኣብ ኣብያተ ጽሕፈት ምኽሪ ይርከብ።
tab-family-tip-geburt = ቆልዓኹም ኣብ ጀርመን ተወሊዱ ዶ? ነቲ ልደት ኣብ ቤት ጽሕፈት ምዝገባ ልደትን መርዓን (Standesamt) ኣመዝግቡ። ንቆልዓ ኣብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ከምኡ’ውን ኣብ BAMF እንታይ ክትገብሩ ከም ዘለኩም፡ ንቤት ጽሕፈት ምኽሪ ሕተቱ።

check-geburtsurkunden-kinder = ምስክር ወረቐት ልደት ቆልዑ ኣዳሊኹም ሓዙ
check-geburtsurkunden-kinder-hint = ቆልዓኹም ኣብ ጀርመን ተወሊዱ ዶ? ሽዑ ምስክር ወረቐት ልደት ካብ ቤት ጽሕፈት ምዝገባ ልደትን መርዓን (Standesamt) ትረኽቡ።
check-kita = ኣብ መውዓሊ ህጻናት (Kita) ቦታ ድለዩ፡ ቆልዓ ድማ ኣመዝግቡ
check-kita-hint = ካብ 1 ዓመት ንላዕሊ ዝዕድሚኦም ቆልዑ ኣብ መውዓሊ ህጻናት ቦታ ናይ ምርካብ መሰል ኣለዎም። ቆልዓኹም ኣቐዲምኩም ኣመዝግቡ።
check-schule = ቆልዑ ኣብ ቤት ትምህርቲ ኣመዝግቡ
check-schule-hint = ኣብ ጀርመን ቆልዑ ናብ ቤት ትምህርቲ ክኸዱ ግዴታ እዩ። ቤት ጽሕፈት ትምህርቲ (Schulamt) ኣየናይ ቤት ትምህርቲ ከም ዝምልከተኩም ይነግረኩም።
check-masern = መርትዖ ክታበት ንፍዮ (Masern) ኣቕርቡ
check-masern-hint = ንመውዓሊ ህጻናትን ንቤት ትምህርትን፡ ቆልዑ መርትዖ ክታበት ንፍዮ የድልዮም። እዚ ኣብ መዝገብ ክታበት (Impfpass) ይርከብ።
check-u-untersuchungen = ቆልዓኹም ናብ ሓኪም ቆልዑ ንስሩዕ ምርመራ ጥዕና ውሰዱ
check-u-untersuchungen-hint = እዞም ምርመራታት ካብ U1 ክሳብ U9 ይበሃሉ። ዕለታት ቆጸራታቶም ኣብቲ ብጫ መጽሓፍ ተጻሒፉ ኣሎ።
check-kindergeld = ካብ ቤት ጽሕፈት ገንዘብ ሓገዝ ስድራ (Familienkasse) ገንዘብ ሓገዝ ቆልዑ (Kindergeld) ሕተቱ
check-kindergeld-hint = እዚ መብዛሕትኡ ግዜ ምስ Aufenthaltserlaubnis (ፍቓድ መንበሪ) ጥራይ እዩ ዝከኣል። ንቤት ጽሕፈት ምኽሪ ሕተቱ።
check-bildung-teilhabe = ንናውቲ ትምህርትን ንዑደትን ገንዘብ ሕተቱ (Bildung und Teilhabe)
check-bildung-teilhabe-hint = እዚ ስድራቤት ካብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ወይ ካብ Jobcenter ገንዘብ እንተተቐቢላ ንቆልዑ ይወሃብ።

## Tab 6: Arbeit

tab-work-intro = ስራሕ ኣብ ጀርመን ንኽትለምዱ ይሕግዘኩም። ኣብዚ ቅድሚ ስራሕ ምጅማርኩም ክትፈልጥዎ ዘለኩም ተጻሒፉ ኣሎ። ፍቓድ ስራሕ፡ ውዕላትን ወረቓቕቲ ደሞዝን ኣብዚ ኣቐምጡ።
tab-work-tip-ohne-erlaubnis = ብዘይ ፍቓድ ምስራሕ ክልኩል እዩ። ንምጽናሕኩም ክጎድእ ይኽእል እዩ።
tab-work-tip-mindestlohn = ኣብ ጀርመን ዝተሓተ ደሞዝ (Mindestlohn) ኣሎ። ንመብዛሕትኡ ስራሓት፡ ደሞዝ ንሰዓት ካብኡ ክትሕት ኣይፍቀድን።
tab-work-tip-schriftlich = ኣገደስቲ ሕግታት ስራሕኩም ብጽሑፍ ክወሃበኩም መሰል ኣለኩም፡ ደሞዝ፡ ሰዓታት ስራሕን ዕረፍትን።
tab-work-tip-krank = ሓሚምኩም ዶ? ኣብ ቀዳመይቲ መዓልቲ፡ ቅድሚ ስራሕ ምጅማሩ፡ ብቕጽበት ንኣስራሒኹም ሓብሩ።
tab-work-tip-probezeit = ኣብ መጀመርታ መብዛሕትኡ ግዜ ናይ ፈተነ ግዜ (Probezeit) ኣሎ። ኣብዚ ግዜ ስራሕ ምቁራጽ ዝቐለለ እዩ።

check-arbeitserlaubnis = ኣረጋግጹ፡ ክሰርሕ ይፍቀደለይ ዶ?
check-arbeitserlaubnis-hint = እዚ ኣብ ወረቐት መንበሪኹም ተጻሒፉ ኣሎ። Aufenthaltsgestattung (ፍቓድ ምጽናሕ) ወይ Duldung (ንግዚኡ ዝተኣገደ ምምላስ) እንተሃልዩኩም፡ ንነፍሲ ወከፍ ስራሕ ካብ ቤት ጽሕፈት ጉዳይ ወጻእተኛታት (Ausländerbehörde) ፍቓድ የድልየኩም።
check-arbeitsuchend = ኣብ ኤጀንሲ ስራሕ (Agentur für Arbeit) ወይ ኣብ Jobcenter ከም ስራሕ ደላዪ ተመዝገቡ
check-arbeitsuchend-hint = ኣብኡ ስራሕ ኣብ ምድላይ ሓገዝ ትረኽቡ።
check-lebenslauf = ብጀርመንኛ ታሪኽ ህይወት (Lebenslauf) ጽሓፉ
check-lebenslauf-hint = ቤት ጽሕፈት ምኽሪ ወይ Jobcenter ኣብዚ ይሕግዘኩም።
check-arbeitsvertrag = ቅድሚ ምፍራምኩም ውዕል ስራሕ ንፈላጢ ሰብ ኣንብብዎ
check-arbeitsvertrag-hint = ዝተረዳእኩምዎ ጥራይ ፈርሙ። ነቲ ውዕል ብጥንቃቐ ዕቀብዎ።
check-sozialversicherungsausweis = ወረቐት ማሕበራዊ ውሕስና (Sozialversicherungsausweis) ዕቀቡ
check-sozialversicherungsausweis-hint = ነቲ ኣብኡ ዘሎ ቁጽሪ ኣብ ነፍሲ ወከፍ ስራሕ የድልየኩም። ካብ ውሕስና ጡረታ (Rentenversicherung) ብፖስታ ይመጽእ።
check-lohnabrechnung = ወረቓቕቲ ደሞዝ ወርሒ ብወርሒ ዕቀቡ
check-lohnabrechnung-hint = ወረቐት ደሞዝ (Lohnabrechnung) ደሞዝኩምን ካብኡ ዝቕነስን የርኢ።
check-einkommen-melden = ስራሕን ደሞዝን ብቕጽበት ናብ Jobcenter ወይ ናብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ሓብሩ
check-einkommen-melden-hint = እንተዘይኮይኑ ገንዘብ ክትመልሱ ክትግደዱ ትኽእሉ ኢኹም።

## Tab 7: Berufsausbildung und Studium

tab-training-intro = እዚ ክፍሊ ብዛዕባ ቤት ትምህርቲ፡ ሞያዊ ስልጠናን ትምህርቲ ዩኒቨርሲቲን እዩ። ካብ ዓድኹም ዘለኩም ትምህርታዊ ብቕዓት ኣብ ጀርመን ዓቢ ዋጋ ክህልዎ ይኽእል። ምስክር ወረቓቕቲ፡ ትርጉማትን ወረቓቕቲ ኣፍልጦን ኣብዚ ኣቐምጡ።
tab-training-tip-ausbildung = ሞያዊ ስልጠና (Ausbildung) መብዛሕትኡ ግዜ ካብ 2 ክሳብ 3 ዓመትን ፈረቓን ይወስድ። ኣብ ትካል ከምኡ’ውን ኣብ ቤት ትምህርቲ ሞያ (Berufsschule) ትመሃሩ። ኣብቲ ግዜ ገንዘብ ትረኽቡ።
tab-training-tip-anerkennung = ኣፍልጦ ዝረኸበ ትምህርታዊ ብቕዓት እንተለኩም፡ ጽቡቕ ስራሕ ምርካብ ይቐለልኩም።
tab-training-tip-originale = ኦሪጅናል ምስክር ወረቓቕቲ ካብ ኢድኩም ኣይተውጽኡ። ቅዳሓት ወይ ዝተረጋገጹ ቅዳሓት ሃቡ።
tab-training-tip-deutsch-niveau = ንሞያዊ ስልጠና መብዛሕትኡ ግዜ ጀርመንኛ ኣብ ደረጃ B1 ወይ B2 የድልየኩም፡ ንትምህርቲ ዩኒቨርሲቲ ድማ መብዛሕትኡ ግዜ C1።
tab-training-tip-foerderung = ኣብ እዋን ሞያዊ ስልጠና ሓደ ሓደ ግዜ ካብ መንግስቲ ገንዘብ ይወሃብ፡ ንኣብነት Berufsausbildungsbeihilfe (BAB) ወይ BAföG። ኣብ ኤጀንሲ ስራሕ (Agentur für Arbeit) ሕተቱ።

check-zeugnisse = ምስክር ወረቓቕቲ ቤት ትምህርትን ሞያን ኣኪቡ
check-zeugnisse-hint = ኦሪጅናል ብውሑስ ዕቀቡ። ኣብ ካልእ እዋን ቅዳሓት ኣርእዩ።
check-zeugnisse-uebersetzen = ምስክር ወረቓቕቲ ኣተርጉሙ
check-zeugnisse-uebersetzen-hint = ኣብያተ ጽሕፈት መብዛሕትኡ ግዜ ዝተረጋገጸ ትርጉም (beglaubigte Übersetzung) ይደልዩ። እዚ ብመሓላ ዝተሾመ ተርጓሚ እዩ ዝገብሮ።
check-anerkennung = ኣብ ወጻኢ ንዝረኸብኩምዎ ትምህርታዊ ብቕዓት ኣፍልጦ ሕተቱ
check-anerkennung-hint = ምኽሪ ብዛዕባ ኣፍልጦ (Anerkennungsberatung) ብናጻ ይሕግዘኩም፡ ንኣብነት ካብ IQ Netzwerk።
check-berufsberatung = ኣብ ኤጀንሲ ስራሕ (Agentur für Arbeit) ንምኽሪ ሞያ ቆጸራ ሓዙ
check-berufsberatung-hint = ኣብኡ ኣየናይ ስልጠናን ኣየናይ ሞያን ንዓኹም ከም ዝሰማማዕ ትፈልጡ።
check-ausbildungsvertrag = ውዕል ሞያዊ ስልጠና (Ausbildungsvertrag) ብጥንቃቐ ዕቀቡ
check-ausbildungsvertrag-hint = Duldung (ንግዚኡ ዝተኣገደ ምምላስ) ኣለኩም ዶ? ሽዑ ሞያዊ ስልጠና ኣብ ጀርመን ንኽትተርፉ ክሕግዘኩም ይኽእል (Ausbildungsduldung)። ንቤት ጽሕፈት ምኽሪ ሕተቱ።
check-studium = ንትምህርቲ ዩኒቨርሲቲ፡ ኣብ ዩኒቨርሲቲ ሕተቱ
check-studium-hint = ኣየኖት ወረቓቕትን ክንደይ ፍልጠት ጀርመንኛን ከም ዘድልየኩም ሕተቱ።

## Tab 8: Gesundheit

tab-health-intro = እዚ ክፍሊ ብዛዕባ ጥዕናኹም እዩ። ኣብዚ ከመይ ጌርኩም ናብ ሓኪም ከም እትኸዱን መን ከም ዝኸፍልን ተንብቡ። መዝገብ ክታበት (Impfpass)፡ ደብዳቤታት ሓኪምን ቅዳሕ ካርድ ጥዕናን ኣብዚ ኣቐምጡ።
tab-health-tip-notruf = ኣብ ህጹጽ ኩነታት ናብ 112 ደውሉ፡ ኣምቡላንስን ሓይሊ ምጥፋእ ሓውን። ፖሊስ ቁጽሪ 110 ኣለዎ። ደወላት ብናጻ እዮም።
tab-health-tip-bereitschaftsdienst = ምሸትን ቀዳመ-ሰንበትን ናይ ሓካይም ተጠንቀቕ ኣገልግሎት (ärztlicher Bereitschaftsdienst) ይሕግዝ። ቁጽሪ ቴሌፎን 116 117 እዩ።
tab-health-tip-hausarzt-zuerst = ቅድም ናብ ክሊኒክ ሓኪም ስድራ (Hausarztpraxis) ኺዱ። እቲ ሓኪም፡ እንተድልዩ፡ ናብ ፍሉይ ሓኪም (ስፔሻሊስት) ይሰደኩም።
tab-health-tip-termin = ቅድሚኡ ቆጸራ ሓዙ። ክትመጹ እንተዘይክኢልኩም ነቲ ቆጸራ ሰርዝዎ።
tab-health-tip-schweigepflicht = ሓካይም ብዛዕባኹም ንኻልእ ሰብ ክነግሩ ኣይፍቀደሎምን። እዚ Schweigepflicht (ግዴታ ምዕቃብ ምስጢር) ይበሃል። ብግልጺ ክትዛረቡ ትኽእሉ ኢኹም።
tab-health-tip-seele = ኣእምሮ’ውን ክሓምም ይኽእል፡ ንኣብነት ድሕሪ ውግእን ስደትን። ንኡ’ውን ሓገዝ ኣሎ። ኣብ ክሊኒክ ሓኪም ስድራኹም ወይ ኣብ ቤት ጽሕፈት ምኽሪ ሕተቱ።

check-gesundheitskarte = ካርድ ጥዕና (Gesundheitskarte) ወይ ወረቐት ሕክምና (Behandlungsschein) ሓዙ
check-gesundheitskarte-hint = ኣብ እዋን መስርሕ ዑቕባ መብዛሕትኡ ግዜ ካብ ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt) ወረቐት ሕክምና ትረኽቡ። ኣብ ገለ ከተማታት ብቐጥታ ካርድ ጥዕና ይወሃብ።
check-behandlungsschein = ቅድሚ ናብ ሓኪም ምኻድኩም ወረቐት ሕክምና (Behandlungsschein) ውሰዱ
check-behandlungsschein-hint = ወረቐት ሕክምና ንውሱን ግዜ ጥራይ እዩ ዝሰርሕ። ኣብ ህጹጽ ኩነታት ብቕጽበት ናብ ሓኪም ወይ ሆስፒታል ኺዱ።
check-krankenkasse = እንተሰሪሕኩም ወይ Bürgergeld (መሰረታዊ ሓገዝ ገንዘብ) እንተተቐቢልኩም፡ ትካል ውሕስና ጥዕና (Krankenkasse) ምረጹ
check-krankenkasse-hint = ትካል ውሕስና ጥዕና ባዕልኹም ክትመርጹ ይፍቀደልኩም። ድሕሪኡ ካርድ ጥዕና (Gesundheitskarte) ትረኽቡ።
check-impfpass = መዝገብ ክታበት (Impfpass) ዕቀቡ፡ ክታበታትኩም ድማ ኣመርምሩ
check-impfpass-hint = ናብ ሓኪም ኣብ እትኸዱሉ ኩሉ ግዜ፡ መዝገብ ክታበት ሒዝኩም ኺዱ። ክታበት ይጎድል ዶ? ሓኪምኩም ይመኽረኩም።
check-hausarzt = ክሊኒክ ሓኪም ስድራ (Hausarztpraxis) ድለዩ
check-hausarzt-hint = ምስ ሓመምኩም ቅድም ናብኡ ኺዱ። ነቲ ክሊኒክ ኣብ ኣድራሻታት ጽሓፍዎ።
check-arztbriefe = ደብዳቤታት ሓኪምን ውጽኢት ምርመራን ኣኪቡ
check-arztbriefe-hint = ሽዑ ሓደ ምርመራ ክልተ ግዜ ክግበር ኣየድልን። ክሊኒክ እንተቐየርኩም’ውን ይሕግዝ።
check-krankmeldung = ምስ ሓመምኩም ወረቐት ሕማም (Krankmeldung) ኣረክቡ
check-krankmeldung-hint = ወረቐት ሕማም ኣብ ስራሕ፡ ኣብ ኮርስ ቋንቋ ወይ ኣብ Jobcenter ኣረክቡ። ክሳብ መዓስ ከተረክብዎ ከም ዘለኩም ሕተቱ።

## Tab 9: Beratung und Hilfe

tab-advice-intro = ኩሉ ንበይንኹም ክትገብርዎ የብልኩምን። ኣብዚ ዝሕግዙኹም ቦታታት ትረኽቡ፡ መብዛሕትኡ ግዜ ብናጻ። ካብ ምኽሪ ዝጸሓፍኩምዎ ማስታወሻታት ኣብዚ ኣቐምጡ።
tab-advice-tip-kostenlos = መብዛሕትኦም ኣብያተ ጽሕፈት ምኽሪ ብናጻ እዮም። ውሑድ ጀርመንኛ እንተተዛሪብኩም’ውን ይሕግዙኹም።
tab-advice-tip-nachfragen = ገለ ነገር ኣይተረድኣኩምን ዶ? ደጊምኩም ሕተቱ። ቀሊል ቃላት ወይ ተርጓሚ ሕተቱ።
tab-advice-tip-unterschrift = ዝተረዳእኩምዎ ጥራይ ፈርሙ።
tab-advice-tip-jmd-mbe = ዕድሚኹም ትሕቲ 27 ዓመት እንተኾይኑ፡ Jugendmigrationsdienst (JMD፡ ኣገልግሎት ስደት ንመንእሰያት) ይሕግዝ። ካብ 27 ዓመት ጀሚሩ Migrationsberatung für Erwachsene (MBE፡ ምኽሪ ስደት ንዓበይቲ) ይሕግዝ።
tab-advice-tip-hilfetelefon = ቴሌፎን ሓገዝ «Gewalt gegen Frauen» (ዓመጽ ኣብ ልዕሊ ደቂ ኣንስትዮ) ቁጽሪ 116 016 እዩ። ብናጻ፡ ለይትን መዓልትን፡ ብብዙሓት ቋንቋታት እዩ።
tab-advice-tip-schon-gesehen = ኣየኖት ኣብያተ ጽሕፈትን ቦታታትን ከም ዝበጻሕኩም ንኣማኻሪ ንገሩ። ከምዚ ጌርኩም ዋላ ሓደ ሰብ ካብ ቦታ ናብ ቦታ ኣየዘውረኩምን።

check-ordner-mitnehmen = ነዚ ማህደር ናብ ነፍሲ ወከፍ ቆጸራ ሒዝኩም ኺዱ
check-ordner-mitnehmen-hint = ከምዚ ጌርኩም ኩሉ ሰብ ኣየኖት ወረቓቕቲ ከም ዘለዉኹምን እንታይ ከም ዝጎደለን ይርኢ።
check-beratung-finden = ኣብ ጥቓኹም ቤት ጽሕፈት ምኽሪ ድለዩ
check-beratung-finden-hint = ኣብዚ ክፍሊ ዘለዉ ኣድራሻታት ኣብዚ ይሕግዙኹም። ምኽሪ መብዛሕትኡ ግዜ ብናጻ እዩ።
check-beratungsnotizen = ድሕሪ ነፍሲ ወከፍ ምኽሪ ማስታወሻ ጽሓፉ
check-beratungsnotizen-hint = ጽሓፉ፡ መዓስ ነበረ? ምስ መን ተዛሪብኩም? እቲ ዝቕጽል ስጉምቲ እንታይ እዩ?
check-vollmacht = ውክልና (Vollmacht) ንእትኣምንዎ ሰብ ጥራይ ሃቡ
check-vollmacht-hint = ብውክልና፡ ካልእ ሰብ ኣብ ክንዳኹም ክሰርሕን ደብዳቤታትኩም ክቕበልን ይፍቀደሉ።
check-rechtsberatung = ካብ ጠበቓ ሓገዝ ኣበይ ከም እትረኽቡ ፍለጡ
check-rechtsberatung-hint = ውሑድ ገንዘብ ኣለኩም ዶ? ኣብ ናይ ከባቢ ቤት ፍርዲ (Amtsgericht) Beratungshilfe (ሓገዝ ንሕጋዊ ምኽሪ) ሕተቱ። ሽዑ ምኽሪ ጠበቓ ብውሑድ ዋጋ ይኸውን።

## Tab 10: Weitere Dokumente

tab-documents-intro = ኩሎም ካልኦት ኣገደስቲ ወረቓቕቲ ኣብዚ ኣቐምጡ፡ ፓስፖርት፡ ምስክር ወረቓቕቲ፡ መንጃ ፍቓድ። ጽቡቕ ስርዓት ኣብ ነፍሲ ወከፍ ቆጸራ ግዜ ይቝጥብ።
tab-documents-tip-kopien = ካብ ነፍሲ ወከፍ ኣገዳሲ ወረቐት ቅዳሕ ወይ ስእሊ ግበሩ። ኦሪጅናል ኣብ ውሑስ ቦታ ዕቀቡ።
tab-documents-tip-bestaetigung = ኦሪጅናል ናብ ቤት ጽሕፈት ትህቡ ዶ? ወረቐት መረጋገጺ ሕተቱ።
tab-documents-tip-botschaft = ኣብ እዋን መስርሕ ዑቕባ፡ ብዘይ ምኽሪ ናብ ኤምባሲ ዓድኹም ኣይትኺዱ። እዚ ንመስርሕ ዑቕባኹም ክጎድእ ይኽእል እዩ።
tab-documents-tip-beglaubigt = ኣብያተ ጽሕፈት መብዛሕትኡ ግዜ ዝተረጋገጸ ትርጉም (beglaubigte Übersetzung) ይደልዩ። እዚ ብመሓላ ዝተሾመ ተርጓሚ ማሕተም ዝሃቦ ትርጉም እዩ።
tab-documents-tip-app = እዚ ኣፕ ስእልታትኩም ብምስጢራዊ ኮድ ዓጺዩ ኣብ ሞባይልኩም ይዕቅቦ። ነቶም ወረቓቕቲ ግን ዕቀብዎም።

check-reisepass = ፓስፖርት ወይ ካርድ መንነት ብውሑስ ዕቀቡ
check-reisepass-hint = ቤት ጽሕፈት ፓስፖርትኩም ሒዙዎ ዶ? ሽዑ ወረቐት መረጋገጺ ትረኽቡ። ብጥንቃቐ ዕቀብዎ።
check-geburtsurkunde = ናይ ባዕልኹም ምስክር ወረቐት ልደት ዕቀቡ
check-geburtsurkunde-hint = ንኣብነት ንመርዓ ወይ ቆልዓኹም ምስ ዝውለድ የድልየኩም።
check-heiratsurkunde = ምስክር ወረቐት መርዓ ዕቀቡ
check-heiratsurkunde-hint = ንምጥርናፍ ስድራ (Familiennachzug) ከምኡ’ውን ንሓገዛት ስድራ ኣገዳሲ እዩ።
check-fuehrerschein = መንጃ ፍቓድ ኣመርምሩ
check-fuehrerschein-hint = ካብ ሕብረት ኤውሮጳ (EU) ወጻኢ ካብ ዘላ ሃገር ዝተወሃበ መንጃ ፍቓድ፡ ኣብ ጀርመን መብዛሕትኡ ግዜ ን6 ወርሒ ጥራይ እዩ ዝሰርሕ። ድሕሪኡ ክትቕይርዎ ኣለኩም። { deadline-not-legal-advice }
check-kopien = ካብ ኩሎም ኣገደስቲ ወረቓቕቲ ስእልታት ወይ ቅዳሓት ግበሩ
check-kopien-hint = ከምዚ ጌርኩም፡ ኦሪጅናል እንተጠፍአ’ውን እቶም ወረቓቕቲ ኣለዉኹም።
check-urkunden-uebersetzen = ኣገደስቲ ምስክር ወረቓቕቲ ኣተርጉሙ
check-urkunden-uebersetzen-hint = ቅድም ነቲ ቤት ጽሕፈት፡ ዝተረጋገጸ ትርጉም የድልዮ እንተኾይኑ ሕተቱ።

## Contact types

contact-type-auslaenderbehoerde = Ausländerbehörde (ቤት ጽሕፈት ጉዳይ ወጻእተኛታት)
contact-type-auslaenderbehoerde-desc = ወረቓቕቲ መንበሪ፡ Aufenthaltsgestattung፡ Duldung፡ Aufenthaltserlaubnis ከምኡ’ውን ፍቓድ ስራሕ።
contact-type-bamf = ፈደራላዊ ቤት ጽሕፈት ስደትን ስደተኛታትን (BAMF)
contact-type-bamf-desc = ኣብ ሕቶ ዑቕባ ውሳኔ ይህብ። ኮርሳት ምውህሃድ’ውን የወድብ።
contact-type-asylverfahrensberatung = ምኽሪ መስርሕ ዑቕባ (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = ብዛዕባ መስርሕ ዑቕባ፡ ቃለ-መሕትት ከምኡ’ውን ደብዳቤታት ካብ BAMF ምኽሪ ይህብ።
contact-type-buergeramt = Bürgeramt (ቤት ጽሕፈት ኣገልግሎት ህዝቢ)
contact-type-buergeramt-desc = ምምዝጋብ ኣድራሻ ከምኡ’ውን ወረቐት ምዝገባ ኣድራሻ (Meldebescheinigung)።
contact-type-sozialamt = Sozialamt (ቤት ጽሕፈት ማሕበራዊ ሓገዝ)
contact-type-sozialamt-desc = ኣብ እዋን መስርሕ ዑቕባ ገንዘብ፡ መንበሪ ከምኡ’ውን ወረቐት ሕክምና (Asylbewerberleistungsgesetz)።
contact-type-jobcenter = Jobcenter (ቤት ጽሕፈት ስራሕን ሓገዝ ገንዘብን)
contact-type-jobcenter-desc = Bürgergeld ከምኡ’ውን ስራሕ ኣብ ምድላይ ሓገዝ፡ መብዛሕትኡ ግዜ ድሕሪ ኣፍልጦ።
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (ኤጀንሲ ስራሕ)
contact-type-agentur-fuer-arbeit-desc = ምኽሪ ሞያ፡ ምድላይ ስራሕን ሞያዊ ስልጠናን።
contact-type-familienkasse = Familienkasse (ቤት ጽሕፈት ገንዘብ ሓገዝ ስድራ)
contact-type-familienkasse-desc = ገንዘብ ሓገዝ ቆልዑ (Kindergeld) ይኸፍል።
contact-type-schuldnerberatung = ምኽሪ ዕዳ (Schuldnerberatung)
contact-type-schuldnerberatung-desc = ኣብ ዕዳን ደብዳቤታት መዘኻኸሪ ክፍሊትን ይሕግዝ፡ መብዛሕትኡ ግዜ ብናጻ።
contact-type-wohnungsamt = Wohnungsamt (ቤት ጽሕፈት መንበሪ ኣባይቲ)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) ከምኡ’ውን ገዛ ኣብ ምድላይ ሓገዝ።
contact-type-sprachkurstraeger = ትካል ኮርስ ጀርመንኛ (Kursträger)
contact-type-sprachkurstraeger-desc = ኮርሳት ምውህሃድን ካልኦት ኮርሳት ጀርመንኛን፡ ንኣብነት ኣብ Volkshochschule (ቤት ትምህርቲ ዓበይቲ)።
contact-type-migrationsberatung = ምኽሪ ስደት ንዓበይቲ (MBE)
contact-type-migrationsberatung-desc = ካብ 27 ዓመት ንላዕሊ ንዝዕድሚኦም ሰባት ምኽሪ፡ ቋንቋ፡ ስራሕ፡ መንበሪ፡ ስድራ።
contact-type-jugendmigrationsdienst = ኣገልግሎት ስደት ንመንእሰያት (JMD)
contact-type-jugendmigrationsdienst-desc = ካብ 12 ክሳብ 27 ዓመት ንዝዕድሚኦም መንእሰያት ምኽሪ፡ ቤት ትምህርቲ፡ ሞያዊ ስልጠና፡ ቋንቋ።
contact-type-kita-schulamt = ቤት ጽሕፈት መውዓሊ ህጻናትን ቤት ትምህርትን (Kita- und Schulamt)
contact-type-kita-schulamt-desc = ቦታታት ኣብ መውዓሊ ህጻናት (Kita) ከምኡ’ውን ምዝገባ ቤት ትምህርቲ።
contact-type-jugendamt = Jugendamt (ቤት ጽሕፈት ክንክን ቆልዑን መንእሰያትን)
contact-type-jugendamt-desc = ንቆልዑ፡ ንመንእሰያትን ንወለድን ሓገዝ።
contact-type-standesamt = Standesamt (ቤት ጽሕፈት ምዝገባ ልደትን መርዓን)
contact-type-standesamt-desc = ኣብ ጀርመን ምስክር ወረቐት ልደትን ምስክር ወረቐት መርዓን።
contact-type-anerkennungsberatung = ምኽሪ ብዛዕባ ኣፍልጦ ትምህርታዊ ብቕዓት (Anerkennungsberatung)
contact-type-anerkennungsberatung-desc = ካብ ወጻኢ ንዝመጸ ትምህርታዊ ብቕዓት ኣፍልጦ ኣብ ምርካብ ይሕግዝ።
contact-type-krankenkasse = ትካል ውሕስና ጥዕና (Krankenkasse)
contact-type-krankenkasse-desc = ካርድ ጥዕና ከምኡ’ውን ወጻኢታት ሓኪምን ሆስፒታልን።
contact-type-hausarzt = ክሊኒክ ሓኪም ስድራ (Hausarztpraxis)
contact-type-hausarzt-desc = ምስ ሓመምኩም ቀዳማይ ቦታ። ናይ ባዕልኹም ክሊኒክ ኣብዚ ጽሓፉ።
contact-type-gesundheitsamt = Gesundheitsamt (ቤት ጽሕፈት ጥዕና ህዝቢ)
contact-type-gesundheitsamt-desc = ክታበታት፡ ምኽርን ምርመራታትን።
contact-type-rechtsanwalt = ጠበቓ (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = ኣብ ክሲ ይሕግዝ፡ ንኣብነት ኣንጻር ውሳኔ (Bescheid) ናይ BAMF።
contact-type-ehrenamt = ሓገዝ ወለንተኛታት (Ehrenamt)
contact-type-ehrenamt-desc = ወለንተኛታት ኣብ መዓልታዊ ህይወት ይሕግዙ፡ ንኣብነት ኣብ ደብዳቤታትን ቆጸራታትን።

## Labels of the fields of a contact

contact-field-organisation = ትካል
contact-field-department = ጨንፈር
contact-field-address = ኣድራሻ
contact-field-phone = ቴሌፎን
contact-field-email = ኢመይል
contact-field-web = መርበብ ሓበሬታ
contact-field-hours = ሰዓታት ስራሕ
contact-field-languages = ቋንቋታት
contact-field-notes = ማስታወሻታት
contact-by-appointment = ብቆጸራ ጥራይ
contact-facts-as-of = ሓበሬታ ካብ { $year }
contact-facts-unknown = እዚ ሓበሬታ ካብ መዓስ ምዃኑ ኣይፍለጥን።
