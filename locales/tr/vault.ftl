# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.
# Turkish plural: one/other; a noun after a number stays singular.

vault-title = Güvenli klasörüm
vault-nav = Verilerim
vault-intro = Kişisel verilerinizi burada saklarsınız. Her şey şifrelenmiştir. Veriler sadece sizin şifrenizle okunabilir.
vault-status-locked = Klasör kilitli.
vault-status-unlocked = Klasör açık.
vault-working = Lütfen bekleyin. Bu birkaç saniye sürer.
vault-cancel = İptal
vault-done = Tamam

# Create
vault-create-title = Güvenli klasör oluştur
vault-create-intro = Bir şifre seçin. Uzun bir cümle iyidir, örneğin sadece sizin bildiğiniz dört kelime.
vault-passphrase = Şifre
vault-passphrase-repeat = Şifre (tekrar)
vault-passphrase-show = Şifreyi göster
vault-passphrase-mismatch = İki şifre aynı değil.
vault-passphrase-too-short = Şifre çok kısa. En az { $min } karakter olmalıdır.
vault-strength-label = Şifrenin gücü
vault-strength-weak = Zayıf. Lütfen daha uzun bir şifre seçin.
vault-strength-fair = Orta. Daha uzun bir şifre daha güvenlidir.
vault-strength-good = İyi.
vault-strength-strong = Çok iyi.
vault-create-warning = Önemli: Şifrenizi kimse geri getiremez, biz de getiremeyiz. Şifre veya kurtarma anahtarı olmadan verileriniz sonsuza dek kaybolur.
vault-create-understood = Anladım.
vault-create-button = Klasörü oluştur

# Recovery sheet
vault-recovery-title = Kurtarma sayfası
vault-recovery-intro = Bu sizin kurtarma anahtarınızdır. Şifrenizi unutursanız klasörünüzü bu anahtarla açarsınız.
vault-recovery-once = Anahtar sadece şimdi gösterilir. Uygulama anahtarı kaydetmez.
vault-recovery-step-print = Bu sayfayı yazdırın veya anahtarı tam olarak kâğıda yazın.
vault-recovery-step-keep = Sayfayı evde saklayın, telefonunuzdan ayrı. Randevularda gösterdiğiniz klasöre koymayın. Kimseye göstermeyin.
vault-recovery-step-use = Şifrenizi mi unuttunuz? “Şifrenizi mi unuttunuz?” düğmesine dokunun ve bu anahtarı girin.
vault-recovery-key-label = Kurtarma anahtarı
vault-recovery-qr-label = Kurtarma anahtarını içeren QR kodu
vault-recovery-created = Oluşturma tarihi: { $date }
vault-recovery-print = Yazdır
vault-recovery-kept = Anahtarı güvenli bir yerde sakladım.
vault-recovery-replace-title = Yeni kurtarma anahtarı
vault-recovery-replace-intro = Sayfayı mı kaybettiniz? Yeni bir anahtar oluşturun. Eski anahtar o zaman bu klasörü artık açmaz.
vault-recovery-replace-button = Yeni anahtar oluştur

# Unlock
vault-unlock-title = Klasörü aç
vault-unlock-intro = Klasörünüz kilitli. Şifrenizi girin.
vault-unlock-button = Aç
vault-forgot = Şifrenizi mi unuttunuz?
vault-recovery-unlock-title = Kurtarma anahtarıyla aç
vault-recovery-unlock-intro = Kurtarma sayfanızdaki anahtarı girin. Sonra yeni bir şifre seçin.
vault-recovery-input = Kurtarma anahtarı
vault-recovery-unlock-button = Aç ve yeni şifreyi kaydet

# Lock
vault-lock-now = Şimdi kilitle
vault-locked-manual = Klasör şimdi kilitli.
vault-locked-auto = Klasör otomatik olarak kilitlendi.

