### Document types and deadline rules, in Kurdish Sorani. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Ankommen

doctype-ankunftsnachweis = Ankunftsnachweis (بەڵگەی گەیشتن)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (مۆڵەتی مانەوە لە ماوەی پرۆسەی پەنابەریدا)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (مۆڵەتی نیشتەجێبوون)
doctype-duldung = Duldung (دواخستنی دەرکردن)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (بەڵگەی کاتیی مانەوە)
doctype-bamf-einladung = نامەی BAMF کە ژوانی تێدایە (بۆ نموونە چاوپێکەوتن، Anhörung)
doctype-bamf-anhoerung = پرۆتۆکۆڵی چاوپێکەوتن (Anhörung) لە BAMF
doctype-bamf-bescheid = بڕیارنامەی BAMF (Bescheid)

## Geld

doctype-sozialamt-bescheid = بڕیارنامەی Sozialamt (Bescheid، AsylbLG)
doctype-bezahlkarte = کارتی پارەدان (Bezahlkarte)
doctype-jobcenter-bescheid = بڕیارنامەی Jobcenter (Bescheid، Bürgergeld)
doctype-kontovertrag = بەڵگەنامەکانی بانک
doctype-steuer-id = ژمارەی ناسینەوەی باج (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = بەخشران لە باجی ڕادیۆ و تەلەفزیۆن (Rundfunkbeitrag)

## Wohnen

doctype-meldebescheinigung = Meldebescheinigung (بەڵگەی تۆمارکردنی ناونیشان)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (پشتڕاستکردنەوەی خاوەن خانوو)
doctype-mietvertrag = گرێبەستی کرێ (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS، بەڵگەی مافی خانووی کۆمەڵایەتی)
doctype-energievertrag = گرێبەستی کارەبا یان گاز

## Deutsch lernen

doctype-integrationskurs-berechtigung = مافی بەشداری لە خولی تێکەڵبوون (Berechtigung)
doctype-kurs-anmeldung = ناونووسین بۆ خولی زمان
doctype-teilnahmebestaetigung = بەڵگەی بەشداری لە خولەکەوە (Teilnahmebestätigung)
doctype-sprachzertifikat = بڕوانامەی زمان (Sprachzertifikat، بۆ نموونە DTZ)
doctype-leben-in-deutschland = بڕوانامەی «Leben in Deutschland» (ژیان لە ئەڵمانیا)

## Kinder und Familie

doctype-kita-anmeldung = ناونووسین یان کۆپۆن (Gutschein) بۆ باخچەی ساوایان (Kita)
doctype-schulanmeldung = ناونووسین بۆ قوتابخانە
doctype-kindergeld-bescheid = بڕیارنامەی Familienkasse (پارەی منداڵ، Kindergeld)
doctype-kinderuntersuchungsheft = دەفتەری زەردی پشکنینی منداڵ (U-Heft)

## Arbeit

doctype-beschaeftigungserlaubnis = مۆڵەتی کارکردن (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = گرێبەستی کار (Arbeitsvertrag)
doctype-lohnabrechnung = پسوولەی مووچە (Lohnabrechnung)
doctype-sozialversicherungsausweis = کارتی بیمەی کۆمەڵایەتی (Sozialversicherungsausweis)
doctype-lebenslauf = ژیاننامە و داواکاریی کار

## Berufsausbildung und Studium

doctype-schulzeugnis = بڕوانامەی قوتابخانە (Schulzeugnis)
doctype-berufszeugnis = بڕوانامەی پیشە یان خوێندنی زانکۆ
doctype-anerkennungsbescheid = بڕیارنامەی پەسەندکردنی بڕوانامە (Bescheid)
doctype-ausbildungsvertrag = گرێبەستی ڕاهێنانی پیشەیی (Ausbildungsvertrag)

## Gesundheit

doctype-gesundheitskarte = کارتی بیمەی تەندروستی (Gesundheitskarte)
doctype-behandlungsschein = پسوولەی چارەسەر (Behandlungsschein)
doctype-impfpass = دەفتەری کوتان (Impfpass)
doctype-arztbrief = نامەی پزیشک یان ئەنجامی پشکنین (Befund)
doctype-krankmeldung = بەڵگەی نەخۆشی (Arbeitsunfähigkeitsbescheinigung)

## Beratung und Hilfe

doctype-beratungsnotiz = تێبینی لە ڕاوێژێکەوە
doctype-vollmacht = وەکالەتنامە (Vollmacht)
doctype-anwaltsschreiben = نامە لە پارێزەرێک یان لە دادگایەکەوە

## Weitere Dokumente

doctype-reisepass = پاسپۆرت (Reisepass)
doctype-id-karte = ناسنامەی وڵاتی خۆتان
doctype-geburtsurkunde = بەڵگەنامەی لەدایکبوون (Geburtsurkunde)
doctype-heiratsurkunde = بەڵگەنامەی هاوسەرگیری (Heiratsurkunde)
doctype-fuehrerschein = مۆڵەتی شۆفێری (Führerschein)
doctype-beglaubigte-uebersetzung = وەرگێڕانی پەسەندکراو (beglaubigte Übersetzung)
doctype-sonstiges = بەڵگەنامەی تر

## Deadline rules

deadline-not-legal-advice = ئەم دواوادەیە تەنها یارمەتییەکە، ڕاوێژی یاسایی نییە. دەستبەجێ پرسیار لە ناوەندێکی ڕاوێژکاری یان لە پارێزەرێک بکەن.
deadline-renew-before-expiry = ئەم بەڵگەنامەیە تەنها تا بەرواری بەسەرچوون بە کار دێت. بەروارەکە لەسەر بەڵگەنامەکە نووسراوە. لە کاتی خۆیدا پێش ئەو بەروارە داوای بەڵگەنامەیەکی نوێ یان درێژکردنەوە بکەن. { deadline-not-legal-advice }
deadline-asylum-decision = ئەگەر BAMF داواکاریی پەنابەرییەکەتان ڕەت بکاتەوە، تەنها کاتێکی کەمتان هەیە بۆ سکاڵا (Klage) لە دادگای کارگێڕی (Verwaltungsgericht). سکاڵا واتە: دادگایەک بڕیارەکە دەپشکنێت. دواوادەکە لەو ڕۆژەوە دەست پێ دەکات کە نامەکە ڕادەستتان دەکرێت. ئەم بەروارە لەسەر زەرفە زەردەکە نووسراوە. { deadline-not-legal-advice }
deadline-asylum-unfounded = وەک «unbegründet» (بێبنەما) ڕەتکراوەتەوە: سکاڵا (Klage) لە ماوەی 2 هەفتە دوای ڕادەستکردنی نامەکە. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = وەک «offensichtlich unbegründet» (بە ئاشکرا بێبنەما) ڕەتکراوەتەوە: سکاڵا (Klage) و داواکاریی بەپەلە (Eilantrag) لە ماوەی 1 هەفتە دوای ڕادەستکردنی نامەکە. داواکاریی بەپەلە داوایەکی خێرایە لە دادگا. { deadline-not-legal-advice }
deadline-asylum-inadmissible = وەک «unzulässig» (وەرنەگیراو) ڕەتکراوەتەوە: سکاڵا (Klage) و داواکاریی بەپەلە (Eilantrag) لە ماوەی 1 هەفتە دوای ڕادەستکردنی نامەکە. داواکاریی بەپەلە داوایەکی خێرایە لە دادگا. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = وەک پەنابەر یان خاوەن مافی پەنابەری ناسێنراون: ئەگەر هاوسەرەکەتان یان منداڵە خوار 18 ساڵەکانتان لە دەرەوە دەژین، لە ماوەی 3 مانگدا داواکاری کۆکردنەوەی خێزان (Familiennachzug) پێشکەش بکەن. ئەو کاتە پێویست ناکات بیسەلمێنن کە پارە و شوێنی نیشتەجێبوونی پێویستتان هەیە. دەتوانن خۆتان داواکارییەکە لە ئەڵمانیا پێشکەش بکەن، بۆ نموونە لە Ausländerbehörde. ئەو 3 مانگە لەو ڕۆژەوە دەست پێدەکات کە بڕیارنامەکە (Bescheid) یەکلاکەرەوە دەبێت؛ بەڵام ئەپەکە هەر لە ڕۆژی ڕادەستکردنەوە دەژمێرێت، بۆ ئەوەی دواوادە هەرگیز درەنگتر پیشان نەدرێت. ئەگەر بەشێک لە داواکارییەکەتان ڕەتکرابێتەوە، لەوانەیە سکاڵا (Klage) لە ماوەی 2 هەفتەدا پێویست بێت. { deadline-not-legal-advice }
deadline-register-address = لە ماوەی 2 هەفتە دوای چوونە ناو خانووەکە، ناونیشانەکەتان لە Bürgeramt (فەرمانگەی هاووڵاتیان) تۆمار بکەن. { deadline-not-legal-advice }
deadline-objection = لەگەڵ بڕیارنامەیەکدا (Bescheid) ڕازی نین؟ ئەوکات دەتوانن ناڕەزایی (Widerspruch) پێشکەش بکەن، زۆرجار لە ماوەی 1 مانگ دوای وەرگرتنی نامەکە. چۆنیەتییەکەی لە کۆتایی بڕیارنامەکەدا نووسراوە. { deadline-not-legal-advice }
deadline-tax-objection = لەگەڵ بڕیارنامەی (Bescheid) Familienkasse (فەرمانگەی پارەی منداڵ) ڕازی نین؟ ئەوکات Einspruch (ناڕەزایی) پێشکەش بکەن، نەک Widerspruch: لە ماوەی 1 مانگ دوای وەرگرتنی نامەکە. چۆنیەتییەکەی لە کۆتایی بڕیارنامەکەدا نووسراوە. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = لەگەڵ بڕیارنامەی (Bescheid) دانپێدانان بە بڕوانامە پیشەییەکەتان ڕازی نین؟ ئەوکات 1 مانگتان هەیە دوای وەرگرتنی نامەکە. بەپێی هەرێم (Bundesland)، Widerspruch (ناڕەزایی) پێشکەش دەکەن یان لە دادگای کارگێڕی Klage (سکاڵا) تۆمار دەکەن. کامەیان بۆ ئێوەیە، لە کۆتایی بڕیارنامەکەدا نووسراوە. { deadline-not-legal-advice }
deadline-appointment = لە کاتی خۆیدا بچن بۆ ژوانەکە. ناتوانن بێن؟ پێشتر ئاگاداریان بکەنەوە و هۆکارەکەی بڵێن. { deadline-not-legal-advice }
deadline-bamf-appointment = بە دڵنیاییەوە و لە کاتی خۆیدا بچن بۆ ئەم ژوانە لە BAMF. ئەوەی بەبێ هۆکاری گرنگ نەیەت، لەوانەیە ڕێکارەکانی پەنابەرییەکەی ڕابگیرێت. ناتوانن بێن، بۆ نموونە چونکە نەخۆشن؟ دەستبەجێ و پێش ژوانەکە BAMF ئاگادار بکەنەوە و بەڵگەیەک بنێرن، بۆ نموونە ڕاپۆرتی پزیشک. { deadline-not-legal-advice }
