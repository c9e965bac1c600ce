# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = Faylka waraaqahaaga muhiimka ah
pdf-name = Magac
pdf-date = Taariikh
pdf-town = Magaalo
pdf-town-placeholder = magaaladaada
pdf-notes = Qoraallo
pdf-contents = Tusmada
pdf-not-reviewed-title = Ogeysiis ku saabsan tarjumaadda
pdf-howto-title = Sida loo isticmaalo faylkan
pdf-howto-1 = Faylku wuxuu leeyahay toban qaybood. Qayb kasta waxay leedahay mawduuc, tusaale ahaan lacag ama guri.
pdf-howto-2 = Warqad kasta dhig gadaasha qaybta ku habboon. Warqadda ugu cusub hore ayay gashaa.
pdf-howto-3 = Qayb kasta waxay leedahay liis hubin. Calaamadee waxa aad horey u haysato. Markaas waxaad arkaysaa waxa weli maqan.
pdf-howto-4 = Faylka u qaado ballan kasta. Sidaas qof walba wuxuu arkaa isla wax isku mid ah, mana aha inaad wax laba jeer sharraxdo.
pdf-howto-5 = Ballamaha cusub iyo muddooyinka isla markiiba ku qor bogga qoraallada ee qaybta.
pdf-divider-file-here = Waraaqahaaga mawduucan ku saabsan dhig xaashidan gadaasheeda.
pdf-checklist-tick = Calaamadee waxa aad horey u haysato.
pdf-contact-blank = Xafiis kale
pdf-spine-title = Calaamadda dhabarka ee faylasha dhabarkoodu yahay { $width } mm
pdf-spine-cut = Jar oo geli jeebka dhabarka faylka.

## Recovery sheet

pdf-recovery-title = Xaashida soo celinta
pdf-recovery-intro = Furahan ayaad xogtaada dib ugu furi kartaa haddii aad ilowdo erayga sirta.
pdf-recovery-key = Furaha soo celinta
pdf-recovery-step-1 = Fur Faylkayga oo dooro “Erayga sirta ma ilowday?”.
pdf-recovery-step-2 = Iskaan garee koodhka QR ama gacanta ku qor furaha.
pdf-recovery-step-3 = Kadib dooro eray sir ah oo cusub.
pdf-recovery-warning = Qofka haysta xaashidan wuu furi karaa xogtaada. Guriga ku hay, meel ka fog taleefankaaga, hana gelin faylka aad ka tusto ballamaha. Qofna ha tusin.
pdf-recovery-created = La sameeyay: { $date }

## Consultation printout

pdf-consult-title = Waraaqaha la-talinta
pdf-consult-summary = Dulmar loogu talagalay la-talinta
pdf-consult-for = Loogu talagalay
pdf-consult-printed = La daabacay: { $date }
pdf-consult-tabs = Qaybaha
pdf-consult-have = Waa la hayaa
pdf-consult-missing = Weli maqan
pdf-consult-due = Muddooyin iyo ballamo
pdf-consult-deadlines = Muddooyin
pdf-consult-appointments = Ballamo
pdf-consult-documents = Dukumentiyo
pdf-consult-pages = { $count ->
    [one] 1 bog
   *[other] { $count } bog
}
pdf-consult-valid-until = wuu shaqaynayaa ilaa { $date }
pdf-consult-served = la gaarsiiyay { $date }
pdf-consult-received = la helay { $date }
pdf-consult-letter-date = warqadda { $date }
pdf-consult-log = La-talinnadii hore
pdf-consult-notes = Qoraallada la-talinta
pdf-consult-own-notes = Qoraaladayda
pdf-consult-none = Wax qoraal ah ma jiraan.
pdf-consult-scan = Iskaan: { $title }, bogga { $page } ee { $count }
pdf-consult-privacy = Daabacaaddan waxaa ku jira xog shakhsi ah. Qofka laftiisa ayaa doortay waxa ku jira. Fadlan ha koobiyeyn hana u gudbin cid kale, oo la-talinta kadib celi ama burburi.
