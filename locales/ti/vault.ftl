# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.

vault-title = ውሑስ ማህደረይ
vault-nav = ሓበሬታይ
vault-intro = ኣብዚ ውልቃዊ ሓበሬታኹም ትዕቅቡ። ኩሉ ብምስጢራዊ ኮድ ዝተዓጸወ እዩ። ብፓስዋርድኩም ጥራይ እዩ ክንበብ ዝኽእል።
vault-status-locked = እቲ ማህደር ተዓጽዩ ኣሎ።
vault-status-unlocked = እቲ ማህደር ክፉት እዩ።
vault-working = በጃኹም ተጸበዩ። እዚ ገለ ሰከንድ ይወስድ።
vault-cancel = ኣቋርጹ
vault-done = ተወዲኡ

# Create
vault-create-title = ውሑስ ማህደር ምፍጣር
vault-create-intro = ፓስዋርድ ምረጹ። ነዊሕ ሓረግ ጽቡቕ እዩ፡ ንኣብነት ንስኹም ጥራይ እትፈልጥዎም ኣርባዕተ ቃላት።
vault-passphrase = ፓስዋርድ
vault-passphrase-repeat = ፓስዋርድ ደጊምኩም
vault-passphrase-show = ፓስዋርድ ኣርእዩ
vault-passphrase-mismatch = እቶም ክልተ ፓስዋርድ ሓደ ኣይኮኑን።
vault-passphrase-too-short = እቲ ፓስዋርድ ኣዝዩ ሓጺር እዩ። እንተወሓደ { $min } ፊደላት የድልዮ።
vault-strength-label = ሓይሊ ፓስዋርድ
vault-strength-weak = ድኹም። በጃኹም ዝነውሐ ፓስዋርድ ውሰዱ።
vault-strength-fair = ማእከላይ። ዝነውሐ ፓስዋርድ ዝያዳ ውሑስ እዩ።
vault-strength-good = ጽቡቕ።
vault-strength-strong = ኣዝዩ ጽቡቕ።
vault-create-warning = ኣገዳሲ፡ ፓስዋርድኩም ዝኾነ ሰብ ክመልሶ ኣይክእልን፡ ንሕና’ውን ኣይንኽእልን። ብዘይ ፓስዋርድ ወይ መፍትሕ ዳግም ምኽፋት፡ ሓበሬታኹም ንሓዋሩ ይጠፍእ።
vault-create-understood = ተረዲኡኒ ኣሎ።
vault-create-button = ማህደር ፍጠሩ

# Recovery sheet
vault-recovery-title = ወረቐት ዳግም ምኽፋት
vault-recovery-intro = እዚ መፍትሕ ዳግም ምኽፋትኩም እዩ። ፓስዋርድ እንተረሲዕኩም፡ በዚ ማህደርኩም ትኸፍቱ።
vault-recovery-once = እቲ መፍትሕ ሕጂ ጥራይ እዩ ዝርአ። እዚ ኣፕ ኣይዕቅቦን።
vault-recovery-step-print = ነዚ ወረቐት ሕተምዎ ወይ ነቲ መፍትሕ ብልክዕ ቅድሕዎ።
vault-recovery-step-keep = ነቲ ወረቐት ኣብ ገዛ ዕቀብዎ፡ ካብ ተሌፎን ፈሊኹም። ኣብቲ ኣብ ቆጸራታት እተርእይዎ ማህደር ኣየቐምጥዎ። ንማንም ኣይተርእይዎ።
vault-recovery-step-use = ፓስዋርድ ረሲዕኩም ዶ? ኣብ «ፓስዋርድ ረሲዕኩም ዶ?» ጠውቑ፡ ነዚ መፍትሕ ድማ ኣእትውዎ።
vault-recovery-key-label = መፍትሕ ዳግም ምኽፋት
vault-recovery-qr-label = QR ኮድ ምስ መፍትሕ ዳግም ምኽፋት
vault-recovery-created = ዝተዳለወሉ ዕለት፡ { $date }
vault-recovery-print = ሕተሙ
vault-recovery-kept = ነቲ መፍትሕ ዓቂበዮ ኣለኹ።
vault-recovery-replace-title = ሓድሽ መፍትሕ ዳግም ምኽፋት
vault-recovery-replace-intro = ነቲ ወረቐት ኣጥፊእኩምዎ ዶ? ሓድሽ መፍትሕ ግበሩ። ድሕሪኡ እቲ ኣረጊት መፍትሕ ነዚ ማህደር ኣይከፍቶን እዩ።
vault-recovery-replace-button = ሓድሽ መፍትሕ ግበሩ

