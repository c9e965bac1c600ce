### On bölümün içeriği. Translated from locales/de/content.ftl (the source).
### German official terms stay in German, with a short Turkish explanation. Case suffixes go
### after an apostrophe (Ausländerbehörde'ye, BAMF'a, Jobcenter'e, Sozialamt'a) or on a Turkish noun.

## Section headings of a tab page and of the printed folder

tab-section-tips = Kurallar ve ipuçları
tab-section-checklist = Yapılacaklar listesi
tab-section-contacts = İletişim

## Tab 1: Varış

tab-arrival-intro = Burada Almanya'daki ilk adımları bulursunuz. Konu, buradaki kalışınız ve sığınma süreciniz. BAMF'tan ve Ausländerbehörde'den (Yabancılar Dairesi) gelen tüm belgeleri burada saklayın.
tab-arrival-tip-gestattung-dabei = Aufenthaltsgestattung belgenizi (sığınma süreci boyunca kalış izni) her zaman yanınızda taşıyın. Polis ve resmî daireler bu belgeyi görmek ister.
tab-arrival-tip-briefe-oeffnen = Her mektubu hemen açın. Birçok mektupta bir süre (son tarih) vardır. Son tarih, cevap vermek için son gündür.
tab-arrival-tip-gelber-umschlag = BAMF'tan gelen mektuplar çoğu zaman sarı bir zarfla gelir. Zarfın üzerinde bir tarih vardır. Zarfı saklayın: Süre bu tarihte başlar.
tab-arrival-tip-adresse = Taşınıyor musunuz? Yeni adresinizi hemen BAMF'a ve Ausländerbehörde'ye (Yabancılar Dairesi) bildirin. Yoksa önemli mektuplar size ulaşmaz.
tab-arrival-tip-beratung-vor-anhoerung = Mülakattan (Anhörung) önce bir sığınma süreci danışmanlığına (Asylverfahrensberatung) gidin. Danışmanlık çoğu zaman ücretsizdir.
tab-arrival-tip-anhoerung-alles-sagen = Mülakatta (Anhörung) kaçışınız için önemli olan her şeyi anlatın. Kanıt getirin, örneğin fotoğraf veya belgeler.
tab-arrival-tip-dolmetscher = Mülakatta (Anhörung) bir tercüman vardır. Tercümanı iyi anlamazsanız bunu hemen söyleyin.
tab-arrival-tip-duldung = Duldung (sınır dışı etmenin ertelenmesi) bir oturma izni değildir. Sadece şu anlama gelir: sınır dışı edilmeniz bir süre için ertelenmiştir (§ 60a AufenthG). Duldung belgenizle hemen bir danışma merkezine gidin.
tab-arrival-tip-fiktionsbescheinigung = Uzatmayı son geçerlilik tarihinden önce başvurursanız, oturma izniniz Ausländerbehörde karar verene kadar geçerli kalır. Bunu Fiktionsbescheinigung gösterir (§ 81 Abs. 4 ve 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Belgenizde Wohnsitzauflage (ikamet zorunluluğu) olabilir: o zaman o yerde oturmanız gerekir (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (bölgesel kısıtlama) şu demektir: izinsiz bir bölgeden çıkamazsınız (§ 56 AsylG, § 61 AufenthG). Taşınmadan veya yolculuktan önce Ausländerbehörde'ye sorun.

check-ankunftsnachweis = Ankunftsnachweis belgesini (varış belgesi) iyi saklamak
check-ankunftsnachweis-hint = Bu, Almanya'daki ilk belgenizdir. Bu belgeyi kayıttan sonra alırsınız.
check-aufenthaltsgestattung = Sığınma başvurusundan sonra Aufenthaltsgestattung belgesini (kalış izni) almak
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung belgesi şunu gösterir: Sığınma süreci boyunca Almanya'da kalabilirsiniz. Bu belgeyi her zaman yanınızda taşıyın.
check-gestattung-verlaengern = Aufenthaltsgestattung belgesini (kalış izni) uzatmak — son geçerlilik tarihinden önce
check-gestattung-verlaengern-hint = Son geçerlilik tarihi belgenin üzerinde yazar. Bu tarihten yeterince önce Ausländerbehörde'ye (Yabancılar Dairesi) gidin. { deadline-not-legal-advice }
check-anhoerung = BAMF'taki mülakata (Anhörung) gitmek
check-anhoerung-hint = Mülakat, kaçışınız hakkında bir görüşmedir. Randevu BAMF'tan gelen mektupta yazar. Zamanında gelin ve tüm belgelerinizi getirin.
check-adresse-mitteilen = Yeni adresi hemen BAMF'a ve Ausländerbehörde'ye (Yabancılar Dairesi) bildirmek
check-adresse-mitteilen-hint = BAMF mektupları bildiği son adrese gönderir. Mektubu almasanız bile süre başlar.
check-bamf-bescheid = BAMF'ın karar yazısını (Bescheid) hemen danışmanlığa götürmek
check-bamf-bescheid-hint = Bescheid, bir karar içeren mektuptur. Sarı zarfın üzerindeki tarihi not edin. Başvurunuz reddedilirse dava (Klage) açmak için sadece 1 veya 2 haftanız vardır. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Olumlu karardan sonra: Ausländerbehörde'ye Aufenthaltserlaubnis (oturma izni) için başvurmak
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (oturma izni) belgesinin de bir son geçerlilik tarihi vardır. Uzatma için bu tarihten yeterince önce başvurun. { deadline-not-legal-advice }
check-duldung = Duldung belgesini son geçerlilik tarihinden önce uzattırmak
check-duldung-hint = Duldung yalnızca belgedeki tarihe kadar geçerlidir. Bu tarihten yeterince önce Ausländerbehörde'ye gidin. Oturma izni alıp alamayacağınızı bir danışma merkezine sorun (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Fiktionsbescheinigung belgesini saklamak ve son geçerlilik tarihinden önce uzattırmak
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung şunu gösterir: başvurunuz işlemdedir ve karar verilene kadar kalabilirsiniz (§ 81 Abs. 5 AufenthG). Onun da bir son geçerlilik tarihi vardır. Bu tarihten yeterince önce Ausländerbehörde'ye gidin. { deadline-not-legal-advice }
check-wohnsitzauflage = Belgenize bakın: Wohnsitzauflage veya räumliche Beschränkung var mı?
check-wohnsitzauflage-hint = Belgenizde „Wohnsitzauflage“ veya „räumlich beschränkt“ yazıyor mu? O zaman taşınmadan veya yolculuğa çıkmadan önce Ausländerbehörde'ye sorun (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). İzinsiz hareket ederseniz para cezası veya ceza alabilirsiniz.

## Tab 2: Para

tab-money-intro = Burada konu, geçiminiz için gereken para. Sığınma süreci boyunca genellikle Sozialamt (Sosyal Yardım Dairesi), daha sonra çoğu zaman Jobcenter yardım eder. Karar yazılarını (Bescheide), banka belgelerini ve vergi belgelerini burada saklayın.
tab-money-tip-bescheid = Bescheid, bir resmî daireden gelen ve bir karar içeren mektuptur. Her karar yazısını saklayın.
tab-money-tip-aenderungen-melden = Bir şey değişirse bunu hemen daireye bildirin: yeni adres, yeni iş, bir çocuk, daha fazla para. Yoksa belki parayı geri ödemeniz gerekir.
tab-money-tip-bezahlkarte = Bazı şehirler nakit para yerine bir ödeme kartı (Bezahlkarte) verir. PIN kodunu gizli tutun.
tab-money-tip-basiskonto = Almanya'da herkesin bir temel banka hesabı (Basiskonto) hakkı vardır. Bu hak, Aufenthaltsgestattung (kalış izni) veya Duldung (sınır dışı etmenin ertelenmesi) belgesiyle de geçerlidir.
tab-money-tip-haustuer = Kapıda veya telefonda sözleşme imzalamayın. Önce bir danışmanlık merkezine sorun.
tab-money-tip-schulden = Borçlarınız veya ödeme hatırlatmalarınız (Mahnungen) mı var? Erkenden bir borç danışmanlığına (Schuldnerberatung) gidin. Bu danışmanlık çoğu zaman ücretsizdir.

check-asylblg-leistungen = Sozialamt'a (Sosyal Yardım Dairesi) yardım için başvurmak
check-asylblg-leistungen-hint = Sığınma süreci boyunca genellikle Sozialamt ödeme yapar. Bununla ilgili yasanın adı: Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = Olumlu karardan sonra: Jobcenter'e Bürgergeld (vatandaş parası) için başvurmak
check-buergergeld-hint = Bürgergeld'in yasadaki adı: Grundsicherung für Arbeitsuchende (iş arayanlar için temel güvence). Başvuruyu hemen yapın: Jobcenter ancak başvuru yaptığınız aydan itibaren ödeme yapar.
check-widerspruch = Her karar yazısını (Bescheid) kontrol ettirmek — 1 ay içinde itiraz (Widerspruch)
check-widerspruch-hint = Bir kararın yanlış olduğunu mu düşünüyorsunuz? O zaman itiraz (Widerspruch) edebilirsiniz, çoğu zaman sadece 1 ay içinde. Nasıl yapılacağı karar yazısının sonunda yazar. { deadline-not-legal-advice }
check-bankkonto = Banka hesabı açmak
check-bankkonto-hint = Pasaportunuzu veya Aufenthaltsgestattung belgenizi (kalış izni) yanınıza alın. Banka size bir temel hesap (Basiskonto) açmak zorundadır.
check-steuer-id = Vergi kimlik numarasını (Steuer-Identifikationsnummer) saklamak
check-steuer-id-hint = Numara, adres kaydından (Anmeldung) sonra posta ile gelir. Çalışmak ve çocuk parası (Kindergeld) için bu numaraya ihtiyacınız vardır.
check-rundfunkbeitrag = Radyo ve televizyon katkı payından (Rundfunkbeitrag) muafiyet için başvurmak
check-rundfunkbeitrag-hint = Rundfunkbeitrag, radyo ve televizyon için alınan bir ücrettir. Sozialamt'tan veya Jobcenter'den para alan kişi muaf olabilir. Bunun için karar yazınızın (Bescheid) bir kopyasını gönderin.

## Tab 3: Konut

tab-housing-intro = Burada konu, eviniz. Ev kurallarını ve adresinizin kaydını (Anmeldung) burada bulursunuz. Kira sözleşmesini ve Meldebescheinigung belgesini (adres kayıt belgesi) burada saklayın.
tab-housing-tip-hausordnung = Her binanın ev düzeni kuralları (Hausordnung) vardır. Genellikle saat 22.00 ile 06.00 arası gece sessizliğidir. Bu saatlerde herkes sessiz olmalıdır.
tab-housing-tip-muell = Çöpleri ayırın: kâğıt, ambalaj, cam, organik çöp ve diğer çöp (Restmüll). Çöp kutularının renkleri her şehirde farklıdır.
tab-housing-tip-lueften = Günde birkaç kez, birkaç dakika boyunca pencereleri tamamen açın. Böylece küf oluşmaz.
tab-housing-tip-kaution = Depozito (Kaution), ev sahibine güvence olarak verilen paradır. Evden çıkarken, ev düzgün durumdaysa bu parayı geri alırsınız.
tab-housing-tip-kuendigen = Evden çıkmak mı istiyorsunuz? Sözleşmeyi yazılı olarak feshedin. Genellikle 3 ay önceden feshetmeniz gerekir. Kiranızı bir daire mi ödüyor? O zaman önceden oraya da sorun.

check-wohnungsgeberbestaetigung = Ev sahibinden Wohnungsgeberbestätigung belgesini (ev sahibi onayı) almak
check-wohnungsgeberbestaetigung-hint = Ev sahibi bu belgeyi size eve taşındığınızda vermek zorundadır. Adres kaydı (Anmeldung) için bu belgeye ihtiyacınız vardır.
check-anmeldung = Bürgeramt'ta (nüfus dairesi) Anmeldung (adres kaydı) — taşındıktan sonra 2 hafta içinde
check-anmeldung-hint = Wohnungsgeberbestätigung belgesini (ev sahibi onayı) ve pasaportunuzu veya Aufenthaltsgestattung belgenizi (kalış izni) yanınıza alın. Sonra bir Meldebescheinigung (adres kayıt belgesi) alırsınız. { deadline-not-legal-advice }
check-umzug-fragen = Taşınmadan önce Sozialamt'a (Sosyal Yardım Dairesi) veya Jobcenter'e sormak
check-umzug-fragen-hint = Daire yeni evi çoğu zaman önceden onaylamak zorundadır. Yoksa kirayı belki ödemez. Sığınma süreci boyunca Ausländerbehörde'ye (Yabancılar Dairesi) de sorun.
check-mietvertrag = Kira sözleşmesini (Mietvertrag) imzalamadan önce kontrol ettirmek
check-mietvertrag-hint = Sözleşmeyi size açıklamalarını isteyin. Bir kopyasını saklayın.
check-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, sosyal konut hak belgesi) için başvurmak
check-wohnberechtigungsschein-hint = Sosyal konut için bir WBS'ye ihtiyacınız vardır. Geliriniz düşükse bu belgeyi Wohnungsamt'tan (Konut Dairesi) alırsınız.
check-energie = Elektrik ve doğalgaz aboneliği yaptırmak
check-energie-hint = Taşındığınız gün sayaçlardaki rakamları not edin. Sayaçların fotoğrafını da çekin.
check-briefkasten = Posta kutusuna ve zile adınızı yazmak
check-briefkasten-hint = Yoksa önemli mektupları alamazsınız. Süre yine de işler.

## Tab 4: Almanca öğrenmek

tab-german-intro = Almanca size işte, okulda ve günlük hayatta yardımcı olur. Burada dil kursuna giden yolu bulursunuz. Kurs belgelerini ve sertifikaları burada saklayın.
tab-german-tip-jeden-tag = Her gün biraz öğrenin. 15 dakika bile yardımcı olur.
tab-german-tip-integrationskurs = Uyum kursunun (Integrationskurs) iki bölümü vardır: bir dil kursu ve bir oryantasyon kursu. Oryantasyon kursunda Almanya'daki hayat hakkında çok şey öğrenirsiniz.
tab-german-tip-kosten = Katılım hakkınız (Berechtigung) varsa uyum kursu az para tutar veya ücretsizdir.
tab-german-tip-kinderbetreuung = Küçük çocuklarınız mı var? Çocuk bakımı olan bir kurs sorun.
tab-german-tip-sprechen = Mümkün olan her yerde Almanca konuşun: alışverişte, komşularla, spor kulübünde. Birçok şehirde dil kafeleri (Sprachcafés) de vardır.

check-integrationskurs-berechtigung = Uyum kursu için katılım hakkı (Berechtigung) almak
check-integrationskurs-berechtigung-hint = Ausländerbehörde'ye (Yabancılar Dairesi), Jobcenter'e veya BAMF'a sorun.
check-kurs-anmelden = Bir kurs kurumuna (Kursträger) kaydolmak
check-kurs-anmelden-hint = Kurs kurumları örneğin halk eğitim merkezleri (Volkshochschulen) ve dil okullarıdır. Göç danışmanlığı (Migrationsberatung) kurs aramanıza yardım eder.
check-kurs-teilnahme = Kursa düzenli gitmek
check-kurs-teilnahme-hint = Hasta mısınız? Bunu kurs kurumuna bildirin ve bir hastalık raporu (Krankmeldung) getirin.
check-dtz = “Deutsch-Test für Zuwanderer” (DTZ, göçmenler için Almanca testi) sınavına girmek
check-dtz-hint = Dil kursunun sonunda bir sınav vardır. Sertifika, çalışmak ve oturum hakkı için önemlidir.
check-lid-test = “Leben in Deutschland” (Almanya'da Yaşam) testine girmek
check-lid-test-hint = Test, oryantasyon kursunun sonundadır.
check-berufssprachkurs = Sonra bir mesleki dil kursuna (Berufssprachkurs) gitmek
check-berufssprachkurs-hint = Berufssprachkurs'ta iş için Almanca öğrenirsiniz. Jobcenter'e veya Agentur für Arbeit'a (İş Ajansı) sorun.

## Tab 5: Çocuklar ve aile

tab-family-intro = Burada konu, çocuklarınız ve aileniz: Kita (kreş ve anaokulu), okul, çocuk parası (Kindergeld) ve sağlık. Doğum belgelerini ve Kita ile okul kayıtlarını burada saklayın.
tab-family-tip-schulpflicht = Almanya'da bütün çocuklar okula gitmek zorundadır. Okul ücretsizdir.
tab-family-tip-kita = Çocuklar Kita'da (kreş ve anaokulu) hızla Almanca öğrenir. Çocuğunuzu erkenden kaydettirin: Çoğu zaman bekleme listesi vardır.
tab-family-tip-elterngespraech = Kita ve okulla yapılan görüşmelere gidin. Gerekirse bir tercüman isteyin.
tab-family-tip-gewalt = Almanya'da çocuklara şiddet yasaktır, aile içinde de. Jugendamt'ta (Gençlik Dairesi) ve danışmanlık merkezlerinde yardım vardır.
tab-family-tip-geburt = Çocuğunuz Almanya'da mı doğdu? Doğumu Standesamt'a (Nüfus ve Evlendirme Dairesi) bildirin. Çocuk için Ausländerbehörde'de (Yabancılar Dairesi) ve BAMF'ta ne yapmanız gerektiğini bir danışmanlık merkezine sorun.

check-geburtsurkunden-kinder = Çocukların doğum belgelerini hazır tutmak
check-geburtsurkunden-kinder-hint = Çocuğunuz Almanya'da mı doğdu? O zaman doğum belgesini Standesamt'tan (Nüfus ve Evlendirme Dairesi) alırsınız.
check-kita = Kita'da (kreş ve anaokulu) yer aramak ve çocuğu kaydettirmek
check-kita-hint = 1 yaşından itibaren çocukların Kita'da yer hakkı vardır. Çocuğunuzu erkenden kaydettirin.
check-schule = Çocukları okula kaydettirmek
check-schule-hint = Almanya'da çocuklar okula gitmek zorundadır. Schulamt (Okul Dairesi) size çocuğunuzun hangi okula gideceğini söyler.
check-masern = Kızamık aşısını belgelemek
check-masern-hint = Kita ve okul için çocukların kızamık aşısı olduğuna dair bir belge gerekir. Bu bilgi aşı karnesinde (Impfpass) yazar.
check-u-untersuchungen = Çocuk doktorunda koruyucu muayeneleri yaptırmak
check-u-untersuchungen-hint = Bu muayenelerin adı U1'den U9'a kadardır. Randevu tarihleri sarı defterde yazar.
check-kindergeld = Familienkasse'ye (Aile Kasası) çocuk parası (Kindergeld) için başvurmak
check-kindergeld-hint = Bu genellikle ancak Aufenthaltserlaubnis (oturma izni) ile mümkündür. Bir danışmanlık merkezine sorun.
check-bildung-teilhabe = Okul malzemeleri ve geziler için para istemek (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Aile Sozialamt'tan (Sosyal Yardım Dairesi) veya Jobcenter'den para alıyorsa çocuklar bu parayı alabilir.

## Tab 6: İş

tab-work-intro = Çalışmak, Almanya'ya alışmanıza yardımcı olur. Burada bir işe başlamadan önce bilmeniz gerekenler yazıyor. Çalışma izninizi, sözleşmelerinizi ve maaş bordrolarınızı burada saklayın.
tab-work-tip-ohne-erlaubnis = İzinsiz çalışmak yasaktır. Bu, oturum hakkınıza zarar verebilir.
tab-work-tip-mindestlohn = Almanya'da asgari ücret (Mindestlohn) vardır. Çoğu işte saatlik ücret bundan düşük olamaz.
tab-work-tip-schriftlich = İşinizin önemli kurallarını yazılı olarak alma hakkınız vardır: ücret, çalışma saatleri ve izin.
tab-work-tip-krank = Hasta mısınız? Bunu ilk gün hemen, iş başlamadan önce işvereninize bildirin.
tab-work-tip-probezeit = Başlangıçta çoğu zaman bir deneme süresi (Probezeit) vardır. Bu sürede iş sözleşmesi daha kolay feshedilebilir.

check-arbeitserlaubnis = Kontrol etmek: Çalışabilir miyim?
check-arbeitserlaubnis-hint = Bu, oturum belgenizde yazar. Aufenthaltsgestattung (kalış izni) veya Duldung (sınır dışı etmenin ertelenmesi) belgesiyle her iş için Ausländerbehörde'den (Yabancılar Dairesi) izin almanız gerekir.
check-arbeitsuchend = Agentur für Arbeit'a (İş Ajansı) veya Jobcenter'e iş arayan olarak kaydolmak
check-arbeitsuchend-hint = Orada iş ararken yardım alırsınız.
check-lebenslauf = Almanca bir özgeçmiş (Lebenslauf) yazmak
check-lebenslauf-hint = Bir danışmanlık merkezi veya Jobcenter bu konuda yardım eder.
check-arbeitsvertrag = İş sözleşmesini (Arbeitsvertrag) imzalamadan önce birine okutmak
check-arbeitsvertrag-hint = Sadece anladığınız şeyi imzalayın. Sözleşmeyi iyi saklayın.
check-sozialversicherungsausweis = Sosyal sigorta kartını (Sozialversicherungsausweis) saklamak
check-sozialversicherungsausweis-hint = Üzerindeki numaraya her işte ihtiyacınız vardır. Kart, emeklilik sigortasından (Rentenversicherung) posta ile gelir.
check-lohnabrechnung = Maaş bordrolarını (Lohnabrechnungen) her ay saklamak
check-lohnabrechnung-hint = Maaş bordrosu, ücretinizi ve ücretinizden nelerin kesildiğini gösterir.
check-einkommen-melden = İşi ve ücreti hemen Jobcenter'e veya Sozialamt'a (Sosyal Yardım Dairesi) bildirmek
check-einkommen-melden-hint = Yoksa belki parayı geri ödemeniz gerekir.

## Tab 7: Meslek eğitimi ve üniversite

tab-training-intro = Burada konu okul, meslek eğitimi ve üniversite. Kendi ülkenizdeki diplomanız Almanya'da çok değerli olabilir. Diplomaları, karneleri, tercümeleri ve denklik belgelerini burada saklayın.
tab-training-tip-ausbildung = Meslek eğitimi (Ausbildung) genellikle 2 ile 3,5 yıl sürer. Bir işyerinde ve meslek okulunda (Berufsschule) öğrenirsiniz. Bu sırada para da alırsınız.
tab-training-tip-anerkennung = Denkliği tanınmış bir diplomayla daha kolay iyi bir iş bulursunuz.
tab-training-tip-originale = Diplomalarınızın asıllarını elden çıkarmayın. Fotokopi veya onaylı fotokopi verin.
tab-training-tip-deutsch-niveau = Meslek eğitimi için çoğu zaman B1 veya B2 seviyesinde, üniversite için çoğu zaman C1 seviyesinde Almanca gerekir.
tab-training-tip-foerderung = Meslek eğitimi sırasında bazen devletten para desteği vardır, örneğin Berufsausbildungsbeihilfe (BAB) veya BAföG. Agentur für Arbeit'a (İş Ajansı) sorun.

check-zeugnisse = Okul karnelerini ve meslek diplomalarını toplamak
check-zeugnisse-hint = Asıllarını güvenli bir yerde saklayın. Başka durumlarda fotokopilerini gösterin.
check-zeugnisse-uebersetzen = Diplomaları tercüme ettirmek
check-zeugnisse-uebersetzen-hint = Resmî daireler çoğu zaman onaylı bir tercüme (beglaubigte Übersetzung) ister. Bunu yeminli bir tercüman yapar.
check-anerkennung = Yurt dışında aldığınız diplomanın denkliğini aldırmak
check-anerkennung-hint = Bir denklik danışmanlığı (Anerkennungsberatung) ücretsiz yardım eder, örneğin IQ Netzwerk'in danışmanlığı.
check-berufsberatung = Agentur für Arbeit'ta (İş Ajansı) meslek danışmanlığı (Berufsberatung) için randevu almak
check-berufsberatung-hint = Orada hangi eğitimin ve hangi mesleğin size uygun olduğunu öğrenirsiniz.
check-ausbildungsvertrag = Meslek eğitimi sözleşmesini (Ausbildungsvertrag) iyi saklamak
check-ausbildungsvertrag-hint = Duldung (sınır dışı etmenin ertelenmesi) belgeniz mi var? O zaman bir meslek eğitimi Almanya'da kalmanıza yardımcı olabilir (Ausbildungsduldung). Bir danışmanlık merkezine sorun.
check-studium = Üniversitede okumak için yükseköğretim kurumuna (Hochschule) sormak
check-studium-hint = Hangi belgelere ve hangi seviyede Almancaya ihtiyacınız olduğunu sorun.

## Tab 8: Sağlık

tab-health-intro = Burada konu sağlığınız. Doktora nasıl gideceğinizi ve masrafları kimin ödediğini burada okursunuz. Aşı karnesini, doktor mektuplarını ve sağlık kartınızın (Gesundheitskarte) bir kopyasını burada saklayın.
tab-health-tip-notruf = Acil durumda 112'yi arayın: ambulans ve itfaiye. Polisin numarası 110'dur. Aramalar ücretsizdir.
tab-health-tip-bereitschaftsdienst = Akşamları ve hafta sonları nöbetçi doktor hizmeti (ärztlicher Bereitschaftsdienst) yardım eder. Telefon numarası: 116 117.
tab-health-tip-hausarzt-zuerst = Önce bir aile hekimi muayenehanesine (Hausarztpraxis) gidin. Gerekirse doktor sizi bir uzman doktora gönderir.
tab-health-tip-termin = Önceden randevu alın. Gelemeyecekseniz randevuyu iptal edin.
tab-health-tip-schweigepflicht = Doktorlar sizin hakkınızda kimseye bir şey söyleyemez. Buna sır saklama yükümlülüğü (Schweigepflicht) denir. Açıkça konuşabilirsiniz.
tab-health-tip-seele = Ruh da hastalanabilir, örneğin savaştan ve kaçıştan sonra. Bunun için de yardım vardır. Aile hekiminize veya bir danışmanlık merkezine sorun.

check-gesundheitskarte = Bir sağlık kartına (Gesundheitskarte) veya tedavi belgesine (Behandlungsschein) sahip olmak
check-gesundheitskarte-hint = Sığınma süreci boyunca çoğu zaman Sozialamt'tan (Sosyal Yardım Dairesi) bir tedavi belgesi alırsınız. Bazı şehirlerde hemen sağlık kartı verilir.
check-behandlungsschein = Doktora gitmeden önce tedavi belgesi (Behandlungsschein) almak
check-behandlungsschein-hint = Tedavi belgesi sadece belirli bir süre geçerlidir. Acil durumda hemen doktora veya hastaneye gidin.
check-krankenkasse = Çalışıyorsanız veya Bürgergeld alıyorsanız bir sağlık sigortası kurumu (Krankenkasse) seçmek
check-krankenkasse-hint = Sağlık sigortası kurumunu kendiniz seçebilirsiniz. Sonra bir sağlık kartı (Gesundheitskarte) alırsınız.
check-impfpass = Aşı karnesini (Impfpass) saklamak ve aşıları kontrol ettirmek
check-impfpass-hint = Aşı karnesini her doktor ziyaretine götürün. Bir aşı eksik mi? Doktorunuz size bilgi verir.
check-hausarzt = Bir aile hekimi muayenehanesi (Hausarztpraxis) bulmak
check-hausarzt-hint = Hastalanınca önce oraya gidin. Muayenehaneyi iletişim bilgilerinize ekleyin.
check-arztbriefe = Doktor mektuplarını ve tahlil sonuçlarını toplamak
check-arztbriefe-hint = Böylece hiçbir muayene iki kez yapılmaz. Bu, doktor değiştirdiğinizde de yardımcı olur.
check-krankmeldung = Hastalıkta hastalık raporu (Krankmeldung) vermek
check-krankmeldung-hint = Hastalık raporunu işyerine, dil kursuna veya Jobcenter'e verin. Raporu en geç ne zaman vermeniz gerektiğini sorun.

## Tab 9: Danışmanlık ve yardım

tab-advice-intro = Her şeyi tek başınıza yapmak zorunda değilsiniz. Burada size genellikle ücretsiz yardım eden yerleri bulursunuz. Danışmanlıklarda aldığınız notları burada saklayın.
tab-advice-tip-kostenlos = Danışmanlık merkezlerinin çoğu ücretsizdir. Az Almanca konuşsanız da yardım ederler.
tab-advice-tip-nachfragen = Bir şeyi anlamadınız mı? Tekrar sorun. Basit kelimelerle anlatmalarını veya bir tercüman isteyin.
tab-advice-tip-unterschrift = Sadece anladığınız şeyi imzalayın.
tab-advice-tip-jmd-mbe = 27 yaşından küçüklere Jugendmigrationsdienst (JMD, gençlik göç servisi) yardım eder. 27 yaşından itibaren Migrationsberatung für Erwachsene (MBE, yetişkinler için göç danışmanlığı) yardım eder.
tab-advice-tip-hilfetelefon = “Gewalt gegen Frauen” (Kadına Yönelik Şiddet) yardım hattının numarası 116 016'dır. Hat ücretsizdir, gece gündüz ve birçok dilde hizmet verir.
tab-advice-tip-schon-gesehen = Danışmana daha önce hangi dairelere ve kurumlara gittiğinizi söyleyin. Böylece kimse sizi boş yere bir yerden bir yere göndermez.

check-ordner-mitnehmen = Bu klasörü her randevuya götürmek
check-ordner-mitnehmen-hint = Böylece herkes hangi belgelerinizin olduğunu ve neyin eksik olduğunu görür.
check-beratung-finden = Yakınınızda bir danışmanlık merkezi bulmak
check-beratung-finden-hint = Bu bölümdeki iletişim bilgileri size yardımcı olur. Danışmanlık genellikle ücretsizdir.
check-beratungsnotizen = Her danışmanlıktan sonra not almak
check-beratungsnotizen-hint = Şunları yazın: Ne zamandı? Kiminle konuştunuz? Sonraki adım ne?
check-vollmacht = Vekâletnameyi (Vollmacht) sadece güvendiğiniz kişiye vermek
check-vollmacht-hint = Vekâletname ile başka bir kişi sizin adınıza işlem yapabilir ve mektuplarınızı alabilir.
check-rechtsberatung = Bir avukattan nerede yardım alabileceğinizi bilmek
check-rechtsberatung-hint = Az paranız mı var? Yerel mahkemeye (Amtsgericht) hukuki danışmanlık yardımını (Beratungshilfe) sorun. O zaman avukattaki danışmanlık az para tutar.

## Tab 10: Diğer belgeler

tab-documents-intro = Diğer tüm önemli belgeleri burada saklayın: pasaport, resmî belgeler, ehliyet. İyi düzen her randevuda zaman kazandırır.
tab-documents-tip-kopien = Her önemli belgenin bir fotokopisini alın veya fotoğrafını çekin. Asıllarını güvenli bir yerde saklayın.
tab-documents-tip-bestaetigung = Bir daireye asıl belge mi veriyorsunuz? Bunun için yazılı bir onay isteyin.
tab-documents-tip-botschaft = Sığınma süreci boyunca: Danışmadan kendi ülkenizin büyükelçiliğine gitmeyin. Bu, sığınma sürecinize zarar verebilir.
tab-documents-tip-beglaubigt = Resmî daireler çoğu zaman onaylı bir tercüme (beglaubigte Übersetzung) ister. Bu, yeminli bir tercümanın mühürlü tercümesidir.
tab-documents-tip-app = Bu uygulama fotoğraflarınızı telefonunuzda şifreli olarak saklar. Kâğıtları yine de saklayın.

check-reisepass = Pasaportu veya kimlik kartını güvenli saklamak
check-reisepass-hint = Bir daire pasaportunuzu alıkoyuyor mu? O zaman bir onay belgesi alırsınız. Bunu iyi saklayın.
check-geburtsurkunde = Kendi doğum belgenizi saklamak
check-geburtsurkunde-hint = Buna örneğin evlenirken veya çocuğunuz doğduğunda ihtiyacınız olur.
check-heiratsurkunde = Evlilik belgesini saklamak
check-heiratsurkunde-hint = Aile birleşimi ve aile için yardımlar açısından önemlidir.
check-fuehrerschein = Ehliyeti kontrol ettirmek
check-fuehrerschein-hint = AB dışındaki bir ülkeden alınan ehliyet Almanya'da genellikle sadece 6 ay geçerlidir. Sonra ehliyeti Alman ehliyetine çevirtmeniz gerekir. { deadline-not-legal-advice }
check-kopien = Tüm önemli belgelerin fotoğrafını veya fotokopisini almak
check-kopien-hint = Böylece asıl belge kaybolsa bile belgeler elinizde olur.
check-urkunden-uebersetzen = Önemli resmî belgeleri tercüme ettirmek
check-urkunden-uebersetzen-hint = Önce daireye onaylı tercüme gerekip gerekmediğini sorun.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (Yabancılar Dairesi)
contact-type-auslaenderbehoerde-desc = Oturum belgeleri: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis ve çalışma izni.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF, Federal Göç ve Mülteciler Dairesi)
contact-type-bamf-desc = Sığınma başvurusu hakkında karar verir. Uyum kurslarını da düzenler.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (sığınma süreci danışmanlığı)
contact-type-asylverfahrensberatung-desc = Sığınma süreci, mülakat (Anhörung) ve BAMF'tan gelen mektuplar hakkında danışmanlık verir.
contact-type-buergeramt = Bürgeramt (nüfus dairesi)
contact-type-buergeramt-desc = Adres kaydı (Anmeldung) ve Meldebescheinigung (adres kayıt belgesi).
contact-type-sozialamt = Sozialamt (Sosyal Yardım Dairesi)
contact-type-sozialamt-desc = Sığınma sürecinde para, barınma ve tedavi belgesi (Behandlungsschein). Yasa: Asylbewerberleistungsgesetz.
contact-type-jobcenter = Jobcenter (iş ve sosyal yardım kurumu)
contact-type-jobcenter-desc = Bürgergeld (vatandaş parası) ve iş aramada yardım, genellikle olumlu karardan sonra.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (İş Ajansı)
contact-type-agentur-fuer-arbeit-desc = Meslek danışmanlığı, iş ve meslek eğitimi arama.
contact-type-familienkasse = Familienkasse (Aile Kasası)
contact-type-familienkasse-desc = Çocuk parasını (Kindergeld) öder.
contact-type-schuldnerberatung = Schuldnerberatung (borç danışmanlığı)
contact-type-schuldnerberatung-desc = Borçlarda ve ödeme hatırlatmalarında yardım eder, genellikle ücretsiz.
contact-type-wohnungsamt = Wohnungsamt (Konut Dairesi)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) ve ev aramada yardım.
contact-type-sprachkurstraeger = Almanca kursu veren kurum (Kursträger)
contact-type-sprachkurstraeger-desc = Uyum kursları ve diğer Almanca kursları, örneğin halk eğitim merkezinde (Volkshochschule).
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE, yetişkinler için göç danışmanlığı)
contact-type-migrationsberatung-desc = 27 yaş ve üstü kişiler için danışmanlık: dil, iş, konut, aile.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD, gençlik göç servisi)
contact-type-jugendmigrationsdienst-desc = 12 ile 27 yaş arası gençler için danışmanlık: okul, meslek eğitimi, dil.
contact-type-kita-schulamt = Kita- und Schulamt (kreş ve okul dairesi)
contact-type-kita-schulamt-desc = Kita'da yer ve okula kayıt.
contact-type-jugendamt = Jugendamt (Gençlik Dairesi)
contact-type-jugendamt-desc = Çocuklara, gençlere ve ebeveynlere yardım.
contact-type-standesamt = Standesamt (Nüfus ve Evlendirme Dairesi)
contact-type-standesamt-desc = Almanya'da doğum belgeleri ve evlilik belgeleri.
contact-type-anerkennungsberatung = Anerkennungsberatung (denklik danışmanlığı)
contact-type-anerkennungsberatung-desc = Yurt dışında alınan diplomaların denkliğinde yardım eder.
contact-type-krankenkasse = Krankenkasse (sağlık sigortası kurumu)
contact-type-krankenkasse-desc = Sağlık kartı (Gesundheitskarte) ve doktor ile hastane masrafları.
contact-type-hausarzt = Hausarztpraxis (aile hekimi muayenehanesi)
contact-type-hausarzt-desc = Hastalıkta ilk gidilecek yer. Kendi muayenehanenizi buraya yazın.
contact-type-gesundheitsamt = Gesundheitsamt (Sağlık Dairesi)
contact-type-gesundheitsamt-desc = Aşılar, danışmanlık ve muayeneler.
contact-type-rechtsanwalt = Avukat (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Dava (Klage) konusunda yardım eder, örneğin BAMF'ın bir kararına karşı.
contact-type-ehrenamt = Gönüllü yardım (Ehrenamt)
contact-type-ehrenamt-desc = Gönüllüler günlük hayatta yardım eder, örneğin mektuplarda ve randevularda.

## Labels of the fields of a contact

contact-field-organisation = Kurum
contact-field-department = Birim
contact-field-address = Adres
contact-field-phone = Telefon
contact-field-email = E-posta
contact-field-web = İnternet sitesi
contact-field-hours = Çalışma saatleri
contact-field-languages = Diller
contact-field-notes = Notlar
contact-by-appointment = Sadece randevu ile
contact-facts-as-of = { $year } yılından bilgi
contact-facts-unknown = Bu bilgilerin ne zamandan olduğu bilinmiyor.
