# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = Klasörüm
app-tagline = Önemli belgeleriniz. Düzenli. Almanca ve kendi dilinizde.
app-country = Almanya
app-skip-to-content = İçeriğe geç
app-home = Genel bakış
app-back = Geri
app-language = Dil
app-change-language = Dili değiştir
app-loading = Yükleniyor…
app-offline-ready = Uygulama artık internet olmadan da çalışıyor.
app-update-ready = Yeni bir sürüm hazır.
app-update-now = Şimdi yeniden yükle
app-load-error = Metinler yüklenemedi. Lütfen sayfayı yeniden yükleyin.
app-not-reviewed = Bu çeviriyi henüz anadili Türkçe olan biri kontrol etmedi.
app-tabs-heading = On bölüm
app-tab-open = { $number }. bölümü aç
app-privacy-note = Verileriniz bu cihazda kalır. Uygulama internete hiçbir şey göndermez.

lang-choose-title = Dilinizi seçin
lang-choose-hint = Yanında her zaman Almancası da vardır.