# Unlock
vault-unlock-title = ማህደር ምኽፋት
vault-unlock-intro = ማህደርኩም ተዓጽዩ ኣሎ። ፓስዋርድኩም ኣእትዉ።
vault-unlock-button = ክፈቱ
vault-forgot = ፓስዋርድ ረሲዕኩም ዶ?
vault-recovery-unlock-title = ብመፍትሕ ዳግም ምኽፋት ምኽፋት
vault-recovery-unlock-intro = ነቲ ኣብ ወረቐት ዳግም ምኽፋት ዘሎ መፍትሕ ኣእትዉ። ድሕሪኡ ሓድሽ ፓስዋርድ ምረጹ።
vault-recovery-input = መፍትሕ ዳግም ምኽፋት
vault-recovery-unlock-button = ክፈቱን ሓድሽ ፓስዋርድ ዕቀቡን

# Lock
vault-lock-now = ሕጂ ዕጸዉ
vault-locked-manual = እቲ ማህደር ሕጂ ተዓጽዩ ኣሎ።
vault-locked-auto = እቲ ማህደር ባዕሉ ተዓጽዩ።

# My details
vault-data-title = ውልቃዊ ዝርዝረይ
vault-name-label = ስመይ
vault-notes-label = ማስታወሻታት
vault-save = ዕቀቡ
vault-saved = ተዓቂቡ።
vault-damaged = ሓደ መዝገብ ተበላሽዩ ክኽፈት ኣይክእልን፡ { $name }። ካልእ ኩሉ ብግቡእ እዩ።
vault-kind-profile = ስም
vault-kind-note = ማስታወሻታት
vault-kind-checklist = ምልክታት ኣብ ዝርዝራት ምርግጋጽ
vault-kind-settings = ምድላዋት
vault-kind-document = ሓደ ሰነድ
vault-kind-appointment = ሓደ ቆጸራ
vault-kind-consultation = ሓደ ምኽሪ
vault-kind-other = መዝገብ { $id }
vault-checklist-locked = ውሑስ ማህደርኩም ክፈቱ። ሽዑ ምልክት ክትገብሩን ክትዕቅቡን ትኽእሉ።

# Settings
vault-settings-title = ምድላዋት
vault-autolock-label = ዝኾነ ሰብ ነቲ ኣፕ ምስ ዘይጥቀመሉ ባዕሉ ይዕጸው፡ ድሕሪ
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}
vault-autolock-hidden = እቲ ኣፕ ን30 ካልኢት ኣብ ድሕሪት (background) እንተጸኒሑ’ውን፡ እቲ ማህደር ባዕሉ ይዕጸው፤ ስእሊ ክተልዕሉ ወይ ፋይል ክትመርጹ ከለኹም ግን ኣይዕጸውን።

# Change passphrase
vault-change-title = ፓስዋርድ ምቕያር
vault-current-passphrase = ናይ ሕጂ ፓስዋርድ
vault-new-passphrase = ሓድሽ ፓስዋርድ
vault-new-passphrase-repeat = ሓድሽ ፓስዋርድ ደጊምኩም
vault-change-button = ፓስዋርድ ቀይሩ
vault-changed = እቲ ፓስዋርድ ተቐይሩ።

# Storage
vault-storage-title = ቦታ ምዕቃብ
vault-storage-usage = ዝተሓዘ፡ { $used } ካብ { $available }
vault-storage-unknown = እቲ ብራውዘር ክንደይ ባዶ ቦታ ከም ዘሎ ኣይነግርን።
vault-storage-persisted = እቲ ብራውዘር ሓበሬታኹም ንወትሩ ይዕቅቦ።
vault-storage-not-persisted = ቦታ ምስ ዝውሕድ፡ እቲ ብራውዘር ሓበሬታኹም ክድምስሶ ይኽእል። ብተደጋጋሚ ቅዳሕ ዕቃበ ዕቀቡ።

