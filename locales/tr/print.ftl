# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Baskı hazırlanıyor …
print-working-load = Yazı tipleri ve metinler yükleniyor …
print-working-pages = Sayfalar diziliyor …
print-done = Bitti. Sayfa: { $pages } · Boyut: { $size } · Süre: { $seconds } sn
print-error-worker = Yazdırma başlayamadı. Lütfen sayfayı yeniden yükleyin ve tekrar deneyin.
print-error-offline = Yazdırma için yazı tipleri henüz bu cihazda yok. Uygulamayı bir kez internetle açın ve tekrar deneyin.
print-error-font = Yazdırma için bir yazı tipi dosyası bozuk. Lütfen sayfayı yeniden yükleyin.
print-error-pack = Şehir dosyası okunamıyor. Lütfen „Şehir seç“ bölümünde kontrol edin.
print-error-scan = Taranan belgelerin { $index }. sayfası okunabilir bir JPEG resmi değil. Lütfen bu sayfayı yeniden tarayın.
print-error-internal = PDF oluşturulamadı. Lütfen tekrar deneyin.
print-blank-open = Boş klasör yazdır (kurumlar için)
print-blank-title = Boş klasör yazdır
print-blank-intro = Kurumlar ve danışma merkezleri için: yazdırılacak boş bir klasör, Almanca ve ikinci bir dilde, bir şehrin adresleriyle. A4, delmek için kenar boşluğuyla.
print-blank-language = İkinci dil
print-blank-german-only = Sadece Almanca
print-blank-unreviewed = Bu çeviriyi henüz ana dili bu olan kimse kontrol etmedi.
print-blank-town = Şehir
print-blank-town-none = Şehir yok (doldurmak için boş satırlar)
print-blank-town-file = Yüklenen dosya: { $file }
print-blank-town-load = Bir şehir dosyası yükle
print-blank-button = Klasörü PDF olarak oluştur
print-recovery-pdf = PDF oluştur
print-consult-open = Danışma için belgeleri yazdır
print-consult-title = Danışma için belgeler
print-consult-intro = Çıktıda ne olacağını siz seçersiniz. Danışman için bir özetle başlar: ne var, ne eksik, ne yakında.
print-consult-tabs = Bölümler
print-consult-personal = Kişisel
print-consult-locked = Klasörünüz kilitli. İşaretler, ad, notlar ve belgeler sadece klasör açıkken kullanılabilir.
print-consult-open-folder = Klasörü aç
print-consult-ticks = Kontrol listelerinde yapılanları göster
print-consult-name = Adımı yazdır
print-consult-name-field = Ad
print-consult-notes = Notlarımı yazdır
print-consult-documents = Belgeler
print-consult-deadlines = Süreler
print-consult-appointments = Randevular
print-consult-log = Önceki danışmalar
print-consult-nothing = Henüz bir şey kaydedilmedi.
print-consult-privacy = Çıktıda kişisel bilgiler var. Sadece güvendiğiniz kişilere verin. Uygulama hiçbir şey göndermez.
print-consult-button = Çıktıyı PDF olarak oluştur

# A finished file: print, share or save (#12 §1)
print-ready = Dosya hazır. Henüz hiçbir yere kaydedilmedi. Onunla ne yapacağınızı seçin.
print-print = Yazdır
print-share = Paylaş (örneğin bir yazıcı uygulamasıyla)
print-save-file = Dosya olarak kaydet
print-save-warning = Dikkat: Kaydedilen bir dosya korunmaz. Bu cihazı kullanan herkes onu açabilir. Yazdırdıktan sonra dosyayı silin.
print-save-warning-key = Bu dosyayla herkes klasörünüzü açabilir. Onu yalnızca başka bir yolla yazdıramıyorsanız kaydedin.
print-saved = { $file } olarak kaydedildi.
print-saved-personal = { $file } olarak kaydedildi. Yazdırdıktan sonra dosyayı İndirilenler klasöründen silin.
print-print-failed = Yazdırma başlatılamadı. Dosyayı paylaşabilir veya kaydedebilirsiniz.
print-share-failed = Paylaşma olmadı. Dosyayı yazdırabilir veya kaydedebilirsiniz.
print-save-failed = Dosya kaydedilemedi.