# My details
vault-data-title = Bilgilerim
vault-name-label = Adım
vault-notes-label = Notlar
vault-save = Kaydet
vault-saved = Kaydedildi.
vault-damaged = Bir kayıt bozuk ve açılamıyor: { $name }. Geri kalan her şey yolunda.
vault-kind-profile = Ad
vault-kind-note = Notlar
vault-kind-checklist = Yapılacaklar listelerindeki işaretler
vault-kind-settings = Ayarlar
vault-kind-document = Bir belge
vault-kind-appointment = Bir randevu
vault-kind-consultation = Bir danışma
vault-kind-other = Kayıt { $id }
vault-checklist-locked = Güvenli klasörünüzü açın. Sonra işaret koyabilir ve kaydedebilirsiniz.

# Settings
vault-settings-title = Ayarlar
vault-autolock-label = Uygulamayı kimse kullanmadığında otomatik kilitlenme süresi
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}
vault-autolock-hidden = Uygulama 30 saniye boyunca arka planda kalırsa klasör de kilitlenir; fotoğraf çekerken veya dosya seçerken değil.

# Change passphrase
vault-change-title = Şifreyi değiştir
vault-current-passphrase = Şu anki şifre
vault-new-passphrase = Yeni şifre
vault-new-passphrase-repeat = Yeni şifre (tekrar)
vault-change-button = Şifreyi değiştir
vault-changed = Şifre değiştirildi.

# Storage
vault-storage-title = Depolama alanı
vault-storage-usage = Kullanılan: { $used } / { $available }
vault-storage-unknown = Tarayıcı ne kadar boş yer olduğunu söylemiyor.
vault-storage-persisted = Tarayıcı verilerinizi kalıcı olarak saklar.
vault-storage-not-persisted = Yer azalırsa tarayıcı verilerinizi silebilir. Sık sık bir yedek kopya kaydedin.

# Backup
vault-backup-title = Yedek kopya
vault-backup-intro = Yedek kopya, tüm verilerinizi şifreli olarak içeren tek bir dosyadır. Bu dosyayı başka bir yerde saklayın, örneğin bir USB bellekte. Dosyayı şifrenizle veya kurtarma anahtarıyla açarsınız.
vault-backup-export = Yedek kopya kaydet
vault-backup-exported = Yedek kopya kaydedildi: { $file }
vault-backup-skipped = { $count ->
    [one] { $count } bozuk kayıt yedek kopyada yok.
   *[other] { $count } bozuk kayıt yedek kopyada yok.
}
vault-import-title = Yedek kopya yükle
vault-import-file = Yedek kopya dosyası
vault-import-secret = Yedek kopyanın şifresi veya kurtarma anahtarı
vault-import-button = Kontrol et ve yükle
vault-import-exists = Bu cihazda zaten bir klasör var. Yedek kopyayı yüklerseniz bu klasörün yerini alır. Şu anki klasördeki tüm veriler o zaman kaybolur.
vault-import-replace = Evet, şu anki klasörü değiştir
vault-import-done = Yedek kopya yüklendi: { $records } kayıt ve { $blobs } dosya.
vault-import-no-file = Lütfen önce bir dosya seçin.

# Delete everything
vault-delete-title = Sil
vault-delete-intro = Klasörü sil: Bu, klasörünüzü bu cihazdaki tüm belgeler ve verilerle birlikte siler. Uygulama kalır ve internetsiz çalışmaya devam eder. Bu geri alınamaz.
vault-delete-button = Klasörümü sil
vault-delete-confirm = Klasörünüzü gerçekten silmek istiyor musunuz? Yedek kopyanız yoksa sonra her şey kaybolur.
vault-delete-yes = Evet, klasörü sil
vault-deleted = Klasörünüz silindi.

