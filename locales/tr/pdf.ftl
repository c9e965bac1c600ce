# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = Önemli belgeleriniz için klasör
pdf-name = Ad Soyad
pdf-date = Tarih
pdf-town = Şehir
pdf-town-placeholder = şehriniz
pdf-notes = Notlar
pdf-contents = İçindekiler
pdf-not-reviewed-title = Çeviri hakkında not
pdf-howto-title = Bu klasör nasıl kullanılır
pdf-howto-1 = Klasörün on bölümü vardır. Her bölümün bir konusu vardır, örneğin para veya konut.
pdf-howto-2 = Her belgeyi doğru bölümün arkasına takın. En yeni belge en öne gelir.
pdf-howto-3 = Her bölümde bir yapılacaklar listesi vardır. Elinizde olanları işaretleyin. Böylece neyin eksik olduğunu görürsünüz.
pdf-howto-4 = Klasörü her randevuya götürün. Böylece herkes aynı şeyi görür ve hiçbir şeyi iki kez anlatmanız gerekmez.
pdf-howto-5 = Yeni randevuları ve süreleri hemen bölümün not sayfasına yazın.
pdf-divider-file-here = Bu konudaki belgelerinizi bu sayfanın arkasına takın.
pdf-checklist-tick = Elinizde olanları işaretleyin.
pdf-contact-blank = Başka bir kurum
pdf-spine-title = Sırt genişliği { $width } mm olan klasörler için sırt etiketi
pdf-spine-cut = Kesip klasörün sırtındaki cebe yerleştirin.

## Recovery sheet

pdf-recovery-title = Kurtarma sayfası
pdf-recovery-intro = Şifrenizi unutursanız bu anahtarla verilerinizi yeniden açabilirsiniz.
pdf-recovery-key = Kurtarma anahtarı
pdf-recovery-step-1 = Klasörüm (Mein Ordner) uygulamasını açın ve “Şifrenizi mi unuttunuz?” seçeneğini seçin.
pdf-recovery-step-2 = QR kodunu tarayın veya anahtarı elle yazın.
pdf-recovery-step-3 = Sonra yeni bir şifre seçin.
pdf-recovery-warning = Bu sayfa kimin elindeyse verilerinizi açabilir. Sayfayı evde saklayın, telefonunuzdan ayrı; randevularda gösterdiğiniz klasörde saklamayın. Kimseye göstermeyin.
pdf-recovery-created = Oluşturma tarihi: { $date }

## Consultation printout

pdf-consult-title = Danışmanlık için belgeler
pdf-consult-summary = Danışmanlık için genel bakış
pdf-consult-for = Kişi
pdf-consult-printed = Yazdırma tarihi: { $date }
pdf-consult-tabs = Bölümler
pdf-consult-have = Mevcut
pdf-consult-missing = Henüz eksik
pdf-consult-due = Süreler ve randevular
pdf-consult-deadlines = Süreler
pdf-consult-appointments = Randevular
pdf-consult-documents = Belgeler
pdf-consult-pages = { $count ->
    [one] { $count } sayfa
   *[other] { $count } sayfa
}
pdf-consult-valid-until = son geçerlilik tarihi: { $date }
pdf-consult-served = tebliğ tarihi { $date }
pdf-consult-received = alındığı tarih { $date }
pdf-consult-letter-date = { $date } tarihli mektup
pdf-consult-log = Önceki danışmanlıklar
pdf-consult-notes = Danışmanlık notları
pdf-consult-own-notes = Kendi notlarım
pdf-consult-none = Kayıt yok.
pdf-consult-scan = Tarama: { $title }, sayfa { $page } / { $count }
pdf-consult-privacy = Bu çıktı kişisel veriler içerir. İçinde ne olacağını kişinin kendisi seçti. Lütfen kopyalamayın, başkasına vermeyin ve danışmanlıktan sonra geri verin veya imha edin.
