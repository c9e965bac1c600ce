### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = Pazartesi
date-weekday-tue = Salı
date-weekday-wed = Çarşamba
date-weekday-thu = Perşembe
date-weekday-fri = Cuma
date-weekday-sat = Cumartesi
date-weekday-sun = Pazar
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = İdare mahkemesinde dava (Klage)
deadline-title-urgent-application = İdare mahkemesinde acil başvuru (Eilantrag)
deadline-title-objection = İtiraz (Widerspruch) etmek
deadline-title-tax-objection = İtiraz (Einspruch) etmek
deadline-title-objection-or-lawsuit = İtiraz (Widerspruch) veya dava (Klage): karar yazısının sonuna bakın
deadline-title-register-address = Adres kaydı (Anmeldung)
deadline-title-expiry = Belgenin süresi doluyor
deadline-title-renew-early = Uzatma: şimdi randevu alın
deadline-title-renew-last = Uzatma: son hatırlatma
deadline-title-appointment = Randevu
deadline-title-bamf-appointment = BAMF randevusu: çok önemli
deadline-title-family-reunification = Aile birleşimi (Familiennachzug): başvuru yapın
deadline-title-missing-date = Süre hesaplanmadı: tarih eksik
deadline-missing-date-short = Tarih eksik
deadline-last-day = Son gün: { $date }
deadline-based-on = Yasal dayanak: { $law }
deadline-note-moved = Süre { $date } tarihinde bitecekti; bu gün hafta sonu veya resmî tatil. Bu yüzden süre bir sonraki iş gününde biter. Uygulama sadece tüm Almanya'daki resmî tatilleri sayar, sadece sizin eyaletinizdeki tatilleri saymaz.
deadline-note-outcome-unknown = Kararda ne yazdığını henüz seçmediniz. Bu yüzden uygulama en kısa süreyi gösteriyor: 1 hafta.
deadline-note-instructions-missing = Şunu seçtiniz: Rechtsbehelfsbelehrung (haklarınızla ilgili metin) yok veya yanlış. Bunun doğru olup olmadığını yalnızca bir avukat kontrol edebilir. Ancak o zaman belki 1 yıl geçerli olur ({ $law }). Bu yüzden uygulama kısa süreyi gösteriyor: dava ve acil başvuru için 1 hafta. Beklemeyin.
deadline-missing-date = Süre hesaplanmadı: sarı zarfın üzerindeki tarihi girin (ya da mektubun geldiği günü). Süre çoktan başlamış olabilir. Bugün bir danışma merkezine sorun.
deadline-advice = Hemen yardım alın: Asylverfahrensberatung (iltica danışmanlığı), Flüchtlingsrat (mülteci konseyi), Migrationsberatung (göç danışmanlığı) veya bir avukat. Adresler “Danışmanlık ve yardım” bölümünde.
deadline-due-title = Yakında
deadline-due-empty = Önümüzdeki 30 gün içinde bir şey yok.
deadline-due-overdue = Süresi geçti
deadline-due-week = Önümüzdeki 7 gün içinde
deadline-due-month = Önümüzdeki 30 gün içinde
deadline-due-today = Bugün
deadline-from-document = Belgeden: { $doctype }

## Appointments
appt-title = Randevular
appt-intro = Dairelerde ve danışma merkezlerinde randevularınız. Güvenli klasörünüzde şifreli olarak saklanır.
appt-locked = Önce güvenli klasörünüzü açın. Sonra randevularınızı ve sürelerinizi görürsünüz.
appt-open-folder = Güvenli klasörü aç
appt-add = Yeni randevu
appt-edit = Değiştir
appt-delete = Sil
appt-delete-confirm = Gerçekten silinsin mi? “Sil” düğmesine bir kez daha basın.
appt-save = Kaydet
appt-cancel = Vazgeç
appt-date = Tarih
appt-time = Saat (biliniyorsa)
appt-office = Nerede? Daire veya kurum, oda
appt-contact = Listeden kişi veya kurum
appt-contact-none = Seçilmedi
appt-bring = Yanınızda getirin
appt-bring-hint = Kontrol listelerinizden maddeler seçin.
appt-notes = Notlar
appt-empty = Henüz randevu yok.
appt-past = Geçmiş randevular
appt-saved = Kaydedildi.
appt-deleted = Silindi.
appt-when-time = { $date }, saat { $time }
appt-error-no-date = Lütfen bir tarih girin.
appt-error-no-office = Lütfen randevunun nerede veya kimde olduğunu yazın.
appt-error-too-long = Metin çok uzun.
appt-deadlines = Belgelerinizdeki süreler
appt-deadlines-none = Henüz süre yok. Süreler belgelerinizdeki tarihlerden gelir.
appt-export = Takvim dosyası (.ics) oluştur
appt-export-hint = Dosyayı telefonunuzun takvimiyle açın. Takvim size süreleri ve randevuları hatırlatır. Dikkat: dosya şifreli değildir.
appt-all = Tüm randevular ve süreler

## Consultation log
log-title = Danışmalar
log-intro = Kiminle görüştünüz? Ne kararlaştırıldı? Sonraki adım ne? Böylece size yardım eden herkes aynı resmi görür.
log-add = Yeni kayıt
log-date = Tarih
log-who = Kiminle? Kişi veya kurum
log-agreed = Ne kararlaştırıldı?
log-next = Sonraki adımlar
log-empty = Henüz kayıt yok.
log-error-no-who = Lütfen kiminle görüştüğünüzü yazın.
log-open = Danışmaları gör

## Calendar file
ics-deadline-summary = Süre: { $title }
ics-appt-summary = Randevu: { $office }