# Errors
vault-error-decrypt = Olmadı. Şifre veya anahtar yanlış ya da veriler bozuk.
vault-error-recovery-length = Kurtarma anahtarının uzunluğu doğru değil. Anahtar 9 grupta 36 karakterden oluşur.
vault-error-recovery-character = Kurtarma anahtarında, orada bulunamayacak bir karakter var. Lütfen her karakteri kontrol edin.
vault-error-recovery-typo = Kurtarma anahtarında bir yazım hatası var. Lütfen her karakteri kontrol edin.
vault-error-empty-passphrase = Lütfen bir şifre girin.
vault-error-kdf-params = Bu verilerin güvenlik ayarları geçersiz. Veriler açılmayacak.
vault-error-kdf-failed = Cihazın belleği yetmiyor. Lütfen diğer uygulamaları kapatın ve tekrar deneyin.
vault-error-not-a-backup = Bu dosya bir Klasörüm (Mein Ordner) yedek kopyası değil.
vault-error-newer-version = Bu veriler uygulamanın daha yeni bir sürümünden geliyor. Lütfen uygulamayı yeniden yükleyin.
vault-error-damaged = Veriler eksik veya bozuk. Hiçbir şey değiştirilmedi.
vault-error-internal = Uygulamada bir hata oluştu. Hiçbir şey değiştirilmedi.
vault-error-too-large = Dosya çok büyük.
vault-error-exists = Bu cihazda zaten bir klasör var.
vault-error-no-vault = Bu cihazda henüz bir klasör yok.
vault-error-storage-full = Depolama alanı dolu. Hiçbir şey kaydedilmedi. Dosya silin veya cihazda yer açın.
vault-error-storage = Tarayıcı kaydedemedi. Hiçbir şey değiştirilmedi.
vault-error-worker = Şifreleme başlatılamadı. Lütfen sayfayı yeniden yükleyin.
vault-no-browser-save = Tarayıcının şifreyi kaydetmesine izin vermeyin. Kaydetmek isteyip istemediğinizi sorarsa „Asla“ seçin. Yoksa bu cihazı eline alan herkes klasörü açabilir.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Bunun için şu anki şifrenize ihtiyacımız var.
vault-autolock-confirm = Kilitlenmeden önce daha uzun bir süre için şifreniz gerekir. Şifreyi yazın ve «Onayla»ya basın.
vault-confirm-button = Onayla
vault-key-replaced = Kurtarma anahtarı { $date } tarihinde değiştirildi. Eski kurtarma sayfaları bu klasörü artık açmaz.
vault-passphrase-common = Bu şifreyi çok fazla insan kullanıyor. Lütfen başka bir şifre seçin.
vault-passphrase-weak = Bu şifre çok kolay tahmin edilir. Birkaç kelime kullanın ya da öneriyi alın.
vault-passphrase-suggest = Şifre öner
vault-passphrase-suggestion = Önerilen şifre. Kâğıda yazın ve güvenli bir yerde saklayın:
vault-error-backup-too-large = Bir yedek kopya en fazla { $size } olabilir. Bu daha büyük, bu yüzden uygulama onu kullanamaz.
vault-remove-app-intro = Uygulamayı kaldır: Bu, klasörü, seçilen dili ve kaydedilen uygulamayı bu tarayıcıdan siler. Sonra uygulama başlamak için yeniden internete ihtiyaç duyar.
vault-remove-app-button = Uygulamayı ve tüm verileri bu tarayıcıdan kaldır
vault-remove-app-confirm = Uygulamayı ve tüm verilerini bu tarayıcıdan gerçekten kaldırmak istiyor musunuz?
vault-remove-app-yes = Evet, her şeyi kaldır
vault-app-removed = Uygulama ve tüm verileri bu tarayıcıdan kaldırıldı. Şimdi bu sekmeyi kapatın. Uygulamayı yeniden açarsanız baştan başlar.
vault-saved-files = Uygulama, daha önce kaydettiğiniz veya paylaştığınız dosyaları silemez: çıktılar (mein-ordner-….pdf), takvim dosyası (….ics) ve yedek kopyalar (….meinordner). Onları İndirilenler klasöründe ve paylaştığınız uygulamalarda bulun ve orada silin.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Anahtarı elle de bir kâğıda yazıp evde saklayabilirsiniz. Her grubu iki kez kontrol edin.
vault-recovery-no-screenshot = Bu anahtarın ekran görüntüsünü almayın. Telefondaki bir resim bir kopyadır: Telefonu elinde tutan herkes onunla klasörünüzü açabilir.
