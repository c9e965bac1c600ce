# The safe folder (encrypted data on the device), in Kurdish Kurmanji. From locales/de/vault.ftl.

vault-title = Peldanka min a ewle
vault-nav = Daneyên min
vault-intro = Li vir hûn daneyên xwe yên kesane tomar dikin. Her tişt şîfrekirî ye. Tenê bi şîfreya we dikare were xwendin.
vault-status-locked = Peldank kilîtkirî ye.
vault-status-unlocked = Peldank vekirî ye.
vault-working = Ji kerema xwe bisekinin. Ev çend çirkeyan dikişîne.
vault-cancel = Betal bikin
vault-done = Qediya

# Create
vault-create-title = Peldanka ewle çêkin
vault-create-intro = Şîfreyekê hilbijêrin. Hevokeke dirêj baş e, bo nimûne çar peyvên ku tenê hûn dizanin.
vault-passphrase = Şîfre
vault-passphrase-repeat = Şîfre careke din
vault-passphrase-show = Şîfreyê nîşan bidin
vault-passphrase-mismatch = Her du şîfre ne wek hev in.
vault-passphrase-too-short = Şîfre pir kin e. Herî kêm { $min } tîp pêwîst in.
vault-strength-label = Hêza şîfreyê
vault-strength-weak = Qels. Ji kerema xwe şîfreyeke dirêjtir bi kar bînin.
vault-strength-fair = Navîn. Şîfreyeke dirêjtir ewletir e.
vault-strength-good = Baş.
vault-strength-strong = Pir baş.
vault-create-warning = Girîng: Tu kes nikare şîfreya we vegerîne, em jî nikarin. Bêyî şîfreyê an mifteya vegerandinê daneyên we her û her winda dibin.
vault-create-understood = Min ev fêm kir.
vault-create-button = Peldankê çêkin

# Recovery sheet
vault-recovery-title = Rûpela vegerandinê
vault-recovery-intro = Ev mifteya we ya vegerandinê ye. Heke şîfre ji bîra we çû, hûn bi vê mifteyê peldanka xwe vedikin.
vault-recovery-once = Mifte tenê niha tê nîşandan. Sepan wê tomar nake.
vault-recovery-step-print = Vê rûpelê çap bikin an mifteyê bi hûrgilî binivîsin.
vault-recovery-step-keep = Rûpelê li malê biparêzin, ji têlefonê dûr. Wê nexin wê peldankê ku hûn li randevûyan nîşan didin. Wê nîşanî tu kesî nedin.
vault-recovery-step-use = Şîfre ji bîra we çû? Li ser “Şîfre ji bîra we çû?” bitikînin û vê mifteyê binivîsin.
vault-recovery-key-label = Mifteya vegerandinê
vault-recovery-qr-label = Koda QR bi mifteya vegerandinê
vault-recovery-created = Dîroka çêkirinê: { $date }
vault-recovery-print = Çap bikin
vault-recovery-kept = Min mifte parast.
vault-recovery-replace-title = Mifteya vegerandinê ya nû
vault-recovery-replace-intro = Rûpel winda bû? Mifteyeke nû çêkin. Wê demê mifteya kevn êdî vê peldankê venake.
vault-recovery-replace-button = Mifteyeke nû çêkin

# Unlock
vault-unlock-title = Peldankê vekin
vault-unlock-intro = Peldanka we kilîtkirî ye. Şîfreya xwe binivîsin.
vault-unlock-button = Vekin
vault-forgot = Şîfre ji bîra we çû?
vault-recovery-unlock-title = Bi mifteya vegerandinê vekin
vault-recovery-unlock-intro = Mifteya li ser rûpela xwe ya vegerandinê binivîsin. Paşê şîfreyeke nû hilbijêrin.
vault-recovery-input = Mifteya vegerandinê
vault-recovery-unlock-button = Vekin û şîfreya nû tomar bikin

# Lock
vault-lock-now = Niha kilît bikin
vault-locked-manual = Peldank niha kilîtkirî ye.
vault-locked-auto = Peldank bixweber hat kilîtkirin.

