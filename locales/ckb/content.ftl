### Content of the ten tabs, in Kurdish Sorani. Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with a short
### explanation in Sorani. Numbers in Western digits, as on German papers.

## Section headings of a tab page and of the printed folder

tab-section-tips = یاسا و ئامۆژگاری
tab-section-checklist = لیستی پشکنین
tab-section-contacts = پەیوەندییەکان

## Tab 1: Ankommen

tab-arrival-intro = لێرە یەکەم هەنگاوەکانتان لە ئەڵمانیا دەدۆزنەوە. ئەم بەشە دەربارەی مانەوەتان و پرۆسەی پەنابەرییەکەتانە. هەموو بەڵگەنامەکانی BAMF (فەرمانگەی فیدراڵی بۆ کۆچ و پەنابەران) و Ausländerbehörde (فەرمانگەی بیانییەکان) لێرە دابنێن.
tab-arrival-tip-gestattung-dabei = هەمیشە Aufenthaltsgestattung (مۆڵەتی مانەوە لە ماوەی پرۆسەی پەنابەریدا) لەگەڵ خۆتان هەڵبگرن. پۆلیس و فەرمانگەکان دەیانەوێت بیبینن.
tab-arrival-tip-briefe-oeffnen = هەموو نامەیەک دەستبەجێ بکەنەوە. زۆر نامە دواوادەیان هەیە. دواوادە دوا ڕۆژە بۆ وەڵامدانەوە.
tab-arrival-tip-gelber-umschlag = نامەکانی BAMF زۆرجار لە زەرفێکی زەرددا دێن. بەروارێک لەسەر زەرفەکە نووسراوە. زەرفەکە هەڵبگرن: دواوادەکە لەو بەروارەوە دەست پێ دەکات.
tab-arrival-tip-adresse = ماڵ دەگوازنەوە؟ ناونیشانە نوێیەکە دەستبەجێ بە BAMF و Ausländerbehörde (فەرمانگەی بیانییەکان) بڵێن. ئەگەر نا، نامە گرنگەکان پێتان ناگەن.
tab-arrival-tip-beratung-vor-anhoerung = پێش چاوپێکەوتن (Anhörung)، بچن بۆ ڕاوێژکاریی پرۆسەی پەنابەری (Asylverfahrensberatung). ئەم ڕاوێژە زۆرجار بێبەرامبەرە.
tab-arrival-tip-anhoerung-alles-sagen = لە چاوپێکەوتندا (Anhörung) هەموو ئەو شتانە بگێڕنەوە کە بۆ ڕاکردنەکەتان گرنگن. بەڵگە لەگەڵ خۆتان بهێنن، بۆ نموونە وێنە یان کاغەز.
tab-arrival-tip-dolmetscher = لە چاوپێکەوتندا وەرگێڕێک هەیە. ئەگەر باش لێی تێناگەن، دەستبەجێ بیڵێن.
tab-arrival-tip-duldung = Duldung (دواخستنی دەرکردن) مۆڵەتی نیشتەجێبوون نییە. تەنها مانای ئەوەیە: دەرکردنەکەتان بۆ ماوەیەک ڕاگیراوە (§ 60a AufenthG). دەستبەجێ لەگەڵ Duldung بچن بۆ ناوەندێکی ڕاوێژکاری.
tab-arrival-tip-fiktionsbescheinigung = ئەگەر پێش بەرواری بەسەرچوون داوای درێژکردنەوە بکەن، مۆڵەتی نیشتەجێبوونتان بەردەوام دەبێت تا Ausländerbehörde بڕیار دەدات. Fiktionsbescheinigung ئەمە پیشان دەدات (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = لەوانەیە لەسەر بەڵگەنامەکەتان Wohnsitzauflage (مەرجی شوێنی نیشتەجێبوون) نووسرابێت: واتە دەبێت لەو شوێنە بژین (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (سنووردارکردنی شوێن) واتە: بێ مۆڵەت ناتوانن ناوچەیەک جێبهێڵن (§ 56 AsylG, § 61 AufenthG). پێش ماڵگواستنەوە یان گەشت لە Ausländerbehörde بپرسن.

check-ankunftsnachweis = Ankunftsnachweis (بەڵگەی گەیشتن) بە باشی هەڵبگرن
check-ankunftsnachweis-hint = ئەمە یەکەم بەڵگەنامەتانە لە ئەڵمانیا. دوای تۆمارکردن وەریدەگرن.
check-aufenthaltsgestattung = دوای پێشکەشکردنی داواکاریی پەنابەری، Aufenthaltsgestattung (مۆڵەتی مانەوە) وەربگرن
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung نیشانی دەدات کە ئێوە دەتوانن لە ماوەی پرۆسەی پەنابەریدا لە ئەڵمانیا بن. هەمیشە لەگەڵ خۆتان هەڵیبگرن.
check-gestattung-verlaengern = Aufenthaltsgestattung (مۆڵەتی مانەوە) درێژ بکەنەوە — پێش بەرواری بەسەرچوون
check-gestattung-verlaengern-hint = بەرواری بەسەرچوون لەسەر بەڵگەنامەکە نووسراوە. لە کاتی خۆیدا پێش ئەو بەروارە بچن بۆ Ausländerbehörde (فەرمانگەی بیانییەکان). { deadline-not-legal-advice }
check-anhoerung = بچن بۆ چاوپێکەوتن (Anhörung) لە BAMF
check-anhoerung-hint = چاوپێکەوتن گفتوگۆیەکە دەربارەی ڕاکردنەکەتان. کاتی ژوانەکە لە نامەی BAMF دا نووسراوە. لە کاتی خۆیدا بێن و هەموو بەڵگەنامەکانتان لەگەڵ خۆتان بهێنن.
check-adresse-mitteilen = ناونیشانی نوێ دەستبەجێ بە BAMF و Ausländerbehörde (فەرمانگەی بیانییەکان) بڵێن
check-adresse-mitteilen-hint = BAMF نامەکان بۆ دوا ناونیشانێک دەنێرێت کە دەیزانێت. دواوادە دەست پێ دەکات، تەنانەت ئەگەر نامەکەش وەرنەگرن.
check-bamf-bescheid = بڕیارنامەی BAMF (Bescheid) دەستبەجێ ببەن بۆ ناوەندێکی ڕاوێژکاری
check-bamf-bescheid-hint = Bescheid نامەیەکە کە بڕیارێکی تێدایە. بەرواری سەر زەرفە زەردەکە بنووسن. ئەگەر داواکارییەکەتان ڕەت کرایەوە، تەنها 1 یان 2 هەفتە کاتتان هەیە بۆ سکاڵا لە دادگا (Klage). { deadline-not-legal-advice }
check-aufenthaltserlaubnis = دوای پەسەندکردنی پەنابەری: داوای Aufenthaltserlaubnis (مۆڵەتی نیشتەجێبوون) لە Ausländerbehörde (فەرمانگەی بیانییەکان) بکەن
check-aufenthaltserlaubnis-hint = هەروەها Aufenthaltserlaubnis (مۆڵەتی نیشتەجێبوون) بەرواری بەسەرچوونی هەیە. لە کاتی خۆیدا پێش ئەو بەروارە داوای درێژکردنەوە بکەن. { deadline-not-legal-advice }
check-duldung = Duldung پێش بەرواری بەسەرچوون درێژ بکەنەوە
check-duldung-hint = Duldung تەنها تا ئەو بەروارەی لەسەر بەڵگەنامەکە نووسراوە بەکاردێت. لە کاتی خۆیدا پێش ئەو بەروارە بچن بۆ Ausländerbehörde. لە ناوەندێکی ڕاوێژکاری بپرسن ئایا دەتوانن مۆڵەتی نیشتەجێبوون وەربگرن (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung بپارێزن و پێش بەرواری بەسەرچوون درێژی بکەنەوە
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung پیشان دەدات: داواکارییەکەتان لە ڕەوتدایە و تا بڕیار دەدرێت دەتوانن بمێننەوە (§ 81 Abs. 5 AufenthG). ئەمیش بەرواری بەسەرچوونی هەیە. لە کاتی خۆیدا پێش ئەو بەروارە بچن بۆ Ausländerbehörde. { deadline-not-legal-advice }
check-wohnsitzauflage = بەڵگەنامەکە بپشکنن: Wohnsitzauflage یان räumliche Beschränkung؟
check-wohnsitzauflage-hint = ئایا لەسەر بەڵگەنامەکەتان «Wohnsitzauflage» یان «räumlich beschränkt» نووسراوە؟ کەواتە پێش ماڵگواستنەوە یان گەشت لە Ausländerbehörde بپرسن (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بێ مۆڵەت لەوانەیە غەرامە یان سزا بدرێن.

## Tab 2: Geld

tab-money-intro = ئەم بەشە دەربارەی پارەیە بۆ ژیان. لە ماوەی پرۆسەی پەنابەریدا زۆرجار Sozialamt (فەرمانگەی کۆمەڵایەتی) یارمەتی دەدات، دواتر زۆرجار Jobcenter (فەرمانگەی کار و یارمەتی). بڕیارنامەکان (Bescheide)، بەڵگەنامەکانی بانک و بەڵگەنامەکانی باج لێرە دابنێن.
tab-money-tip-bescheid = Bescheid (بڕیارنامە) نامەیەکە لە فەرمانگەیەکەوە کە بڕیارێکی تێدایە. هەموو بڕیارنامەیەک هەڵبگرن.
tab-money-tip-aenderungen-melden = ئەگەر شتێک گۆڕا، دەستبەجێ بە فەرمانگەکە بڵێن: ناونیشانی نوێ، کاری نوێ، منداڵێک، پارەی زیاتر. ئەگەر نا، لەوانەیە ناچار بن پارە بگەڕێننەوە.
tab-money-tip-bezahlkarte = هەندێک شار لە جیاتی پارەی نەختینە کارتی پارەدان (Bezahlkarte) دەدەن. ژمارەی نهێنی (PIN) بە نهێنی بهێڵنەوە.
tab-money-tip-basiskonto = هەموو کەسێک لە ئەڵمانیا مافی هەژمارێکی بنەڕەتیی بانکی (Basiskonto) هەیە. ئەمە هەروەها بۆ ئەو کەسانەیە کە Aufenthaltsgestattung (مۆڵەتی مانەوە) یان Duldung (دواخستنی دەرکردن) یان هەیە.
tab-money-tip-haustuer = لە بەردەم دەرگای ماڵ یان بە تەلەفۆن هیچ گرێبەستێک ئیمزا مەکەن. پێشتر پرسیار لە ناوەندێکی ڕاوێژکاری بکەن.
tab-money-tip-schulden = قەرزتان هەیە یان نامەی داواکردنی پارە (Mahnungen) بۆتان هاتووە؟ زوو بچن بۆ ڕاوێژکاریی قەرز (Schuldnerberatung). زۆرجار بێبەرامبەرە.

check-asylblg-leistungen = داوای یارمەتی لە Sozialamt (فەرمانگەی کۆمەڵایەتی) بکەن
check-asylblg-leistungen-hint = لە ماوەی پرۆسەی پەنابەریدا زۆرجار Sozialamt پارە دەدات. ناوی ئەو یاسایە بریتییە لە Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = دوای پەسەندکردنی پەنابەری: داوای Bürgergeld (یارمەتیی دارایی بنەڕەتی) لە Jobcenter بکەن
check-buergergeld-hint = لە یاسادا ناوی Bürgergeld بریتییە لە Grundsicherung für Arbeitsuchende (دابینکردنی بنەڕەتی بۆ کارجۆیان). دەستبەجێ داواکارییەکە پێشکەش بکەن: Jobcenter تەنها لەو مانگەوە پارە دەدات کە داواکارییەکەی تێدا پێشکەش دەکەن.
check-widerspruch = با هەموو بڕیارنامەیەک (Bescheid) بپشکنرێت — ناڕەزایی (Widerspruch) لە ماوەی 1 مانگدا
check-widerspruch-hint = پێتان وایە بڕیارێک هەڵەیە؟ ئەوکات دەتوانن ناڕەزایی (Widerspruch) پێشکەش بکەن، زۆرجار تەنها لە ماوەی 1 مانگدا. چۆنیەتییەکەی لە کۆتایی بڕیارنامەکەدا (Bescheid) نووسراوە. { deadline-not-legal-advice }
check-bankkonto = هەژمارێکی بانکی بکەنەوە
check-bankkonto-hint = پاسپۆرتەکەتان یان Aufenthaltsgestattung (مۆڵەتی مانەوە) لەگەڵ خۆتان ببەن. بانک ناچارە هەژمارێکی بنەڕەتی (Basiskonto) بۆ ئێوە بکاتەوە.
check-steuer-id = ژمارەی ناسینەوەی باج (Steuer-Identifikationsnummer) هەڵبگرن
check-steuer-id-hint = دوای تۆمارکردنی ناونیشان (Anmeldung) بە پۆست دێت. بۆ کار و بۆ پارەی منداڵ (Kindergeld) پێویستتانە.
check-rundfunkbeitrag = داوای بەخشران لە باجی ڕادیۆ و تەلەفزیۆن (Rundfunkbeitrag) بکەن
check-rundfunkbeitrag-hint = Rundfunkbeitrag باجێکە بۆ ڕادیۆ و تەلەفزیۆن. ئەوەی پارە لە Sozialamt (فەرمانگەی کۆمەڵایەتی) یان Jobcenter وەردەگرێت، دەتوانێت لێی ببەخشرێت. بۆ ئەمە کۆپییەکی بڕیارنامەکە (Bescheid) بنێرن.

## Tab 3: Wohnen

tab-housing-intro = ئەم بەشە دەربارەی خانووەکەتانە. لێرە یاساکانی نیشتەجێبوون و تۆمارکردنی ناونیشانەکەتان (Anmeldung) دەدۆزنەوە. گرێبەستی کرێ (Mietvertrag) و Meldebescheinigung (بەڵگەی تۆمارکردنی ناونیشان) لێرە دابنێن.
tab-housing-tip-hausordnung = هەموو خانوویەک یاسای ناوخۆی خۆی هەیە (Hausordnung). زۆرجار لە کاتژمێر 22 تا 6 کاتی بێدەنگیی شەوە. ئەوکات هەمووان دەبێت بێدەنگ بن.
tab-housing-tip-muell = زبڵەکان جیا بکەنەوە: کاغەز، بەستەبەندی، شووشە، زبڵی ئۆرگانی (Bio-Müll) و زبڵی تر (Restmüll). ڕەنگی سەتڵەکانی زبڵ لە هەر شارێکدا جیاوازە.
tab-housing-tip-lueften = چەند جارێک لە ڕۆژدا بۆ چەند خولەکێک پەنجەرەکان بە تەواوی بکەنەوە. بەم شێوەیە کەڕوو دروست نابێت.
tab-housing-tip-kaution = بارمتە (Kaution) پارەیەکە بۆ خاوەن خانوو وەک دڵنیایی. کاتێک ماڵەکە چۆڵ دەکەن، ئەگەر خانووەکە ڕێک و پێک بێت، ئەو پارەیە وەردەگرنەوە.
tab-housing-tip-kuendigen = دەتانەوێت ماڵەکە چۆڵ بکەن؟ بە نووسین گرێبەستەکە هەڵبوەشێننەوە. زۆرجار دەبێت 3 مانگ پێشتر هەڵیبوەشێننەوە. فەرمانگەیەک کرێکەتان دەدات؟ ئەوکات پێشتر لەوێش بپرسن.

check-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (پشتڕاستکردنەوەی خاوەن خانوو) لە خاوەن خانوو وەربگرن
check-wohnungsgeberbestaetigung-hint = خاوەن خانوو دەبێت لە کاتی چوونە ناو خانووەکەدا بیداتە ئێوە. بۆ تۆمارکردنی ناونیشان (Anmeldung) پێویستتانە.
check-anmeldung = Anmeldung (تۆمارکردنی ناونیشان) لە Bürgeramt (فەرمانگەی هاووڵاتیان) — لە ماوەی 2 هەفتە دوای چوونە ناو خانوو
check-anmeldung-hint = Wohnungsgeberbestätigung (پشتڕاستکردنەوەی خاوەن خانوو) و پاسپۆرتەکەتان یان Aufenthaltsgestattung (مۆڵەتی مانەوە) لەگەڵ خۆتان بهێنن. ئەوکات Meldebescheinigung (بەڵگەی تۆمارکردنی ناونیشان) وەردەگرن. { deadline-not-legal-advice }
check-umzug-fragen = پێش گواستنەوە پرسیار لە Sozialamt (فەرمانگەی کۆمەڵایەتی) یان Jobcenter بکەن
check-umzug-fragen-hint = زۆرجار فەرمانگەکە دەبێت پێشتر ڕێگە بە خانووە نوێیەکە بدات. ئەگەر نا، لەوانەیە کرێکە نەدات. لە ماوەی پرۆسەی پەنابەریدا هەروەها پرسیار لە Ausländerbehörde (فەرمانگەی بیانییەکان) بکەن.
check-mietvertrag = با گرێبەستی کرێ (Mietvertrag) پێش ئیمزاکردن بپشکنرێت
check-mietvertrag-hint = داوا بکەن گرێبەستەکەتان بۆ ڕوون بکرێتەوە. کۆپییەک هەڵبگرن.
check-wohnberechtigungsschein = داوای Wohnberechtigungsschein (WBS، بەڵگەی مافی خانووی کۆمەڵایەتی) بکەن
check-wohnberechtigungsschein-hint = بۆ خانوویەکی کۆمەڵایەتی پێویستتان بە WBS هەیە. ئەگەر داهاتتان کەم بێت، لە Wohnungsamt (فەرمانگەی نیشتەجێبوون) وەریدەگرن.
check-energie = کارەبا و گاز تۆمار بکەن
check-energie-hint = لە ڕۆژی چوونە ناو خانووەکەدا ژمارەکانی سەر پێوەرەکان (عەدادەکان) بنووسن. وێنەیەکیشیان لێ بگرن.
check-briefkasten = ناوتان لەسەر سندوقی نامە و زەنگی دەرگا بنووسن
check-briefkasten-hint = ئەگەر نا، نامە گرنگەکان وەرناگرن. دواوادەکە هەر بەڕێوە دەچێت.

## Tab 4: Deutsch lernen

tab-german-intro = ئەڵمانی لە کار، لە قوتابخانە و لە ژیانی ڕۆژانەدا یارمەتیتان دەدات. لێرە ڕێگای خولی زمان دەدۆزنەوە. بەڵگەنامەکانی خول و بڕوانامەکان (Zertifikate) لێرە دابنێن.
tab-german-tip-jeden-tag = هەموو ڕۆژێک کەمێک فێر بن. 15 خولەکیش یارمەتیدەرە.
tab-german-tip-integrationskurs = خولی تێکەڵبوون (Integrationskurs) دوو بەشی هەیە: خولی زمان و خولی ئاشنابوون (Orientierungskurs). لە خولی ئاشنابووندا زۆر شت دەربارەی ژیان لە ئەڵمانیا فێر دەبن.
tab-german-tip-kosten = ئەگەر مافی بەشدارییتان (Berechtigung) هەبێت، خولی تێکەڵبوون کەم تێدەچێت یان بێبەرامبەرە.
tab-german-tip-kinderbetreuung = منداڵی بچووکتان هەیە؟ پرسیاری خولێک بکەن کە چاودێریی منداڵی تێدا بێت.
tab-german-tip-sprechen = لە هەر شوێنێک دەتوانن ئەڵمانی قسە بکەن: لە کاتی بازاڕکردن، لەگەڵ دراوسێکان، لە یانەی وەرزشی. زۆر شاریش کافێی زمانیان (Sprachcafé) هەیە.

check-integrationskurs-berechtigung = مافی بەشداری (Berechtigung) لە خولی تێکەڵبوون (Integrationskurs) وەربگرن
check-integrationskurs-berechtigung-hint = لە Ausländerbehörde (فەرمانگەی بیانییەکان)، Jobcenter یان BAMF پرسیار بکەن.
check-kurs-anmelden = لە دامەزراوەیەکی خول (Kursträger) ناو تۆمار بکەن
check-kurs-anmelden-hint = دامەزراوەکانی خول بۆ نموونە Volkshochschule (ناوەندی فێرکردنی گەورەساڵان) و قوتابخانەکانی زمانن. ڕاوێژکاریی کۆچ (Migrationsberatung) لە گەڕاندا یارمەتیتان دەدات.
check-kurs-teilnahme = بە ڕێکوپێکی بچن بۆ خولەکە
check-kurs-teilnahme-hint = نەخۆشن؟ بە دامەزراوەی خولەکە بڵێن و بەڵگەی نەخۆشی (Krankmeldung) بهێنن.
check-dtz = تاقیکردنەوەی «Deutsch-Test für Zuwanderer» (DTZ، تاقیکردنەوەی ئەڵمانی بۆ کۆچبەران) ئەنجام بدەن
check-dtz-hint = لە کۆتایی خولی زماندا تاقیکردنەوەیەک هەیە. بڕوانامەکە (Zertifikat) بۆ کار و بۆ مانەوە گرنگە.
check-lid-test = تاقیکردنەوەی «Leben in Deutschland» (ژیان لە ئەڵمانیا) ئەنجام بدەن
check-lid-test-hint = ئەم تاقیکردنەوەیە لە کۆتایی خولی ئاشنابووندایە (Orientierungskurs).
check-berufssprachkurs = دواتر بەشداری خولێکی زمانی پیشەیی (Berufssprachkurs) بکەن
check-berufssprachkurs-hint = لە Berufssprachkurs دا ئەڵمانی بۆ کار فێر دەبن. لە Jobcenter یان Agentur für Arbeit (ئاژانسی کار) پرسیار بکەن.

## Tab 5: Kinder und Familie

tab-family-intro = ئەم بەشە دەربارەی منداڵەکان و خێزانەکەتانە: باخچەی ساوایان (Kita)، قوتابخانە، پارەی منداڵ (Kindergeld) و تەندروستی. بەڵگەنامەکانی لەدایکبوون (Geburtsurkunden) و ناونووسینەکانی باخچەی ساوایان و قوتابخانە لێرە دابنێن.
tab-family-tip-schulpflicht = لە ئەڵمانیا هەموو منداڵێک دەبێت بچێتە قوتابخانە. قوتابخانە بێبەرامبەرە.
tab-family-tip-kita = منداڵان لە باخچەی ساوایان (Kita) بە خێرایی ئەڵمانی فێر دەبن. منداڵەکەتان زوو ناونووس بکەن: زۆرجار لیستی چاوەڕوانی هەیە.
tab-family-tip-elterngespraech = بچن بۆ گفتوگۆکان لەگەڵ باخچەی ساوایان و قوتابخانە. ئەگەر پێویستتان بە وەرگێڕ هەیە، داوای بکەن.
tab-family-tip-gewalt = لە ئەڵمانیا توندوتیژی بەرامبەر منداڵان قەدەغەیە، لە ناو خێزانیشدا. یارمەتی لە Jugendamt (فەرمانگەی چاودێریی منداڵان و گەنجان) و ناوەندەکانی ڕاوێژکاری هەیە.
tab-family-tip-geburt = منداڵەکەتان لە ئەڵمانیا لەدایک بووە؟ لەدایکبوونەکە لە Standesamt (فەرمانگەی باری شارستانی) تۆمار بکەن. لە ناوەندێکی ڕاوێژکاری بپرسن کە دەبێت چی بۆ منداڵەکە لە Ausländerbehörde (فەرمانگەی بیانییەکان) و BAMF بکەن.

check-geburtsurkunden-kinder = بەڵگەنامەی لەدایکبوونی منداڵەکان (Geburtsurkunden) ئامادە بهێڵنەوە
check-geburtsurkunden-kinder-hint = منداڵەکەتان لە ئەڵمانیا لەدایک بووە؟ ئەوکات بەڵگەنامەی لەدایکبوون لە Standesamt (فەرمانگەی باری شارستانی) وەردەگرن.
check-kita = بۆ شوێنێک لە باخچەی ساوایان (Kita) بگەڕێن و منداڵەکە ناونووس بکەن
check-kita-hint = منداڵان لە تەمەنی 1 ساڵییەوە مافی شوێنێکیان لە باخچەی ساوایان (Kita) هەیە. منداڵەکەتان زوو ناونووس بکەن.
check-schule = منداڵەکان لە قوتابخانە ناونووس بکەن
check-schule-hint = لە ئەڵمانیا منداڵان دەبێت بچنە قوتابخانە. Schulamt (فەرمانگەی قوتابخانەکان) پێتان دەڵێت کام قوتابخانە بەرپرسە.
check-masern = بەڵگەی کوتان دژی سوورێژە (Masern) نیشان بدەن
check-masern-hint = بۆ باخچەی ساوایان و قوتابخانە، منداڵان پێویستیان بە بەڵگەی کوتانی سوورێژە هەیە. ئەمە لە دەفتەری کوتاندا (Impfpass) نووسراوە.
check-u-untersuchungen = پشکنینە خۆپارێزییەکان لای پزیشکی منداڵان بکەن
check-u-untersuchungen-hint = ئەم پشکنینانە پێیان دەوترێت U1 تا U9. کاتی ژوانەکانیان لە دەفتەرە زەردەکەدا نووسراوە.
check-kindergeld = داوای پارەی منداڵ (Kindergeld) لە Familienkasse (سندوقی خێزان) بکەن
check-kindergeld-hint = ئەمە زۆرجار تەنها بە Aufenthaltserlaubnis (مۆڵەتی نیشتەجێبوون) دەکرێت. پرسیار لە ناوەندێکی ڕاوێژکاری بکەن.
check-bildung-teilhabe = داوای پارە بۆ کەلوپەلی قوتابخانە و گەشتەکان بکەن (Bildung und Teilhabe)
check-bildung-teilhabe-hint = ئەمە بۆ منداڵانە، ئەگەر خێزانەکە پارە لە Sozialamt (فەرمانگەی کۆمەڵایەتی) یان Jobcenter وەربگرێت.

## Tab 6: Arbeit

tab-work-intro = کار یارمەتیتان دەدات لە ئەڵمانیا جێگیر بن. لێرە نووسراوە کە پێش دەستپێکردنی کار چی دەبێت بزانن. مۆڵەتی کار، گرێبەستەکان و پسوولەکانی مووچە (Lohnabrechnungen) لێرە دابنێن.
tab-work-tip-ohne-erlaubnis = کارکردن بەبێ مۆڵەت قەدەغەیە. ئەمە دەتوانێت زیان بە مانەوەتان بگەیەنێت.
tab-work-tip-mindestlohn = لە ئەڵمانیا کەمترین مووچە (Mindestlohn) هەیە. بۆ زۆربەی کارەکان، مووچەی هەر کاتژمێرێک نابێت لەوە کەمتر بێت.
tab-work-tip-schriftlich = مافی ئەوەتان هەیە کە یاسا گرنگەکانی کارەکەتان لەسەر کاغەز هەبێت: مووچە، کاتی کار و پشوو.
tab-work-tip-krank = نەخۆشن؟ هەر لە یەکەم ڕۆژدا، پێش دەستپێکردنی کار، دەستبەجێ بە خاوەنکارەکەتان بڵێن.
tab-work-tip-probezeit = لە سەرەتادا زۆرجار ماوەی تاقیکردنەوە (Probezeit) هەیە. لەم ماوەیەدا کۆتاییهێنان بە کارەکە ئاسانترە.

check-arbeitserlaubnis = بپشکنن: ئایا ڕێگەم پێدراوە کار بکەم؟
check-arbeitserlaubnis-hint = ئەمە لەسەر بەڵگەنامەی مانەوەکەتان نووسراوە. ئەگەر Aufenthaltsgestattung (مۆڵەتی مانەوە) یان Duldung (دواخستنی دەرکردن) هەبێت، بۆ هەر کارێک پێویستتان بە مۆڵەت لە Ausländerbehörde (فەرمانگەی بیانییەکان) هەیە.
check-arbeitsuchend = لە Agentur für Arbeit (ئاژانسی کار) یان Jobcenter وەک کارجۆ ناو تۆمار بکەن
check-arbeitsuchend-hint = لەوێ یارمەتی بۆ گەڕان بەدوای کاردا وەردەگرن.
check-lebenslauf = ژیاننامەیەک (Lebenslauf) بە ئەڵمانی بنووسن
check-lebenslauf-hint = ناوەندێکی ڕاوێژکاری یان Jobcenter لەمەدا یارمەتیتان دەدات.
check-arbeitsvertrag = با پێش ئیمزاکردن کەسێک گرێبەستی کار (Arbeitsvertrag) بۆتان بخوێنێتەوە
check-arbeitsvertrag-hint = تەنها ئەوە ئیمزا بکەن کە لێی تێدەگەن. گرێبەستەکە بە باشی هەڵبگرن.
check-sozialversicherungsausweis = کارتی بیمەی کۆمەڵایەتی (Sozialversicherungsausweis) هەڵبگرن
check-sozialversicherungsausweis-hint = ژمارەی سەر ئەو کارتە بۆ هەموو کارێک پێویستتانە. لە لایەن بیمەی خانەنشینییەوە (Rentenversicherung) بە پۆست دێت.
check-lohnabrechnung = هەموو مانگێک پسوولەی مووچە (Lohnabrechnung) هەڵبگرن
check-lohnabrechnung-hint = پسوولەی مووچە مووچەکەتان نیشان دەدات و ئەوەی لێی دەبڕدرێت.
check-einkommen-melden = کار و مووچە دەستبەجێ بە Jobcenter یان Sozialamt (فەرمانگەی کۆمەڵایەتی) ڕابگەیەنن
check-einkommen-melden-hint = ئەگەر نا، لەوانەیە ناچار بن پارە بگەڕێننەوە.

## Tab 7: Berufsausbildung und Studium

tab-training-intro = ئەم بەشە دەربارەی قوتابخانە، ڕاهێنانی پیشەیی (Ausbildung) و خوێندنی زانکۆیە. بڕوانامەکەتان (Abschluss) لە وڵاتی خۆتانەوە دەتوانێت لە ئەڵمانیا بەهای زۆری هەبێت. بڕوانامەکان (Zeugnisse)، وەرگێڕانەکان و بەڵگەکانی پەسەندکردن (Anerkennungen) لێرە دابنێن.
tab-training-tip-ausbildung = ڕاهێنانی پیشەیی (Ausbildung) زۆرجار 2 تا 3 ساڵ و نیو دەخایەنێت. لە کۆمپانیا و لە قوتابخانەی پیشەیی (Berufsschule) فێر دەبن. لەو ماوەیەدا پارەش وەردەگرن.
tab-training-tip-anerkennung = بە بڕوانامەیەکی پەسەندکراو ئاسانتر کارێکی باش دەدۆزنەوە.
tab-training-tip-originale = بڕوانامە ئەسڵییەکان لە دەستی خۆتان دەرمەکەن. کۆپی یان کۆپیی پەسەندکراو بدەن.
tab-training-tip-deutsch-niveau = بۆ ڕاهێنانی پیشەیی زۆرجار پێویستتان بە ئەڵمانی لە ئاستی B1 یان B2 هەیە، بۆ خوێندنی زانکۆ زۆرجار C1.
tab-training-tip-foerderung = لە ماوەی ڕاهێنانی پیشەییدا هەندێک جار پارە لە دەوڵەتەوە هەیە، بۆ نموونە Berufsausbildungsbeihilfe (BAB) یان BAföG. لە Agentur für Arbeit (ئاژانسی کار) پرسیار بکەن.

check-zeugnisse = بڕوانامەکانی قوتابخانە و پیشە (Zeugnisse) کۆ بکەنەوە
check-zeugnisse-hint = ئەسڵەکان بە سەلامەتی هەڵبگرن. لە شوێنەکانی تر کۆپی نیشان بدەن.
check-zeugnisse-uebersetzen = با بڕوانامەکانتان وەربگێڕدرێن
check-zeugnisse-uebersetzen-hint = فەرمانگەکان زۆرجار داوای وەرگێڕانی پەسەندکراو (beglaubigte Übersetzung) دەکەن. ئەمە وەرگێڕێکی سوێندخواردوو دەیکات.
check-anerkennung = داوای پەسەندکردنی (Anerkennung) بڕوانامە بیانییەکەتان (Abschluss) بکەن
check-anerkennung-hint = ڕاوێژکاریی پەسەندکردن (Anerkennungsberatung) بێبەرامبەر یارمەتی دەدات، بۆ نموونە لە IQ Netzwerk.
check-berufsberatung = لە Agentur für Arbeit (ئاژانسی کار) ژوانێک بۆ ڕاوێژکاریی پیشەیی وەربگرن
check-berufsberatung-hint = لەوێ دەزانن کام ڕاهێنانی پیشەیی و کام پیشە بۆ ئێوە گونجاوە.
check-ausbildungsvertrag = گرێبەستی ڕاهێنانی پیشەیی (Ausbildungsvertrag) بە باشی هەڵبگرن
check-ausbildungsvertrag-hint = ئەگەر Duldung (دواخستنی دەرکردن) هەبێت، ڕاهێنانی پیشەیی دەتوانێت یارمەتیتان بدات لە ئەڵمانیا بمێننەوە (Ausbildungsduldung). پرسیار لە ناوەندێکی ڕاوێژکاری بکەن.
check-studium = بۆ خوێندنی زانکۆ پرسیار لە زانکۆ (Hochschule) بکەن
check-studium-hint = بپرسن کام بەڵگەنامە و چ ئاستێکی ئەڵمانیتان پێویستە.

## Tab 8: Gesundheit

tab-health-intro = ئەم بەشە دەربارەی تەندروستیتانە. لێرە دەخوێننەوە چۆن بچن بۆ لای پزیشک و کێ پارە دەدات. دەفتەری کوتان (Impfpass)، نامەکانی پزیشک و کۆپییەکی کارتی بیمەی تەندروستی (Gesundheitskarte) لێرە دابنێن.
tab-health-tip-notruf = لە حاڵەتی کتوپڕدا پەیوەندی بە 112 بکەن: ئامبولانس و ئاگرکوژێنەوە. ژمارەی پۆلیس بریتییە لە 110. پەیوەندییەکان بێبەرامبەرن.
tab-health-tip-bereitschaftsdienst = ئێواران و لە کۆتایی هەفتەدا خزمەتگوزاریی پزیشکیی نۆبەدار (ärztlicher Bereitschaftsdienst) یارمەتی دەدات. ژمارەی تەلەفۆنەکەی بریتییە لە 116 117.
tab-health-tip-hausarzt-zuerst = سەرەتا بچن بۆ نۆرینگەی پزیشکی خێزان (Hausarztpraxis). ئەگەر پێویست بوو، پزیشکەکە ئێوە دەنێرێت بۆ لای پزیشکێکی پسپۆڕ.
tab-health-tip-termin = پێشتر ژوان (Termin) وەربگرن. ئەگەر ناتوانن بێن، ژوانەکە هەڵبوەشێننەوە.
tab-health-tip-schweigepflicht = پزیشکان بۆیان نییە هیچ شتێک دەربارەی ئێوە بە کەسی تر بڵێن. پێی دەوترێت ئەرکی پاراستنی نهێنی (Schweigepflicht). دەتوانن بە ئاشکرا قسە بکەن.
tab-health-tip-seele = دەروونیش دەتوانێت نەخۆش بکەوێت، بۆ نموونە دوای جەنگ و ڕاکردن. بۆ ئەمەش یارمەتی هەیە. لە نۆرینگەی پزیشکی خێزانەکەتان یان لە ناوەندێکی ڕاوێژکاری پرسیار بکەن.

check-gesundheitskarte = کارتی بیمەی تەندروستی (Gesundheitskarte) یان پسوولەی چارەسەر (Behandlungsschein) لەلای خۆتان بێت
check-gesundheitskarte-hint = لە ماوەی پرۆسەی پەنابەریدا زۆرجار پسوولەی چارەسەر لە Sozialamt (فەرمانگەی کۆمەڵایەتی) وەردەگرن. لە هەندێک شار ڕاستەوخۆ کارتی بیمەی تەندروستی دەدرێت.
check-behandlungsschein = پێش چوون بۆ لای پزیشک پسوولەی چارەسەر (Behandlungsschein) وەربگرن
check-behandlungsschein-hint = پسوولەی چارەسەر تەنها بۆ ماوەیەکی دیاریکراو بە کار دێت. لە حاڵەتی کتوپڕدا دەستبەجێ بچن بۆ لای پزیشک یان نەخۆشخانە.
check-krankenkasse = کاتێک کار دەکەن یان Bürgergeld (یارمەتیی دارایی بنەڕەتی) وەردەگرن، سندوقێکی بیمەی تەندروستی (Krankenkasse) هەڵبژێرن
check-krankenkasse-hint = دەتوانن خۆتان سندوقی بیمەی تەندروستی هەڵبژێرن. ئەوکات کارتی بیمەی تەندروستی (Gesundheitskarte) وەردەگرن.
check-impfpass = دەفتەری کوتان (Impfpass) هەڵبگرن و با کوتانەکانتان بپشکنرێن
check-impfpass-hint = دەفتەری کوتان (Impfpass) لە هەموو سەردانێکی پزیشکدا لەگەڵ خۆتان بهێنن. کوتانێک کەمە؟ پزیشکەکەتان ڕاوێژتان پێ دەدات.
check-hausarzt = نۆرینگەیەکی پزیشکی خێزان (Hausarztpraxis) بدۆزنەوە
check-hausarzt-hint = کاتێک نەخۆش دەکەون، سەرەتا بچن بۆ ئەوێ. نۆرینگەکە بۆ پەیوەندییەکان زیاد بکەن.
check-arztbriefe = نامەکانی پزیشک و ئەنجامی پشکنینەکان (Befunde) کۆ بکەنەوە
check-arztbriefe-hint = بەم شێوەیە هیچ پشکنینێک دووجار ناکرێت. ئەمە یارمەتیدەرە ئەگەر نۆرینگەکەتان گۆڕی.
check-krankmeldung = لە کاتی نەخۆشیدا بەڵگەی نەخۆشی (Krankmeldung) پێشکەش بکەن
check-krankmeldung-hint = بەڵگەی نەخۆشی لە کار، لە خولی زمان یان لە Jobcenter پێشکەش بکەن. بپرسن تا کەی دەبێت پێشکەشی بکەن.

## Tab 9: Beratung und Hilfe

tab-advice-intro = پێویست ناکات هەموو شتێک بە تەنها بکەن. لێرە ئەو شوێنانە دەدۆزنەوە کە یارمەتیتان دەدەن، زۆرجار بێبەرامبەر. تێبینییەکانی ڕاوێژەکان لێرە دابنێن.
tab-advice-tip-kostenlos = زۆربەی ناوەندەکانی ڕاوێژکاری بێبەرامبەرن. ئەوان یارمەتیتان دەدەن، تەنانەت ئەگەر کەمێک ئەڵمانی قسە بکەن.
tab-advice-tip-nachfragen = لە شتێک تێناگەن؟ دووبارە بپرسن. داوای وشەی ئاسان یان وەرگێڕ بکەن.
tab-advice-tip-unterschrift = تەنها ئەوە ئیمزا بکەن کە لێی تێدەگەن.
tab-advice-tip-jmd-mbe = تا تەمەنی 27 ساڵی، Jugendmigrationsdienst (JMD، خزمەتگوزاریی کۆچی گەنجان) یارمەتی دەدات. لە تەمەنی 27 ساڵییەوە، Migrationsberatung für Erwachsene (MBE، ڕاوێژکاریی کۆچ بۆ گەورەساڵان) یارمەتی دەدات.
tab-advice-tip-hilfetelefon = ژمارەی هێڵی یارمەتی «Gewalt gegen Frauen» (توندوتیژی دژی ئافرەتان) بریتییە لە 116 016. بێبەرامبەرە، شەو و ڕۆژ، بە زۆر زمان.
tab-advice-tip-schon-gesehen = بە ڕاوێژکارەکە بڵێن کە پێشتر چووبوونە کام فەرمانگە و شوێن. بەم شێوەیە کەس بێهودە لە شوێنێکەوە بۆ شوێنێکی ترتان نانێرێت.

check-ordner-mitnehmen = ئەم فۆڵدەرە بۆ هەموو ژوانێک لەگەڵ خۆتان ببەن
check-ordner-mitnehmen-hint = بەم شێوەیە هەمووان دەبینن کام بەڵگەنامەتان هەیە و چی هێشتا کەمە.
check-beratung-finden = ناوەندێکی ڕاوێژکاری لە نزیک خۆتان بدۆزنەوە
check-beratung-finden-hint = پەیوەندییەکانی ئەم بەشە لەمەدا یارمەتیتان دەدەن. ڕاوێژکاری زۆرجار بێبەرامبەرە.
check-beratungsnotizen = دوای هەموو ڕاوێژێک تێبینییەک بنووسن
check-beratungsnotizen-hint = بنووسن: کەی بوو؟ لەگەڵ کێ قسەتان کرد؟ هەنگاوی داهاتوو چییە؟
check-vollmacht = وەکالەتنامە (Vollmacht) تەنها بدەن بە کەسێک کە متمانەتان پێی هەیە
check-vollmacht-hint = بە وەکالەتنامە کەسێکی تر دەتوانێت لە جیاتی ئێوە کار بکات و نامەکانتان وەربگرێت.
check-rechtsberatung = بزانن لە کوێ دەتوانن یارمەتی لە پارێزەرێک وەربگرن
check-rechtsberatung-hint = پارەتان کەمە؟ لە Amtsgericht (دادگای ناوچە) داوای Beratungshilfe (یارمەتیی ڕاوێژی یاسایی) بکەن. ئەوکات ڕاوێژی پارێزەر کەم تێدەچێت.

## Tab 10: Weitere Dokumente

tab-documents-intro = هەموو بەڵگەنامە گرنگەکانی تر لێرە دابنێن: پاسپۆرت، بەڵگەنامە فەرمییەکان (Urkunden)، مۆڵەتی شۆفێری. ڕێکخستنی باش لە هەموو ژوانێکدا کات دەپارێزێت.
tab-documents-tip-kopien = لە هەموو بەڵگەنامەیەکی گرنگ کۆپی یان وێنەیەک بگرن. ئەسڵەکان لە شوێنێکی سەلامەت هەڵبگرن.
tab-documents-tip-bestaetigung = بەڵگەنامەیەکی ئەسڵی دەدەن بە فەرمانگەیەک؟ داوای پسوولەی وەرگرتن (Bestätigung) بکەن.
tab-documents-tip-botschaft = لە ماوەی پرۆسەی پەنابەریدا: بەبێ ڕاوێژ مەچن بۆ باڵیۆزخانەی وڵاتەکەی خۆتان. ئەمە دەتوانێت زیان بە پرۆسەی پەنابەرییەکەتان بگەیەنێت.
tab-documents-tip-beglaubigt = فەرمانگەکان زۆرجار داوای وەرگێڕانی پەسەندکراو (beglaubigte Übersetzung) دەکەن. ئەمە وەرگێڕانێکە بە مۆری وەرگێڕێکی سوێندخواردوو.
tab-documents-tip-app = ئەم ئەپە وێنەکانتان بە شفرەکراوی لەسەر مۆبایلەکەتان هەڵدەگرێت. لەگەڵ ئەوەشدا بەڵگەنامە کاغەزییەکان هەڵبگرن.

check-reisepass = پاسپۆرت یان ناسنامە (Ausweis) بە سەلامەتی هەڵبگرن
check-reisepass-hint = فەرمانگەیەک پاسپۆرتەکەتان لای خۆی دەهێڵێتەوە؟ ئەوکات پسوولەی وەرگرتن (Bestätigung) وەردەگرن. ئەوە بە باشی هەڵبگرن.
check-geburtsurkunde = بەڵگەنامەی لەدایکبوونی خۆتان (Geburtsurkunde) هەڵبگرن
check-geburtsurkunde-hint = بۆ نموونە بۆ هاوسەرگیری یان کاتێک منداڵتان دەبێت پێویستتانە.
check-heiratsurkunde = بەڵگەنامەی هاوسەرگیری (Heiratsurkunde) هەڵبگرن
check-heiratsurkunde-hint = بۆ پێکەوەگەیاندنەوەی خێزان (Familiennachzug) و بۆ یارمەتییەکانی خێزان گرنگە.
check-fuehrerschein = با مۆڵەتی شۆفێرییەکەتان (Führerschein) بپشکنرێت
check-fuehrerschein-hint = مۆڵەتی شۆفێری لە وڵاتێکی دەرەوەی یەکێتیی ئەوروپا (EU) زۆرجار تەنها 6 مانگ لە ئەڵمانیا بە کار دێت. دواتر دەبێت بیگۆڕن بۆ مۆڵەتی ئەڵمانی. { deadline-not-legal-advice }
check-kopien = لە هەموو بەڵگەنامە گرنگەکان وێنە یان کۆپی بگرن
check-kopien-hint = بەم شێوەیە ئەگەر ئەسڵێک ون بوو، هێشتا بەڵگەنامەکانتان هەیە.
check-urkunden-uebersetzen = با بەڵگەنامە فەرمییە گرنگەکان (Urkunden) وەربگێڕدرێن
check-urkunden-uebersetzen-hint = سەرەتا لە فەرمانگەکە بپرسن ئایا پێویستی بە وەرگێڕانی پەسەندکراو (beglaubigte Übersetzung) هەیە.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (فەرمانگەی بیانییەکان)
contact-type-auslaenderbehoerde-desc = بەڵگەنامەکانی مانەوە: Aufenthaltsgestattung، Duldung، Aufenthaltserlaubnis و مۆڵەتی کارکردن.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF، فەرمانگەی فیدراڵی بۆ کۆچ و پەنابەران)
contact-type-bamf-desc = بڕیار لەسەر داواکاریی پەنابەری دەدات. هەروەها خولەکانی تێکەڵبوون (Integrationskurse) ڕێکدەخات.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (ڕاوێژکاریی پرۆسەی پەنابەری)
contact-type-asylverfahrensberatung-desc = ڕاوێژ دەربارەی پرۆسەی پەنابەری، چاوپێکەوتن (Anhörung) و نامەکانی BAMF دەدات.
contact-type-buergeramt = Bürgeramt (فەرمانگەی هاووڵاتیان)
contact-type-buergeramt-desc = تۆمارکردنی ناونیشان (Anmeldung) و Meldebescheinigung (بەڵگەی تۆمارکردنی ناونیشان).
contact-type-sozialamt = Sozialamt (فەرمانگەی کۆمەڵایەتی)
contact-type-sozialamt-desc = پارە، شوێنی نیشتەجێبوون و پسوولەی چارەسەر (Behandlungsschein) لە ماوەی پرۆسەی پەنابەریدا (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (فەرمانگەی کار و یارمەتی)
contact-type-jobcenter-desc = Bürgergeld (یارمەتیی دارایی بنەڕەتی) و یارمەتی بۆ گەڕان بەدوای کاردا، زۆرجار دوای پەسەندکردنی پەنابەری.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (ئاژانسی کار)
contact-type-agentur-fuer-arbeit-desc = ڕاوێژکاریی پیشەیی، گەڕان بەدوای کار و ڕاهێنانی پیشەییدا.
contact-type-familienkasse = Familienkasse (سندوقی خێزان)
contact-type-familienkasse-desc = پارەی منداڵ (Kindergeld) دەدات.
contact-type-schuldnerberatung = Schuldnerberatung (ڕاوێژکاریی قەرز)
contact-type-schuldnerberatung-desc = یارمەتی دەدات لە قەرز و نامەکانی داواکردنی پارە (Mahnungen)، زۆرجار بێبەرامبەر.
contact-type-wohnungsamt = Wohnungsamt (فەرمانگەی نیشتەجێبوون)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) و یارمەتی بۆ گەڕان بەدوای خانوودا.
contact-type-sprachkurstraeger = دامەزراوەی خولی ئەڵمانی (Kursträger)
contact-type-sprachkurstraeger-desc = خولەکانی تێکەڵبوون و خولەکانی تری ئەڵمانی، بۆ نموونە لە Volkshochschule.
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE، ڕاوێژکاریی کۆچ بۆ گەورەساڵان)
contact-type-migrationsberatung-desc = ڕاوێژ بۆ کەسانی 27 ساڵ و سەرووتر: زمان، کار، نیشتەجێبوون، خێزان.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD، خزمەتگوزاریی کۆچی گەنجان)
contact-type-jugendmigrationsdienst-desc = ڕاوێژ بۆ گەنجانی 12 تا 27 ساڵ: قوتابخانە، ڕاهێنانی پیشەیی، زمان.
contact-type-kita-schulamt = Kita- und Schulamt (فەرمانگەی باخچەی ساوایان و قوتابخانە)
contact-type-kita-schulamt-desc = شوێن لە باخچەی ساوایان (Kita) و ناونووسین لە قوتابخانە.
contact-type-jugendamt = Jugendamt (فەرمانگەی چاودێریی منداڵان و گەنجان)
contact-type-jugendamt-desc = یارمەتی بۆ منداڵان، گەنجان و دایک و باوکان.
contact-type-standesamt = Standesamt (فەرمانگەی باری شارستانی)
contact-type-standesamt-desc = بەڵگەنامەی لەدایکبوون و بەڵگەنامەی هاوسەرگیری لە ئەڵمانیا.
contact-type-anerkennungsberatung = Anerkennungsberatung (ڕاوێژکاریی پەسەندکردنی بڕوانامە)
contact-type-anerkennungsberatung-desc = یارمەتی دەدات لە پەسەندکردنی بڕوانامە بیانییەکان.
contact-type-krankenkasse = Krankenkasse (سندوقی بیمەی تەندروستی)
contact-type-krankenkasse-desc = کارتی بیمەی تەندروستی (Gesundheitskarte) و تێچووی پزیشک و نەخۆشخانە.
contact-type-hausarzt = Hausarztpraxis (نۆرینگەی پزیشکی خێزان)
contact-type-hausarzt-desc = یەکەم شوێن لە کاتی نەخۆشیدا. نۆرینگەی خۆتان لێرە بنووسن.
contact-type-gesundheitsamt = Gesundheitsamt (فەرمانگەی تەندروستی)
contact-type-gesundheitsamt-desc = کوتان، ڕاوێژ و پشکنین.
contact-type-rechtsanwalt = پارێزەر (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = یارمەتی دەدات لە سکاڵا لە دادگا (Klage)، بۆ نموونە دژی بڕیارنامەیەکی (Bescheid) BAMF.
contact-type-ehrenamt = یارمەتیی خۆبەخشانە (Ehrenamt)
contact-type-ehrenamt-desc = خۆبەخشان لە ژیانی ڕۆژانەدا یارمەتی دەدەن، بۆ نموونە لە نامە و ژوانەکاندا.

## Labels of the fields of a contact

contact-field-organisation = دامەزراوە
contact-field-department = بەش
contact-field-address = ناونیشان
contact-field-phone = تەلەفۆن
contact-field-email = ئیمەیڵ
contact-field-web = ماڵپەڕ
contact-field-hours = کاتەکانی کارکردن
contact-field-languages = زمانەکان
contact-field-notes = تێبینی
contact-by-appointment = تەنها بە ژوانی پێشوەختە
contact-facts-as-of = زانیاریی ساڵی { $year }
contact-facts-unknown = نازانرێت ئەم زانیارییانە هی کەین.
