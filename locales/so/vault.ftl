# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.

vault-title = Faylkayga ammaanka ah
vault-nav = Xogtayda
vault-intro = Halkan waxaad ku kaydisaa xogtaada shakhsiga ah. Wax walba waa qarsoodi (sir-xiran). Waxaa lagu akhrin karaa oo keliya erayga sirta ee aad adigu leedahay.
vault-status-locked = Faylku waa xiran yahay.
vault-status-unlocked = Faylku waa furan yahay.
vault-working = Fadlan sug. Tani waxay qaadanaysaa dhowr ilbiriqsi.
vault-cancel = Jooji
vault-done = Waa diyaar

# Create
vault-create-title = Samee fayl ammaan ah
vault-create-intro = Dooro eray sir ah. Weedh dheer ayaa fiican, tusaale ahaan afar eray oo adiga keliya aad taqaan.
vault-passphrase = Erayga sirta
vault-passphrase-repeat = Erayga sirta mar kale
vault-passphrase-show = Muuji erayga sirta
vault-passphrase-mismatch = Labada eray sir isku mid ma aha.
vault-passphrase-too-short = Erayga sirtu aad buu u gaaban yahay. Wuxuu u baahan yahay ugu yaraan { $min } xaraf.
vault-strength-label = Xoogga erayga sirta
vault-strength-weak = Daciif. Fadlan qaado eray sir ah oo ka dheer.
vault-strength-fair = Dhexdhexaad. Eray sir ah oo ka dheer ayaa ka ammaan badan.
vault-strength-good = Wanaagsan.
vault-strength-strong = Aad u wanaagsan.
vault-create-warning = Muhiim: Qofna ma soo celin karo erayga sirtaada, xitaa annaga. Erayga sirta ama furaha soo celinta la'aantood, xogtaadu weligeed way lumaysaa.
vault-create-understood = Waan fahmay.
vault-create-button = Samee faylka

# Recovery sheet
vault-recovery-title = Xaashida soo celinta
vault-recovery-intro = Kani waa furahaaga soo celinta. Wuxuu furaa faylkaaga haddii aad ilowdo erayga sirta.
vault-recovery-once = Furaha hadda oo keliya ayaa la muujinayaa. Barnaamijku ma kaydiyo.
vault-recovery-step-print = Daabac xaashidan ama furaha si sax ah u qor.
vault-recovery-step-keep = Xaashida guriga ku hay, meel ka fog taleefankaaga. Ha gelin faylka aad ka tusto ballamaha. Qofna ha tusin.
vault-recovery-step-use = Erayga sirta ma ilowday? Taabo “Erayga sirta ma ilowday?” oo geli furahan.
vault-recovery-key-label = Furaha soo celinta
vault-recovery-qr-label = Koodhka QR ee furaha soo celinta
vault-recovery-created = La sameeyay: { $date }
vault-recovery-print = Daabac
vault-recovery-kept = Furaha waan kaydiyay.
vault-recovery-replace-title = Fure soo celin oo cusub
vault-recovery-replace-intro = Xaashida ma lumisay? Samee fure cusub. Markaas furaha hore ma furi doono faylkan.
vault-recovery-replace-button = Samee fure cusub

# Unlock
vault-unlock-title = Fur faylka
vault-unlock-intro = Faylkaagu waa xiran yahay. Geli erayga sirtaada.
vault-unlock-button = Fur
vault-forgot = Erayga sirta ma ilowday?
vault-recovery-unlock-title = Ku fur furaha soo celinta
vault-recovery-unlock-intro = Geli furaha ku qoran xaashidaada soo celinta. Kadib dooro eray sir ah oo cusub.
vault-recovery-input = Furaha soo celinta
vault-recovery-unlock-button = Fur oo kaydi erayga sirta cusub

# Lock
vault-lock-now = Hadda xir
vault-locked-manual = Faylku hadda waa xiran yahay.
vault-locked-auto = Faylka si toos ah ayaa loo xiray.

# My details
vault-data-title = Macluumaadkayga
vault-name-label = Magacayga
vault-notes-label = Qoraallo
vault-save = Kaydi
vault-saved = Waa la kaydiyay.
vault-damaged = Hal qoraal ayaa waxyeello gaartay oo lama furi karo: { $name }. Wax kasta oo kale waa hagaagsan yihiin.
vault-kind-profile = Magac
vault-kind-note = Qoraallo
vault-kind-checklist = Calaamadaha liisaska hubinta
vault-kind-settings = Dejinta
vault-kind-document = Dukumenti
vault-kind-appointment = Ballan
vault-kind-consultation = La-talin
vault-kind-other = Qoraal { $id }
vault-checklist-locked = Fur faylkaaga ammaanka ah. Markaas waad calaamadayn kartaa oo kaydin kartaa.

