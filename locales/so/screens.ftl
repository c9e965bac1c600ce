# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Qaybta { $number }: { $title }
tabs-progress = { $done } ka mid ah { $total } waa la dhammeeyay
tabs-back = Ku noqo dulmarka
tabs-section-intro = Tani waa muhiim
tabs-item-doctype = Warqadda khusaysa: { $doctype }
tabs-ticks-memory-only = Calaamadahaaga weli lama kaydin. Haddii aad xirto barnaamijka, way baabi'ayaan.
tabs-ticks-vault = Calaamadahaaga si qarsoodi ah ayaa loogu kaydiyaa qalabkan.
tabs-contact-to-fill = magaaladaada ayaa buuxin doonta
tabs-contact-copy = Koobiyee cinwaanka
tabs-contact-copied = Cinwaanka waa la koobiyeeyay.
tabs-contact-copy-failed = Koobiyayntu ma shaqayn. Fadlan cinwaanka gacanta ku qor.
tabs-contact-call = Wac: { $phone }
tabs-no-contacts = Qaybtan weli ma laha xiriirro.
tabs-german-only = af Jarmal oo keliya

## Town

town-heading = Magaaladaada
town-hint = Dooro magaaladaada. Markaas waxaad arkaysaa xiriirrada iyo tilmaamaha magaaladaada.
town-none = Magaalo la'aan: tilmaamo guud oo Jarmalka oo keliya
town-current = Magaalada la doortay: { $town }
town-current-none = Magaalo lama dooran
town-change = Dooro magaalo
town-updated = Taariikhda macluumaadka: { $date }
town-import-heading = Soo rar faylka magaalo
town-import-hint = Xafiis ama xafiis la-talin ayaa ku siin kara fayl ay ku jiraan xiriirrada magaaladaada (dhammaadka .toml).
town-import-button = Dooro fayl
town-import-ok = Faylka { $town } waa la soo raray.
town-memory-only = Magaalada la doortay weli lama kaydin. Marka xigta ee aad furto, fadlan mar kale dooro.
town-vault = Magaalada la doortay si qarsoodi ah ayaa loogu kaydiyaa qalabkan.
town-imported = laga soo raray fayl

## Search

search-button = Raadi
search-heading = Raadi
search-label = Maxaad raadinaysaa?
search-hint = Waxaad ku raadin kartaa af Jarmal ama afkaaga.
search-results = { $count ->
        [one] 1 natiijo
       *[other] { $count } natiijo
    }
search-none = Waxba lama helin. Isku day eray kale.
search-kind-title = Qayb
search-kind-intro = Hordhac
search-kind-tip = Talo
search-kind-item = Liiska hubinta
search-kind-contact = Xiriir

## Office editor

office-open = Wax ka beddel faylka magaalada (xafiisyada)
office-heading = Wax ka beddel faylka magaalada
office-intro = Halkan xafiis ama xafiis la-talin ayaa u sameeya faylka magaaladiisa: wuxuu geliyaa xiriirrada, tarjumaa tilmaamaha, hubiyaa oo u kaydiyaa fayl ahaan.
office-start-empty = Ka bilow bannaan
office-start-from = Ku bilow { $town }
office-start-confirm = Isbeddelladaada halkan way lumayaan. Haddana ma dib u bilaabaysaa?
office-town-name = Magaca magaalada
office-key = Magaca gaaban ee faylka (oo keliya a–z, 0–9 iyo -)
office-contacts = Xiriirro
office-contact-heading = Xiriir { $number }
office-add-contact = Ku dar xiriir
office-remove = Ka saar
office-move-up = Kor u qaad
office-move-down = Hoos u dhig
office-contact-key = Fure (oo keliya a–z, 0–9 iyo -)
office-contact-type = Nooca xafiiska
office-contact-type-none = midna
office-contact-tabs = Qaybahee?
office-languages-hint = Koodhadhka luqadaha, oo hakad lagu kala saaray, tusaale ahaan: de, ar, en
office-contact-facts-as-of = Taariikhda macluumaadka (sida ilaha ku qoran)
office-text-german = Af Jarmal
office-add-translation = Ku dar tarjumaad
office-remove-translation = Ka saar tarjumaadda
office-translation-language = Luqadda tarjumaadda
office-missing-languages = Weli tarjumaad ma leh – app-ku halkaas wuxuu ku muujinayaa qoraalka af Jarmalka:
office-check = Hubi
office-export = U kaydi fayl ahaan
office-issues = { $count ->
        [one] 1 dhibaato ayaa la helay. Fadlan sax ka hor kaydinta.
       *[other] { $count } dhibaato ayaa la helay. Fadlan sax ka hor kaydinta.
    }
office-exported = Faylka { $file } waa la kaydiyay.

# About this app (#12 §8)
home-about-title = Ku saabsan barnaamijkan
home-about-build = Lambarka dhismaha (Build): { $build }
home-about-build-help = Lambarkan waxaa xarun la-talin ama xafiis ku arki karaa nooca barnaamijka ee ku shaqeynaya qalabkan.
home-about-origin = Barnaamijkan waxaa laga soo raray: { $origin }
