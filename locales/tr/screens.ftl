# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Bölüm { $number }: { $title }
tabs-progress = Tamamlanan: { $done } / { $total }
tabs-back = Genel bakışa dön
tabs-section-intro = Önemli olan
tabs-item-doctype = İlgili belge: { $doctype }
tabs-ticks-memory-only = İşaretleriniz henüz kaydedilmiyor. Uygulamayı kapatırsanız kaybolurlar.
tabs-ticks-vault = İşaretleriniz bu cihazda şifreli olarak kaydedilir.
tabs-contact-to-fill = şehriniz tarafından doldurulacak
tabs-contact-copy = Adresi kopyala
tabs-contact-copied = Adres kopyalandı.
tabs-contact-copy-failed = Kopyalama olmadı. Lütfen adresi elle yazın.
tabs-contact-call = Ara: { $phone }
tabs-no-contacts = Bu bölüm için henüz iletişim bilgisi yok.
tabs-german-only = sadece Almanca

## Town

town-heading = Şehriniz
town-hint = Şehrinizi seçin. Sonra şehriniz için iletişim bilgilerini ve açıklamaları görürsünüz.
town-none = Şehir yok: sadece Almanya için genel açıklamalar
town-current = Seçilen şehir: { $town }
town-current-none = Şehir seçilmedi
town-change = Şehir seç
town-updated = Bilgilerin tarihi: { $date }
town-import-heading = Bir şehrin dosyasını yükle
town-import-hint = Bir resmî daire veya danışmanlık merkezi size şehrinizin iletişim bilgilerini içeren bir dosya verebilir (uzantısı .toml).
town-import-button = Dosya seç
town-import-ok = { $town } için dosya yüklendi.
town-memory-only = Seçilen şehir henüz kaydedilmiyor. Uygulamayı bir sonraki açışınızda lütfen şehri yeniden seçin.
town-vault = Seçilen şehir bu cihazda şifreli olarak kaydedilir.
town-imported = bir dosyadan yüklendi

## Search

search-button = Ara
search-heading = Arama
search-label = Ne arıyorsunuz?
search-hint = Almanca veya kendi dilinizde arayabilirsiniz.
search-results = { $count ->
        [one] { $count } sonuç
       *[other] { $count } sonuç
    }
search-none = Hiçbir şey bulunamadı. Başka bir kelime deneyin.
search-kind-title = Bölüm
search-kind-intro = Giriş
search-kind-tip = İpucu
search-kind-item = Yapılacaklar listesi
search-kind-contact = İletişim

## Office editor

office-open = Şehir dosyasını düzenle (resmî daireler için)
office-heading = Şehir dosyasını düzenle
office-intro = Burada bir resmî daire veya danışmanlık merkezi kendi şehri için dosya hazırlar: iletişim bilgilerini girer, açıklamaları çevirir, kontrol eder ve dosya olarak kaydeder.
office-start-empty = Boş başla
office-start-from = { $town } verileriyle başla
office-start-confirm = Buradaki değişiklikleriniz kaybolacak. Yine de yeniden başlansın mı?
office-town-name = Şehrin adı
office-key = Dosyanın kısa adı (sadece a–z, 0–9 ve -)
office-contacts = İletişim kayıtları
office-contact-heading = İletişim kaydı { $number }
office-add-contact = İletişim kaydı ekle
office-remove = Kaldır
office-move-up = Yukarı taşı
office-move-down = Aşağı taşı
office-contact-key = Anahtar (sadece a–z, 0–9 ve -)
office-contact-type = Kurum türü
office-contact-type-none = yok
office-contact-tabs = Hangi bölümlerde?
office-languages-hint = Dil kodları, virgülle ayrılmış, örneğin: de, ar, en
office-contact-facts-as-of = Bilgilerin tarihi (kaynağına göre)
office-text-german = Almanca
office-add-translation = Çeviri ekle
office-remove-translation = Çeviriyi kaldır
office-translation-language = Çevirinin dili
office-missing-languages = Henüz çevirisi yok – uygulama orada Almanca metni gösterir:
office-check = Kontrol et
office-export = Dosya olarak kaydet
office-issues = { $count ->
        [one] { $count } sorun bulundu. Lütfen kaydetmeden önce düzeltin.
       *[other] { $count } sorun bulundu. Lütfen kaydetmeden önce düzeltin.
    }
office-exported = { $file } dosyası kaydedildi.

# About this app (#12 §8)
home-about-title = Bu uygulama hakkında
home-about-build = Derleme numarası (Build): { $build }
home-about-build-help = Bir danışma merkezi veya bir daire bu numarayla bu cihazda uygulamanın hangi sürümünün çalıştığını görebilir.
home-about-origin = Bu uygulama şuradan yükleniyor: { $origin }