# Backup
vault-backup-title = ቅዳሕ ዕቃበ
vault-backup-intro = ቅዳሕ ዕቃበ ኩሉ ሓበሬታኹም ዝሓዘ፡ ብምስጢራዊ ኮድ ዝተዓጸወ ሓደ ፋይል እዩ። ኣብ ካልእ ቦታ ዕቀብዎ፡ ንኣብነት ኣብ USB። ብፓስዋርድኩም ወይ ብመፍትሕ ዳግም ምኽፋት ትኸፍትዎ።
vault-backup-export = ቅዳሕ ዕቃበ ዕቀቡ
vault-backup-exported = ቅዳሕ ዕቃበ ተዓቂቡ፡ { $file }
vault-backup-skipped = { $count ->
    [one] { $count } ዝተበላሸወ መዝገብ ኣብቲ ቅዳሕ ዕቃበ የለን።
   *[other] { $count } ዝተበላሸዉ መዝገባት ኣብቲ ቅዳሕ ዕቃበ የለዉን።
}
vault-import-title = ቅዳሕ ዕቃበ ምጽዓን
vault-import-file = ፋይል ቅዳሕ ዕቃበ
vault-import-secret = ፓስዋርድ ወይ መፍትሕ ዳግም ምኽፋት ናይቲ ቅዳሕ ዕቃበ
vault-import-button = ኣረጋግጹን ጽዓኑን
vault-import-exists = ኣብዚ መሳርሒ ድሮ ማህደር ኣሎ። ቅዳሕ ዕቃበ እንተጸዓንኩም፡ ንሱ ይትካእ። ኣብቲ ናይ ሕጂ ማህደር ዘሎ ኩሉ ሓበሬታ ሽዑ ይጠፍእ።
vault-import-replace = እወ፡ ነቲ ናይ ሕጂ ማህደር ተክእዎ
vault-import-done = ቅዳሕ ዕቃበ ተጻዒኑ፡ { $records } መዝገባትን { $blobs } ፋይላትን።
vault-import-no-file = በጃኹም ቅድም ፋይል ምረጹ።

# Delete everything
vault-delete-title = ደምስስ
vault-delete-intro = ማህደር ምድምሳስ፦ እዚ ነቲ ማህደርኩም ምስ ኩሉ ሰነዳትን ሓበሬታን ኣብዚ መሳርሒ ይድምስሶ። እቲ ኣፕ ይተርፍን ብዘይ ኢንተርነት ምስራሕ ይቕጽልን። እዚ ክምለስ ኣይክእልን።
vault-delete-button = ማህደረይ ደምስሱ
vault-delete-confirm = ብሓቂ ማህደርኩም ክትድምስሱ ትደልዩ ዶ? ድሕሪኡ ኩሉ ይጠፍእ፡ ቅዳሕ ዕቃበ እንተ ዘይብልኩም።
vault-delete-yes = እወ፡ ነቲ ማህደር ደምስሱ
vault-deleted = ማህደርኩም ተደምሲሱ።