# My details
vault-data-title = Agahiyên min
vault-name-label = Navê min
vault-notes-label = Not
vault-save = Tomar bikin
vault-saved = Hat tomarkirin.
vault-damaged = Tomarek xera bûye û nayê vekirin: { $name }. Her tiştê din baş e.
vault-kind-profile = Nav
vault-kind-note = Not
vault-kind-checklist = Nîşanên di lîsteyên kontrolê de
vault-kind-settings = Mîheng
vault-kind-document = Belgeyek
vault-kind-appointment = Randevûyek
vault-kind-consultation = Şêwirmendiyek
vault-kind-other = Tomar { $id }
vault-checklist-locked = Peldanka xwe ya ewle vekin. Wê demê hûn dikarin nîşanan deynin û tomar bikin.

# Settings
vault-settings-title = Mîheng
vault-autolock-label = Dema ku kes sepanê bi kar nayîne, bixweber kilît bibe piştî
vault-autolock-minutes = { $minutes ->
    [one] 1 deqîqeyê
   *[other] { $minutes } deqîqeyan
}
vault-autolock-hidden = Peldank her weha kilît dibe, dema ku sepan 30 saniyeyan di paşxanê de be, ji bilî dema ku hûn wêneyekî dikişînin an pelekî hildibijêrin.

# Change passphrase
vault-change-title = Şîfreyê biguherînin
vault-current-passphrase = Şîfreya niha
vault-new-passphrase = Şîfreya nû
vault-new-passphrase-repeat = Şîfreya nû careke din
vault-change-button = Şîfreyê biguherînin
vault-changed = Şîfre hat guhertin.

# Storage
vault-storage-title = Cihê tomarkirinê
vault-storage-usage = Bikarhatî: { $used } ji { $available }
vault-storage-unknown = Gerok nabêje ka çiqas cih vala ye.
vault-storage-persisted = Gerok daneyên we bi domdarî diparêze.
vault-storage-not-persisted = Dema cih kêm bibe, gerok dikare daneyên we jê bibe. Gelek caran kopiyeke yedek tomar bikin.

# Backup
vault-backup-title = Kopiya yedek
vault-backup-intro = Kopiya yedek pelek e ku hemû dane tê de ne, şîfrekirî. Wê li cihekî din tomar bikin, bo nimûne li ser flaşeke USB. Hûn wê bi şîfreya xwe an bi mifteya vegerandinê vedikin.
vault-backup-export = Kopiya yedek tomar bikin
vault-backup-exported = Kopiya yedek hat tomarkirin: { $file }
vault-backup-skipped = { $count ->
    [one] 1 tomara xerabûyî di kopiya yedek de tune ye.
   *[other] { $count } tomarên xerabûyî di kopiya yedek de tune ne.
}
vault-import-title = Kopiya yedek bar bikin
vault-import-file = Pelê kopiya yedek
vault-import-secret = Şîfre an mifteya vegerandinê ya kopiya yedek
vault-import-button = Kontrol bikin û bar bikin
vault-import-exists = Li ser vê amûrê jixwe peldankek heye. Heke hûn kopiya yedek bar bikin, ew ê cihê wê bigire. Wê demê hemû daneyên di peldanka niha de winda dibin.
vault-import-replace = Erê, peldanka niha biguherînin
vault-import-done = Kopiya yedek hat barkirin: { $records } tomar û { $blobs } pel.
vault-import-no-file = Ji kerema xwe pêşî pelekî hilbijêrin.

# Delete everything
vault-delete-title = Jê bibin
vault-delete-intro = Peldankê jê bibin: ev peldanka we bi hemû belge û daneyan li ser vê amûrê jê dibe. Sepan dimîne û bê înternetê jî dixebite. Ev nayê vegerandin.
vault-delete-button = Peldanka min jê bibin
vault-delete-confirm = Bi rastî hûn dixwazin peldanka xwe jê bibin? Piştre her tişt winda dibe, heke kopiya we ya yedek tune be.
vault-delete-yes = Erê, peldankê jê bibin
vault-deleted = Peldanka we hat jêbirin.

