# Printed folders, in Kurdish Kurmanji: blank folder for offices, recovery sheet, consultation printout.

## Blank folder

pdf-folder-subtitle = Peldank ji bo belgeyên we yên girîng
pdf-name = Nav
pdf-date = Dîrok
pdf-town = Bajar
pdf-town-placeholder = bajarê we
pdf-notes = Not
pdf-contents = Naverok
pdf-not-reviewed-title = Agahî li ser wergerê
pdf-howto-title = Hûn vê peldankê wiha bi kar tînin
pdf-howto-1 = Di peldankê de deh beş hene. Her beş xwedî mijarekê ye, bo nimûne pere an xanî.
pdf-howto-2 = Her belgeyê li pişt beşa guncaw bi cih bikin. Belgeya herî nû dikeve pêşiyê.
pdf-howto-3 = Her beş xwedî lîsteyeke kontrolê ye. Tiştên ku jixwe li cem we hene nîşan bikin. Wê demê hûn dibînin ka çi hîn kêm e.
pdf-howto-4 = Peldankê bi xwe re bibin her randevûyê. Bi vî awayî her kes heman tiştî dibîne, û ne hewce ye ku hûn tiştekî du caran rave bikin.
pdf-howto-5 = Randevû û mohletên nû tavilê li ser rûpela notan a beşê binivîsin.
pdf-divider-file-here = Belgeyên xwe yên li ser vê mijarê li pişt vê rûpelê bi cih bikin.
pdf-checklist-tick = Tiştên ku jixwe li cem we hene nîşan bikin.
pdf-contact-blank = Navendeke din
pdf-spine-title = Etîketa piştê ji bo peldankên bi pişta { $width } mm
pdf-spine-cut = Bibirin û têxin bêrîka li pişta peldankê.

## Recovery sheet

pdf-recovery-title = Rûpela vegerandinê
pdf-recovery-intro = Heke şîfre ji bîra we çû, hûn bi vê mifteyê daneyên xwe dîsa vedikin.
pdf-recovery-key = Mifteya vegerandinê
pdf-recovery-step-1 = Mein Ordner (Peldanka Min) vekin û “Şîfre ji bîra we çû?” hilbijêrin.
pdf-recovery-step-2 = Koda QR skan bikin an mifteyê binivîsin.
pdf-recovery-step-3 = Paşê şîfreyeke nû hilbijêrin.
pdf-recovery-warning = Kesê ku ev rûpel li cem wî be, dikare daneyên we veke. Wê li malê biparêzin, ji têlefonê dûr, û ne di wê peldankê de ku hûn li randevûyan nîşan didin. Wê nîşanî tu kesî nedin.
pdf-recovery-created = Dîroka çêkirinê: { $date }

## Consultation printout

pdf-consult-title = Belge ji bo şêwirmendiyê
pdf-consult-summary = Kurte ji bo şêwirmendiyê
pdf-consult-for = Ji bo
pdf-consult-printed = Dîroka çapê: { $date }
pdf-consult-tabs = Beş
pdf-consult-have = Heye
pdf-consult-missing = Hîn kêm e
pdf-consult-due = Mohlet û randevû
pdf-consult-deadlines = Mohlet
pdf-consult-appointments = Randevû
pdf-consult-documents = Belge
pdf-consult-pages = { $count ->
    [one] 1 rûpel
   *[other] { $count } rûpel
}
pdf-consult-valid-until = heta { $date } derbasdar e
pdf-consult-served = roja radestkirinê: { $date }
pdf-consult-received = wergirtî di { $date } de
pdf-consult-letter-date = nameya { $date }
pdf-consult-log = Şêwirmendiyên berê
pdf-consult-notes = Notên şêwirmendiyê
pdf-consult-own-notes = Notên min
pdf-consult-none = Tu tomar tune ne.
pdf-consult-scan = Skan: { $title }, rûpela { $page } ji { $count }
pdf-consult-privacy = Di vê çapê de daneyên kesane hene. Kes bi xwe hilbijartiye ka çi tê de be. Ji kerema xwe kopî nekin û nedin kesekî din, û piştî şêwirmendiyê paşde bidin an tune bikin.