# Errors
vault-error-decrypt = ኣይሰለጠን። እቲ ፓስዋርድ ወይ መፍትሕ ጌጋ እዩ፡ ወይ እቲ ሓበሬታ ተበላሽዩ።
vault-error-recovery-length = መፍትሕ ዳግም ምኽፋት ቅኑዕ ንውሓት የብሉን። 36 ፊደላት ኣብ 9 ጉጅለታት ኣለዎ።
vault-error-recovery-character = ኣብ መፍትሕ ዳግም ምኽፋት፡ ኣብኡ ክህሉ ዘይብሉ ፊደል ኣሎ። በጃኹም ነፍሲ ወከፍ ፊደል ኣረጋግጹ።
vault-error-recovery-typo = ኣብ መፍትሕ ዳግም ምኽፋት ናይ ጽሕፈት ጌጋ ኣሎ። በጃኹም ነፍሲ ወከፍ ፊደል ኣረጋግጹ።
vault-error-empty-passphrase = በጃኹም ፓስዋርድ ኣእትዉ።
vault-error-kdf-params = እዚ ሓበሬታ ዘይቅኑዕ ናይ ድሕንነት ምድላዋት ኣለዎ። ኣይክኽፈትን እዩ።
vault-error-kdf-failed = እቲ መሳርሒ እኹል ዝኽሪ (memory) የብሉን። በጃኹም ካልኦት ኣፕታት ዕጸዉ፡ ደጊምኩም ፈትኑ።
vault-error-not-a-backup = እዚ ፋይል ናይ ማህደረይ ቅዳሕ ዕቃበ ኣይኮነን።
vault-error-newer-version = እዚ ሓበሬታ ካብ ዝሓደሰ ስሪት ናይቲ ኣፕ እዩ ዝመጸ። በጃኹም ነቲ ኣፕ ዳግማይ ጽዓንዎ።
vault-error-damaged = እቲ ሓበሬታ ዘይምሉእ ወይ ዝተበላሸወ እዩ። ዋላ ሓንቲ ኣይተቐየረን።
vault-error-internal = ኣብቲ ኣፕ ጌጋ ኣሎ። ዋላ ሓንቲ ኣይተቐየረን።
vault-error-too-large = እቲ ፋይል ኣዝዩ ዓቢ እዩ።
vault-error-exists = ኣብዚ መሳርሒ ድሮ ማህደር ኣሎ።
vault-error-no-vault = ኣብዚ መሳርሒ ገና ማህደር የለን።
vault-error-storage-full = ቦታ ምዕቃብ መሊኡ። ዋላ ሓንቲ ኣይተዓቀበን። ፋይላት ደምስሱ ወይ ኣብቲ መሳርሒ ቦታ ግበሩ።
vault-error-storage = እቲ ብራውዘር ክዕቅብ ኣይከኣለን። ዋላ ሓንቲ ኣይተቐየረን።
vault-error-worker = ምስጢራዊ ምዕጻው (encryption) ክጅምር ኣይከኣለን። በጃኹም ነቲ ገጽ ዳግማይ ጽዓንዎ።
vault-no-browser-save = እቲ ብራውዘር ነቲ ፓስዋርድ ክዕቅቦ ኣይተፍቅዱሉ። ክዕቅቦ እንተ ሓተተ፡ «ፈጺሙ» ምረጹ። እንተዘይኮይኑ ነዚ መሳርሒ ዝሓዘ ዝኾነ ሰብ ነቲ ማህደር ክኸፍቶ ይኽእል።

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = ነዚ ናይ ሕጂ ፓስዋርድኩም የድልየና።
vault-autolock-confirm = ቅድሚ ምዕጻው ዝነውሐ ግዜ ፓስዋርድኩም የድልዮ። ጽሓፍዎ እሞ «ኣረጋግጽ» ጠውቑ።
vault-confirm-button = ኣረጋግጽ
vault-key-replaced = መፍትሕ ዳግም ምኽፋት ብ{ $date } ተቐይሩ። ኣረገውቲ ወረቓቕቲ ዳግም ምኽፋት ነዚ ማህደር ደጊም ኣይከፍትዎን።
vault-passphrase-common = ነዚ ፓስዋርድ ብዙሓት ሰባት ይጥቀሙሉ። በጃኹም ካልእ ምረጹ።
vault-passphrase-weak = እዚ ፓስዋርድ ብቐሊሉ ይግመት። ብዙሓት ቃላት ተጠቐሙ፡ ወይ ነቲ ለበዋ ውሰዱ።
vault-passphrase-suggest = ፓስዋርድ ኣለብው
vault-passphrase-suggestion = ዝተለበወ ፓስዋርድ። ኣብ ወረቐት ጽሓፍዎ እሞ ብጥንቃቐ ሓልውዎ፡
vault-error-backup-too-large = ቅዳሕ ዕቃበ እንተበዝሐ { $size } ክኸውን ይኽእል። እዚ ካብኡ ይዓቢ፡ ስለዚ እቲ ኣፕ ክጥቀመሉ ኣይክእልን።
vault-remove-app-intro = ኣፕ ምእላይ፦ እዚ ነቲ ማህደር፡ ዝተመርጸ ቋንቋን ዝተዓቀበ ኣፕን ካብዚ ብራውዘር ይድምስሶ። ድሕሪኡ እቲ ኣፕ ንምጅማር ደጊሙ ኢንተርነት የድልዮ።
vault-remove-app-button = ነቲ ኣፕን ኩሉ ሓበሬታን ካብዚ ብራውዘር ኣልዩ
vault-remove-app-confirm = ብሓቂ ነቲ ኣፕን ኩሉ ሓበሬታኡን ካብዚ ብራውዘር ክተልዩ ትደልዩ ዶ?
vault-remove-app-yes = እወ፡ ኩሉ ኣልዩ
vault-app-removed = እቲ ኣፕን ኩሉ ሓበሬታኡን ካብዚ ብራውዘር ተኣልዩ። ሕጂ ነዚ ገጽ ዕጸውዎ። ነቲ ኣፕ ደጊምኩም እንተ ከፊትኩምዎ፡ ካብ መጀመርታ ይጅምር።
vault-saved-files = እቲ ኣፕ ኣቐዲምኩም ዝዓቀብኩምዎም ወይ ዘካፈልኩምዎም ፋይላት ክድምስስ ኣይክእልን፦ ሕቱማት (mein-ordner-….pdf)፡ ናይ ዓውደ-ኣዋርሕ ፋይል (….ics)ን ቅዳሕ ዕቃበን (….meinordner)። ኣብ ማህደር ዳውንሎድን ኣብቶም ዘካፈልኩምሎም ኣፓትን ድለይዎም፡ ኣብኡ ድማ ደምስስዎም።

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = ነቲ መፍትሕ ብኢድኩም እውን ኣብ ሓንቲ ወረቐት ክትጽሕፍዎን ኣብ ገዛ ክትሕዝዎን ትኽእሉ ኢኹም። ነፍሲ ወከፍ ጉጅለ ክልተ ግዜ ፈትሹ።
vault-recovery-no-screenshot = ናይዚ መፍትሕ ስእሊ ስክሪን ኣይተልዕሉ። ኣብ ተሌፎን ዘሎ ስእሊ ቅዳሕ እዩ፦ ነቲ ተሌፎን ዝሓዘ ሰብ ብእኡ ማህደርኩም ክኸፍቶ ይኽእል።
