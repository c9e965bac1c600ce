### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file (for example
### contacts[2].phone, counted from 1), $value = what the file says there.
### Turkish plural: one/other; a noun after a number stays singular.

pack-error-summary = { $file }: { $count ->
        [one] { $count } hata.
       *[other] { $count } hata.
    } Paket yüklenmedi. Önceki içerik olduğu gibi kalır.
pack-warning-missing-languages = Not: { $file }, satır { $line }, { $field }: şu dillerde metin yok: { $languages }. Uygulama orada Almanca metni gösterir.
pack-warning-unprintable = Not: { $file }, satır { $line }, { $field }: bu karakterler yazdırılamaz: { $chars }. Çıktıda bunların yerine „{ "\uFFFD" }“ görünür.
pack-check-ok = { $file }: { $town } paketi sorunsuz: { $contacts ->
        [one] { $contacts } iletişim kaydı
       *[other] { $contacts } iletişim kaydı
    }, yapılacaklar listeleri için { $items ->
        [one] { $items } madde
       *[other] { $items } madde
    }, { $tips ->
        [one] { $tips } ipucu.
       *[other] { $tips } ipucu.
    }

pack-error-syntax = { $file }, satır { $line }: Dosya geçerli bir TOML dosyası değil. Tırnak işaretlerini, parantezleri ve eşittir işaretlerini kontrol edin. ({ $detail })
pack-error-too-large = { $file }: Dosya çok büyük. En fazla { $max } KB olabilir.
pack-error-not-utf8 = { $file }, satır { $line }: Dosya UTF-8 olarak kaydedilmemiş. Dosyayı UTF-8 olarak kaydedin.
pack-error-unreadable = { $file }: Dosya okunamıyor. ({ $detail })
pack-error-unsupported-format = { $file }, satır { $line }, { $field }: Bu uygulama { $found } biçim sürümünü tanımıyor. Okuyabildiği biçim sürümleri: 1 ile { $supported } arası.
pack-error-missing-field = { $file }, satır { $line }: “{ $field }” alanı eksik.
pack-error-unknown-field = { $file }, satır { $line }: “{ $field }” diye bir alan yok. Yanlış mı yazıldı?
pack-error-wrong-type = { $file }, satır { $line }, { $field }: Burada { $found ->
        [string] bir metin
        [integer] bir tam sayı
        [float] bir ondalık sayı
        [boolean] bir doğru/yanlış değeri
        [datetime] bir tarih
        [array] bir liste
        [table] bir tablo
       *[other] başka bir değer
    } var, ama { $expected ->
        [string] tırnak içinde bir metin
        [integer] bir tam sayı
        [boolean] true veya false
        [array] köşeli parantez içinde bir liste
        [table] bir tablo
       *[other] başka bir değer
    } bekleniyor.
pack-error-empty = { $file }, satır { $line }, { $field }: Alan boş. Değeri bilmiyorsanız alanı tamamen çıkarın.
pack-error-too-long = { $file }, satır { $line }, { $field }: Metin çok uzun. En fazla { $max } karakter olabilir.
pack-error-invalid-key = { $file }, satır { $line }, { $field }: “{ $value }” geçerli bir anahtar değil. İzin verilenler: a'dan z'ye küçük harfler, rakamlar ve tek tire işaretleri.
pack-error-duplicate-key = { $file }, satır { $line }, { $field }: “{ $value }” dosyada iki kez geçiyor.
pack-error-unknown-tab = { $file }, satır { $line }, { $field }: “{ $value }” diye bir bölüm yok. Olası değerler: { $allowed }.
pack-error-unknown-doctype = { $file }, satır { $line }, { $field }: “{ $value }” diye bir belge türü yok.
pack-error-unknown-contact-type = { $file }, satır { $line }, { $field }: “{ $value }” diye bir iletişim türü yok.
pack-error-unknown-text-language = { $file }, satır { $line }, { $field }: Uygulama “{ $value }” dilindeki metinleri gösteremez. Olası değerler: { $allowed }.
pack-error-invalid-language-code = { $file }, satır { $line }, { $field }: “{ $value }” bir dil kodu değil. 2 veya 3 küçük harf yazın, örneğin de, en veya ar.
pack-error-missing-german = { $file }, satır { $line }, { $field }: Almanca metin (de) eksik. Almanca her zaman gereklidir.
pack-error-invalid-phone = { $file }, satır { $line }, { $field }: “{ $value }” bir telefon numarası değil. İzin verilenler: rakamlar, boşluklar ve + / - ( ) işaretleri.
pack-error-invalid-email = { $file }, satır { $line }, { $field }: “{ $value }” bir e-posta adresi değil.
pack-error-invalid-web = { $file }, satır { $line }, { $field }: “{ $value }” bir internet adresi değil. https:// veya http:// ile başlamalıdır.
pack-error-invalid-date = { $file }, satır { $line }, { $field }: “{ $value }” bir tarih değil. Şöyle yazın: 2025-03-31.
pack-error-unknown-entry = { $file }, satır { $line }, { $field }: “{ $value }” standart içerikte yok. Sadece var olan kayıtlar gizlenebilir (hidden).