# Errors
vault-error-decrypt = Ev bi ser neket. Şîfre an mifte şaş e, an dane xera bûne.
vault-error-recovery-length = Dirêjahiya mifteya vegerandinê ne rast e. Ew ji 36 tîpan di 9 koman de pêk tê.
vault-error-recovery-character = Di mifteya vegerandinê de tîpek heye ku li wir nabe. Ji kerema xwe her tîpê kontrol bikin.
vault-error-recovery-typo = Di mifteya vegerandinê de şaşiyeke nivîsandinê heye. Ji kerema xwe her tîpê kontrol bikin.
vault-error-empty-passphrase = Ji kerema xwe şîfreyekê binivîsin.
vault-error-kdf-params = Mîhengên ewlehiyê yên van daneyan ne derbasdar in. Ew nayên vekirin.
vault-error-kdf-failed = Bîra amûrê têra nake. Ji kerema xwe sepanên din bigirin û dîsa biceribînin.
vault-error-not-a-backup = Ev pel ne kopiya yedek a Mein Ordner (Peldanka Min) e.
vault-error-newer-version = Ev dane ji guhertoyeke nûtir a sepanê tên. Ji kerema xwe sepanê ji nû ve bar bikin.
vault-error-damaged = Dane ne temam in an xera bûne. Tu tişt nehat guhertin.
vault-error-internal = Şaşiyek di sepanê de. Tu tişt nehat guhertin.
vault-error-too-large = Pel pir mezin e.
vault-error-exists = Li ser vê amûrê jixwe peldankek heye.
vault-error-no-vault = Li ser vê amûrê hîn peldank tune ye.
vault-error-storage-full = Bîr tije ye. Tu tişt nehat tomarkirin. Pelan jê bibin an li ser amûrê cih vala bikin.
vault-error-storage = Gerok nikarî tomar bike. Tu tişt nehat guhertin.
vault-error-worker = Şîfrekirin dest pê nekir. Ji kerema xwe rûpelê ji nû ve bar bikin.
vault-no-browser-save = Nehêlin ku gerok şîfreyê tomar bike. Heke bipirse gelo wê tomar bike, «Qet» hilbijêrin. Wekî din her kesê ku vê amûrê hebe dikare peldankê veke.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Ji bo vê yekê şîfreya we ya niha pêwîst e.
vault-autolock-confirm = Demeke dirêjtir heta kilîtbûnê şîfreya we dixwaze. Wê binivîsin û li «Pejirandin» bixin.
vault-confirm-button = Pejirandin
vault-key-replaced = Mifteya vegerandinê di { $date } de hate guhertin. Rûpelên vegerandinê yên kevn êdî vê peldankê venakin.
vault-passphrase-common = Gelek kes vê şîfreyê bi kar tînin. Ji kerema xwe yeke din hilbijêrin.
vault-passphrase-weak = Ev şîfre pir hêsan tê texmînkirin. Çend peyvan bi kar bînin, an pêşniyarê bigirin.
vault-passphrase-suggest = Şîfreyekê pêşniyar bike
vault-passphrase-suggestion = Şîfreya pêşniyarkirî. Wê li ser kaxezê binivîsin û baş biparêzin:
vault-error-backup-too-large = Kopiya yedek herî zêde dikare { $size } be. Ev mezintir e, ji ber vê sepan nikare wê bi kar bîne.
vault-remove-app-intro = Sepanê rakin: ev peldank, zimanê hilbijartî û sepana tomarkirî ji vê gerokê jê dibe. Piştre sepan ji bo destpêkirinê dîsa înternetê dixwaze.
vault-remove-app-button = Sepan û hemû daneyan ji vê gerokê rakin
vault-remove-app-confirm = Bi rastî hûn dixwazin sepan û hemû daneyên wê ji vê gerokê rakin?
vault-remove-app-yes = Erê, her tiştî rakin
vault-app-removed = Sepan û hemû daneyên wê ji vê gerokê hatin rakirin. Niha vê tabê bigirin. Heke hûn sepanê dîsa vekin, ew ji nû ve dest pê dike.
vault-saved-files = Sepan nikare pelên ku we berê tomar kirine an parve kirine jê bibe: çapkirin (mein-ordner-….pdf), pelê salnameyê (….ics) û kopiyên yedek (….meinordner). Li wan di peldanka daxistinan (Downloads) û di wan sepanan de ku we pê re parve kiriye bigerin, û li wir jê bibin.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Hûn dikarin mifteyê bi destê xwe jî li ser pelekî kaxezê binivîsin û li malê biparêzin. Her komê du caran kontrol bikin.
vault-recovery-no-screenshot = Wêneyê ekranê yê vê mifteyê negirin. Wêneyek li ser têlefonê kopiyek e: kî têlefonê hebe, dikare bi wê peldanka we veke.
