# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Çapkirin tê amadekirin …
print-working-load = Font û nivîs tên barkirin …
print-working-pages = Rûpel tên rêzkirin …
print-done = Qediya. Rûpel: { $pages } · Mezinahî: { $size } · Dem: { $seconds } s
print-error-worker = Çapkirin dest pê nekir. Ji kerema xwe rûpelê ji nû ve bar bikin û dîsa biceribînin.
print-error-offline = Fontên çapkirinê hîn ne li ser vê amûrê ne. Sepanê carekê bi înternetê vekin û dîsa biceribînin.
print-error-font = Pelekî fontê yê çapkirinê xera bûye. Ji kerema xwe rûpelê ji nû ve bar bikin.
print-error-pack = Pela bajêr nayê xwendin. Ji kerema xwe di „Bajar hilbijêrin“ de kontrol bikin.
print-error-scan = Rûpela { $index } ya belgeyên skankirî ne wêneyekî JPEG ê xwendbar e. Ji kerema xwe vê rûpelê dîsa skan bikin.
print-error-internal = PDF nehat çêkirin. Ji kerema xwe dîsa biceribînin.
print-blank-open = Peldankeke vala çap bikin (ji bo daîreyan)
print-blank-title = Peldankeke vala çap bikin
print-blank-intro = Ji bo dairey û navendên şêwirmendiyê: peldankeke vala ji bo çapkirinê, bi almanî û zimanekî duyemîn, bi navnîşanên bajarekî. A4, bi kenarekî ji bo qulkirinê.
print-blank-language = Zimanê duyemîn
print-blank-german-only = Tenê almanî
print-blank-unreviewed = Hîn kesekî ku zimanê wî yê dayikê ev e ev werger kontrol nekiriye.
print-blank-town = Bajar
print-blank-town-none = Bê bajar (rêzên vala ji bo dagirtinê)
print-blank-town-file = Pela barkirî: { $file }
print-blank-town-load = Pela bajarekî bar bikin
print-blank-button = Peldankê wek PDF çêkin
print-recovery-pdf = PDF çêkin
print-consult-open = Belgeyan ji bo şêwirmendiyê çap bikin
print-consult-title = Belge ji bo şêwirmendiyê
print-consult-intro = Hûn bi xwe hildibijêrin ka çi di çapê de be. Ew bi kurteyek ji bo şêwirmend dest pê dike: çi heye, çi kêm e, mohleta çi nêzîk e.
print-consult-tabs = Beş
print-consult-personal = Kesane
print-consult-locked = Peldanka we kilîtkirî ye. Nîşan, nav, not û belge tenê dema ku ew vekirî be hene.
print-consult-open-folder = Peldankê vekin
print-consult-ticks = Nîşan bidin ka di lîsteyan de çi hatiye kirin
print-consult-name = Navê min çap bikin
print-consult-name-field = Nav
print-consult-notes = Notên min çap bikin
print-consult-documents = Belge
print-consult-deadlines = Mohlet
print-consult-appointments = Randevû
print-consult-log = Şêwirmendiyên berê
print-consult-nothing = Hîn tiştek nehatiye tomarkirin.
print-consult-privacy = Di çapê de agahiyên kesane hene. Tenê bidin kesên ku hûn bawerî bi wan dikin. Sepan tiştekî naşîne.
print-consult-button = Çapê wek PDF çêkin

# A finished file: print, share or save (#12 §1)
print-ready = Pel amade ye. Hê li tu derê nehatiye tomarkirin. Hilbijêrin ka hûn ê çi pê bikin.
print-print = Çap bikin
print-share = Parve bikin (bo nimûne bi sepaneke çapkerê)
print-save-file = Wek pel tomar bikin
print-save-warning = Haydar bin: pelê tomarkirî ne parastî ye. Her kesê ku vê amûrê bi kar tîne dikare wî veke. Piştî çapkirinê pel jê bibin.
print-save-warning-key = Bi vî pelî her kes dikare peldanka we veke. Tenê wê tomar bikin, eger hûn nikarin bi awayekî din çap bikin.
print-saved = Wek { $file } hat tomarkirin.
print-saved-personal = Wek { $file } hat tomarkirin. Piştî çapkirinê pel ji peldanka daxistinan (Downloads) jê bibin.
print-print-failed = Çapkirin dest pê nekir. Hûn dikarin pel parve bikin an tomar bikin.
print-share-failed = Parvekirin nebû. Hûn dikarin pel çap bikin an tomar bikin.
print-save-failed = Pel nehat tomarkirin.
