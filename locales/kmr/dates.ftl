### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = Duşem
date-weekday-tue = Sêşem
date-weekday-wed = Çarşem
date-weekday-thu = Pêncşem
date-weekday-fri = În
date-weekday-sat = Şemî
date-weekday-sun = Yekşem
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Doz (Klage) li dadgeha îdarî
deadline-title-urgent-application = Daxwaza bilez (Eilantrag) li dadgeha îdarî
deadline-title-objection = Îtiraz (Widerspruch) bikin
deadline-title-tax-objection = Îtiraz (Einspruch) bikin
deadline-title-objection-or-lawsuit = Îtiraz (Widerspruch) an doz (Klage): li dawiya biryarnameyê binêrin
deadline-title-register-address = Navnîşanê qeyd bikin (Anmeldung)
deadline-title-expiry = Dema vê kaxezê diqede
deadline-title-renew-early = Dirêjkirin: niha randevûyekê bigirin
deadline-title-renew-last = Dirêjkirin: bîranîna dawî
deadline-title-appointment = Randevû
deadline-title-bamf-appointment = Randevû li BAMF: pir girîng
deadline-title-family-reunification = Anîna malbatê (Familiennachzug): serlêdan bikin
deadline-title-missing-date = Tu mohlet nehat hesabkirin: dîrok tune ye
deadline-missing-date-short = Dîrok tune
deadline-last-day = Roja dawî: { $date }
deadline-based-on = Bingeha qanûnî: { $law }
deadline-note-moved = Mohlet dê di { $date } de biqediya, ku dawiya hefteyê an betlaneya fermî ye. Ji ber vê yekê mohlet di roja karê ya din de diqede. Sepan tenê betlaneyên fermî yên li seranserê Almanyayê dihejmêre, ne betlaneyên ku tenê li eyaleta we ne.
deadline-note-outcome-unknown = We hîn hilnebijartiye ku di biryarê de çi hatiye nivîsîn. Ji ber vê yekê sepan mohleta herî kurt nîşan dide: 1 hefte.
deadline-note-instructions-missing = We hilbijart: Rechtsbehelfsbelehrung (nivîsa li ser mafên we) tune ye an şaş e. Tenê parêzerek dikare kontrol bike ka ev rast e. Tenê wê demê dibe ku 1 sal derbas bibe ({ $law }). Ji ber vê yekê sepan mohleta kurt nîşan dide: 1 hefte ji bo doz û daxwaza bilez. Li bendê nemînin.
deadline-missing-date = Tu mohlet nehat hesabkirin: dîroka li ser zerfa zer binivîsin (an roja ku name hat). Dibe ku mohlet jixwe dest pê kiribe. Îro ji navendeke şêwirmendiyê bipirsin.
deadline-advice = Tavilê alîkariyê bixwazin: Asylverfahrensberatung (şêwirmendiya penaberiyê), Flüchtlingsrat (encumena penaberan), Migrationsberatung (şêwirmendiya koçberiyê) an parêzerek. Navnîşan di beşa “Şêwirmendî û alîkarî” de ne.
deadline-due-title = Di demeke nêzîk de
deadline-due-empty = Di 30 rojên bê de tiştek tune.
deadline-due-overdue = Dem derbas bûye
deadline-due-week = Di 7 rojên bê de
deadline-due-month = Di 30 rojên bê de
deadline-due-today = Îro
deadline-from-document = Ji kaxezê: { $doctype }

## Appointments
appt-title = Randevû
appt-intro = Randevûyên we li dezge û navendên şêwirmendiyê. Ew bi şîfre di peldanka we ya ewle de têne tomarkirin.
appt-locked = Pêşî peldanka xwe ya ewle vekin. Paşê hûn randevû û mohletên xwe dibînin.
appt-open-folder = Peldanka ewle vekin
appt-add = Randevûya nû
appt-edit = Biguherînin
appt-delete = Jê bibin
appt-delete-confirm = Bi rastî jê bibin? Carek din li “Jê bibin” bitikînin.
appt-save = Tomar bikin
appt-cancel = Betal bikin
appt-date = Dîrok
appt-time = Saet (heke tê zanîn)
appt-office = Li ku? Dezge an cih, ode
appt-contact = Têkilî ji lîsteyê
appt-contact-none = Têkilî tune
appt-bring = Bi xwe re bînin
appt-bring-hint = Xalan ji lîsteyên xwe yên kontrolê hilbijêrin.
appt-notes = Not
appt-empty = Hîn randevû tune.
appt-past = Randevûyên borî
appt-saved = Hat tomarkirin.
appt-deleted = Hat jêbirin.
appt-when-time = { $date }, saet { $time }
appt-error-no-date = Ji kerema xwe dîrokekê binivîsin.
appt-error-no-office = Ji kerema xwe binivîsin ku randevû li ku an bi kê re ye.
appt-error-too-long = Nivîs pir dirêj e.
appt-deadlines = Mohletên ji kaxezên we
appt-deadlines-none = Hîn mohlet tune. Mohlet ji dîrokên li ser kaxezên we tên.
appt-export = Pelê salnameyê (.ics) çêkin
appt-export-hint = Pelê bi salnameya têlefona xwe vekin. Paşê ew mohlet û randevûyan tîne bîra we. Haydar bin: pel ne bi şîfre ye.
appt-all = Hemû randevû û mohlet

## Consultation log
log-title = Şêwirmendî
log-intro = Hûn li cem kê bûn? Li ser çi li hev kirin? Gava din çi ye? Bi vî awayî hemû kesên ku alîkariya we dikin heman wêneyî dibînin.
log-add = Tomara nû
log-date = Dîrok
log-who = Li cem kê? Kes an dezge
log-agreed = Li ser çi li hev kirin?
log-next = Gavên din
log-empty = Hîn tomar tune.
log-error-no-who = Ji kerema xwe binivîsin ku hûn li cem kê bûn.
log-open = Şêwirmendiyan bibînin

## Calendar file
ics-deadline-summary = Mohlet: { $title }
ics-appt-summary = Randevû: { $office }
