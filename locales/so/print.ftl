# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Daabacaadda waa la diyaarinayaa …
print-working-load = Farta iyo qoraallada waa la soo rarayaa …
print-working-pages = Bogagga waa la habaynayaa …
print-done = Waa dhammaatay. Bogag: { $pages } · Cabbir: { $size } · Waqti: { $seconds } il
print-error-worker = Daabacaaddu ma bilaabmin. Fadlan bogga dib u soo rar oo mar kale isku day.
print-error-offline = Farta daabacaadda weli kuma jiraan qalabkan. App-ka hal mar ku fur internet oo mar kale isku day.
print-error-font = Fayl far oo daabacaadda ah ayaa xumaaday. Fadlan bogga dib u soo rar.
print-error-pack = Faylka magaalada lama akhrin karo. Fadlan ka hubi „Dooro magaalo“.
print-error-scan = Bogga { $index } ee dukumentiyada la iskaanay ma aha sawir JPEG ah oo la akhrin karo. Fadlan boggan mar kale iskaan.
print-error-internal = PDF-ka lama samayn karin. Fadlan mar kale isku day.
print-blank-open = Daabac faylal madhan (xafiisyada)
print-blank-title = Daabac faylal madhan
print-blank-intro = Xafiisyada iyo xarumaha la-talinta: faylal madhan oo la daabaco, Jarmal iyo luqad labaad, oo wata ciwaannada magaalo. A4, oo leh meel banaan oo lagu dalooliyo.
print-blank-language = Luqadda labaad
print-blank-german-only = Jarmal keliya
print-blank-unreviewed = Qof luqaddan ku hadla weli ma hubin tarjumaaddan.
print-blank-town = Magaalo
print-blank-town-none = Magaalo la'aan (xariiqyo madhan oo la buuxiyo)
print-blank-town-file = Faylka la soo raray: { $file }
print-blank-town-load = Soo rar faylka magaalo
print-blank-button = Faylka u samee PDF
print-recovery-pdf = Samee PDF
print-consult-open = Daabac waraaqaha la-talinta
print-consult-title = Waraaqaha la-talinta
print-consult-intro = Adiga ayaa dooranaya waxa ku jira daabacaadda. Waxay ku bilaabataa soo koobid lataliyaha: waxa jira, waxa maqan, waxa dhowaan imanaya.
print-consult-tabs = Qaybaha
print-consult-personal = Shakhsi
print-consult-locked = Faylkaagu wuu xiran yahay. Calaamadaha, magaca, qoraallada iyo dukumentiyada waxay jiraan oo keliya marka uu furan yahay.
print-consult-open-folder = Fur faylka
print-consult-ticks = Muuji waxa laga dhammeeyay liisaska
print-consult-name = Daabac magacayga
print-consult-name-field = Magac
print-consult-notes = Daabac qoraalladayda
print-consult-documents = Dukumentiyo
print-consult-deadlines = Muddooyin
print-consult-appointments = Ballamo
print-consult-log = La-talinnadii hore
print-consult-nothing = Weli waxba lama kaydin.
print-consult-privacy = Daabacaaddu waxay leedahay xog shakhsi ah. Sii oo keliya dadka aad aaminsan tahay. App-ku waxba ma diro.
print-consult-button = Daabacaadda u samee PDF

# A finished file: print, share or save (#12 §1)
print-ready = Faylku waa diyaar. Weli meelna laguma kaydin. Dooro waxaad ku samaynayso.
print-print = Daabac
print-share = La wadaag (tusaale ahaan app daabacaad)
print-save-file = U kaydi fayl ahaan
print-save-warning = Digniin: fayl la kaydiyey ma ilaalsana. Qof kasta oo isticmaala qalabkan wuu furi karaa. Tirtir faylka kadib markaad daabacdo.
print-save-warning-key = Faylkan qof kasta wuu ku furi karaa faylkaaga. Kaydi oo keliya haddii aadan si kale u daabici karin.
print-saved = Waxaa loo kaydiyey { $file }.
print-saved-personal = Waxaa loo kaydiyey { $file }. Kadib daabacaadda, faylka ka tirtir galka soo dejinta (Downloads).
print-print-failed = Daabacaaddu ma bilaabmin. Waad wadaagi kartaa ama kaydin kartaa faylka.
print-share-failed = Wadaagiddu ma shaqayn. Waad daabici kartaa ama kaydin kartaa faylka.
print-save-failed = Faylka lama kaydin karin.