# Settings
vault-settings-title = Dejinta
vault-autolock-label = Si toos ah u xir marka qofna uusan isticmaalin barnaamijka, kadib
vault-autolock-minutes = { $minutes ->
    [one] 1 daqiiqo
   *[other] { $minutes } daqiiqo
}
vault-autolock-hidden = Faylku sidoo kale wuu is xiraa marka barnaamijku 30 ilbiriqsi gadaal ku jiro (background), marka laga reebo inta aad sawir qaadayso ama fayl dooranayso.

# Change passphrase
vault-change-title = Beddel erayga sirta
vault-current-passphrase = Erayga sirta ee hadda
vault-new-passphrase = Erayga sirta cusub
vault-new-passphrase-repeat = Erayga sirta cusub mar kale
vault-change-button = Beddel erayga sirta
vault-changed = Erayga sirta waa la beddelay.

# Storage
vault-storage-title = Meesha kaydinta
vault-storage-usage = La isticmaalay: { $used } oo ka mid ah { $available }
vault-storage-unknown = Browser-ku ma sheego inta meel bannaan ah.
vault-storage-persisted = Browser-ku xogtaada si joogto ah ayuu u hayaa.
vault-storage-not-persisted = Browser-ku wuu tirtiri karaa xogtaada marka meeshu yaraato. Inta badan kaydi koobi kayd ah.

# Backup
vault-backup-title = Koobi kayd ah
vault-backup-intro = Koobiga kaydku waa hal fayl oo ay ku jirto xogtaada oo dhan, si qarsoodi ah. Ku kaydi meel kale, tusaale ahaan USB stick. Waxaad ku furaysaa erayga sirtaada ama furaha soo celinta.
vault-backup-export = Kaydi koobi kayd ah
vault-backup-exported = Koobiga kayda waa la kaydiyay: { $file }
vault-backup-skipped = { $count ->
    [one] 1 qoraal oo waxyeello gaartay ayaa ka maqan koobiga kayda.
   *[other] { $count } qoraal oo waxyeello gaartay ayaa ka maqan koobiga kayda.
}
vault-import-title = Soo rar koobi kayd ah
vault-import-file = Faylka koobiga kayda
vault-import-secret = Erayga sirta ama furaha soo celinta ee koobiga kayda
vault-import-button = Hubi oo soo rar
vault-import-exists = Qalabkan horey waxaa ugu jira fayl. Haddii aad soo rarto koobiga kayda, faylkaas waa la beddelayaa. Dhammaan xogta faylka hadda jira way lumaysaa.
vault-import-replace = Haa, beddel faylka hadda jira
vault-import-done = Koobiga kayda waa la soo raray: { $records } qoraal iyo { $blobs } fayl.
vault-import-no-file = Fadlan marka hore dooro fayl.

# Delete everything
vault-delete-title = Tirtir
vault-delete-intro = Tirtir faylka: tani waxay tirtiraysaa faylkaaga oo dhan, dukumentiyada iyo xogta qalabkan ku jirta. Barnaamijku wuu sii jirayaa oo internet la’aan ayuu shaqaynayaa. Tan dib looma celin karo.
vault-delete-button = Tirtir faylkayga
vault-delete-confirm = Ma hubtaa inaad tirtirto faylkaaga? Kadib wax walba way lumayaan, haddii aadan haysan koobi kayd ah.
vault-delete-yes = Haa, tirtir faylka
vault-deleted = Faylkaaga waa la tirtiray.

