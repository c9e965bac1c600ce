### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Varış

doctype-ankunftsnachweis = Ankunftsnachweis (varış belgesi)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (sığınma süreci boyunca kalış izni)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (oturma izni)
doctype-duldung = Duldung (sınır dışı etmenin ertelenmesi)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (geçici oturum belgesi)
doctype-bamf-einladung = BAMF'tan randevu mektubu (örneğin mülakat)
doctype-bamf-anhoerung = BAMF'taki mülakatın (Anhörung) tutanağı
doctype-bamf-bescheid = BAMF'ın karar yazısı (Bescheid)

## Para

doctype-sozialamt-bescheid = Sozialamt'ın karar yazısı (Bescheid, AsylbLG)
doctype-bezahlkarte = Ödeme kartı (Bezahlkarte)
doctype-jobcenter-bescheid = Jobcenter'in karar yazısı (Bescheid, Bürgergeld)
doctype-kontovertrag = Banka belgeleri
doctype-steuer-id = Vergi kimlik numarası (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Radyo ve televizyon katkı payından muafiyet (Rundfunkbeitrag)

## Konut

doctype-meldebescheinigung = Meldebescheinigung (adres kayıt belgesi)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (ev sahibi onayı)
doctype-mietvertrag = Kira sözleşmesi (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, sosyal konut hak belgesi)
doctype-energievertrag = Elektrik veya doğalgaz sözleşmesi

## Almanca öğrenmek

doctype-integrationskurs-berechtigung = Uyum kursuna katılım hakkı (Berechtigung)
doctype-kurs-anmeldung = Dil kursu kaydı
doctype-teilnahmebestaetigung = Kursa katılım belgesi
doctype-sprachzertifikat = Dil sertifikası (örneğin DTZ)
doctype-leben-in-deutschland = “Leben in Deutschland” (Almanya'da Yaşam) sertifikası

## Çocuklar ve aile

doctype-kita-anmeldung = Kita kaydı veya Kita kuponu (Gutschein)
doctype-schulanmeldung = Okul kaydı
doctype-kindergeld-bescheid = Familienkasse'nin karar yazısı (Bescheid, Kindergeld)
doctype-kinderuntersuchungsheft = Sarı çocuk muayene defteri (U-Heft)

## İş

doctype-beschaeftigungserlaubnis = Çalışma izni (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = İş sözleşmesi (Arbeitsvertrag)
doctype-lohnabrechnung = Maaş bordrosu (Lohnabrechnung)
doctype-sozialversicherungsausweis = Sosyal sigorta kartı (Sozialversicherungsausweis)
doctype-lebenslauf = Özgeçmiş ve iş başvurusu

## Meslek eğitimi ve üniversite

doctype-schulzeugnis = Okul karnesi veya diploması (Schulzeugnis)
doctype-berufszeugnis = Meslek veya üniversite diploması
doctype-anerkennungsbescheid = Diploma denkliği hakkında karar yazısı (Bescheid)
doctype-ausbildungsvertrag = Meslek eğitimi sözleşmesi (Ausbildungsvertrag)

## Sağlık

doctype-gesundheitskarte = Sağlık kartı (Gesundheitskarte)
doctype-behandlungsschein = Tedavi belgesi (Behandlungsschein)
doctype-impfpass = Aşı karnesi (Impfpass)
doctype-arztbrief = Doktor mektubu veya tahlil sonucu
doctype-krankmeldung = Hastalık raporu (Arbeitsunfähigkeitsbescheinigung)

## Danışmanlık ve yardım

doctype-beratungsnotiz = Danışmanlıktan not
doctype-vollmacht = Vekâletname (Vollmacht)
doctype-anwaltsschreiben = Avukattan veya mahkemeden mektup

## Diğer belgeler

doctype-reisepass = Pasaport (Reisepass)
doctype-id-karte = Kendi ülkenizden kimlik kartı
doctype-geburtsurkunde = Doğum belgesi
doctype-heiratsurkunde = Evlilik belgesi
doctype-fuehrerschein = Ehliyet (sürücü belgesi)
doctype-beglaubigte-uebersetzung = Onaylı tercüme (beglaubigte Übersetzung)
doctype-sonstiges = Başka bir belge

## Deadline rules

deadline-not-legal-advice = Bu süre bilgisi sadece bir yardımdır, hukuki danışmanlık değildir. Hemen bir danışmanlık merkezine veya bir avukata sorun.
deadline-renew-before-expiry = Bu belge sadece son geçerlilik tarihine kadar geçerlidir. Tarih belgenin üzerinde yazar. Bu tarihten yeterince önce yeni bir belge veya uzatma için başvurun. { deadline-not-legal-advice }
deadline-asylum-decision = BAMF sığınma başvurunuzu reddederse, idare mahkemesinde (Verwaltungsgericht) dava (Klage) açmak için çok az zamanınız vardır. Dava şu demektir: Bir mahkeme kararı kontrol eder. Süre, mektubun size resmî olarak tebliğ edildiği (Zustellung) gün başlar. Bu tarih sarı zarfın üzerinde yazar. { deadline-not-legal-advice }
deadline-asylum-unfounded = Ret gerekçesi “unbegründet” (dayanaksız) ise: Tebliğden (Zustellung) sonra 2 hafta içinde dava (Klage). { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Ret gerekçesi “offensichtlich unbegründet” (açıkça dayanaksız) ise: Tebliğden (Zustellung) sonra 1 hafta içinde dava (Klage) ve acil başvuru (Eilantrag). Acil başvuru, mahkemeye yapılan acil bir ricadır. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Ret gerekçesi “unzulässig” (kabul edilemez) ise: Tebliğden (Zustellung) sonra 1 hafta içinde dava (Klage) ve acil başvuru (Eilantrag). Acil başvuru, mahkemeye yapılan acil bir ricadır. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Mülteci veya iltica hakkı sahibi olarak tanındınız: Eşiniz veya 18 yaşından küçük çocuklarınız yurt dışında yaşıyorsa, aile birleşimi (Familiennachzug) başvurusunu 3 ay içinde yapın. O zaman yeterli paranız ve konutunuz olduğunu kanıtlamanız gerekmez. Başvuruyu Almanya'da kendiniz de yapabilirsiniz, örneğin Ausländerbehörde'de. Bu 3 aylık süre, karar yazısı (Bescheid) kesinleştiğinde başlar; uygulama ise tebliğ (Zustellung) gününden itibaren sayar, böylece süre hiçbir zaman geç gösterilmez. Başvurunuzun bir kısmı reddedildiyse 2 hafta içinde dava (Klage) açmak gerekebilir. { deadline-not-legal-advice }
deadline-register-address = Taşındıktan sonra 2 hafta içinde adresinizi Bürgeramt'ta (nüfus dairesi) kaydettirin (Anmeldung). { deadline-not-legal-advice }
deadline-objection = Bir karar yazısına (Bescheid) katılmıyor musunuz? O zaman itiraz (Widerspruch) edebilirsiniz, genellikle mektubu aldıktan sonra 1 ay içinde. Nasıl yapılacağı karar yazısının sonunda yazar. { deadline-not-legal-advice }
deadline-tax-objection = Familienkasse’nin (çocuk parası dairesi) karar yazısına (Bescheid) katılmıyor musunuz? O zaman Widerspruch değil, Einspruch (itiraz) yapın: mektubu aldıktan sonra 1 ay içinde. Nasıl yapılacağı karar yazısının sonunda yazar. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Mesleki yeterliliğinizin tanınmasıyla ilgili karar yazısına (Bescheid) katılmıyor musunuz? O zaman mektubu aldıktan sonra 1 ayınız var. Eyalete göre itiraz (Widerspruch) edersiniz ya da idare mahkemesinde dava (Klage) açarsınız. Sizin için hangisinin geçerli olduğu karar yazısının sonunda yazar. { deadline-not-legal-advice }
deadline-appointment = Randevuya zamanında gidin. Gelemiyor musunuz? Önceden haber verin ve nedenini söyleyin. { deadline-not-legal-advice }
deadline-bamf-appointment = BAMF’deki bu randevuya mutlaka ve zamanında gidin. Önemli bir sebep olmadan gelmeyen kişinin iltica süreci durdurulabilir. Gelemiyor musunuz, örneğin hasta olduğunuz için? BAMF’ye hemen, randevudan önce haber verin ve bir belge gönderin, örneğin doktor raporu. { deadline-not-legal-advice }