# Errors
vault-error-decrypt = Taasi ma shaqayn. Erayga sirta ama furaha waa khaldan yahay, ama xogtu waxyeello ayay gaartay.
vault-error-recovery-length = Furaha soo celinta dhererkiisu sax ma aha. Wuxuu leeyahay 36 xaraf oo 9 koox ah.
vault-error-recovery-character = Furaha soo celinta waxaa ku jira xaraf aan marnaba ku jirin furayaasha soo celinta. Fadlan hubi xaraf kasta.
vault-error-recovery-typo = Furaha soo celinta waxaa ku jira qalad qoraal. Fadlan hubi xaraf kasta.
vault-error-empty-passphrase = Fadlan geli eray sir ah.
vault-error-kdf-params = Xogtan waxay leedahay dejin ammaan oo aan sax ahayn. Lama furi doono.
vault-error-kdf-failed = Qalabku ma laha xusuus (memory) ku filan. Fadlan xir barnaamijyada kale oo mar kale isku day.
vault-error-not-a-backup = Faylkani ma aha koobi kayd ah oo ka yimid barnaamijka Faylkayga.
vault-error-newer-version = Xogtani waxay ka timid nooc ka cusub oo barnaamijka ah. Fadlan dib u soo rar barnaamijka.
vault-error-damaged = Xogtu waa dhiman tahay ama waxyeello ayay gaartay. Waxba lama beddelin.
vault-error-internal = Qalad ku jira barnaamijka. Waxba lama beddelin.
vault-error-too-large = Faylku aad buu u weyn yahay.
vault-error-exists = Qalabkan horey waxaa ugu jira fayl.
vault-error-no-vault = Qalabkan weli fayl kuma jiro.
vault-error-storage-full = Kaydku waa buuxaa. Waxba lama kaydin. Tirtir faylal ama meel ka bannee qalabka.
vault-error-storage = Browser-ku ma kaydin karin. Waxba lama beddelin.
vault-error-worker = Sir-xirku (encryption) ma bilaabmi karin. Fadlan dib u soo rar bogga.
vault-no-browser-save = Ha u oggolaan browser-ka inuu kaydiyo erayga sirta. Haddii uu weydiiyo inuu kaydiyo, dooro «Weligaa». Haddii kale qof kasta oo haysta qalabkan wuu furi karaa faylka.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Tan waxaa loo baahan yahay erayga sirta ee hadda.
vault-autolock-confirm = Waqti dheer ka hor inta aan la xirin wuxuu u baahan yahay erayga sirta. Qor oo riix «Xaqiiji».
vault-confirm-button = Xaqiiji
vault-key-replaced = Furaha soo celinta waxaa la beddelay { $date }. Xaashiyaha soo celinta ee hore ma furi doonaan faylkan.
vault-passphrase-common = Dad aad u badan ayaa isticmaala erayga sirta ah. Fadlan dooro mid kale.
vault-passphrase-weak = Erayga sirta ah aad buu u fudud yahay in la qiyaaso. Isticmaal dhowr eray, ama qaado soo jeedinta.
vault-passphrase-suggest = Soo jeedi eray sir ah
vault-passphrase-suggestion = Eray sir ah oo la soo jeediyay. Ku qor warqad oo si fiican u kaydi:
vault-error-backup-too-large = Koobiga kaydka ah wuxuu noqon karaa ugu badnaan { $size }. Kani wuu ka weyn yahay, sidaas darteed barnaamijku ma isticmaali karo.
vault-remove-app-intro = Ka saar barnaamijka: tani waxay browser-kan ka tirtiraysaa faylka, luqadda la doortay iyo barnaamijka la kaydiyey. Kadib barnaamijku wuxuu mar kale u baahan yahay internet si uu u bilaabmo.
vault-remove-app-button = Ka saar barnaamijka iyo xogta oo dhan browser-kan
vault-remove-app-confirm = Ma hubtaa inaad browser-kan ka saarto barnaamijka iyo xogtiisa oo dhan?
vault-remove-app-yes = Haa, wax walba ka saar
vault-app-removed = Barnaamijka iyo xogtiisa oo dhan waa laga saaray browser-kan. Hadda xir bogga. Haddii aad mar kale furto barnaamijka, wuxuu bilaabanayaa mid cusub.
vault-saved-files = Barnaamijku ma tirtiri karo faylasha aad hore u kaydisay ama la wadaagtay: daabacaadaha (mein-ordner-….pdf), faylka kalandarka (….ics) iyo koobiyada kaydka (….meinordner). Ka raadi galka soo dejinta (Downloads) iyo barnaamijyada aad la wadaagtay, halkaasna ka tirtir.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Furaha sidoo kale gacantaada ayaad ku qori kartaa warqad, oo guriga ku hayn kartaa. Koox kasta laba jeer hubi.
vault-recovery-no-screenshot = Ha qaadin sawir shaashadeed oo furahan ah. Sawir taleefanka ku jira waa nuqul: qofka haysta taleefanka ayaa ku furi kara faylkaaga.
