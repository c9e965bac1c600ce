### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = Isniin
date-weekday-tue = Talaado
date-weekday-wed = Arbaco
date-weekday-thu = Khamiis
date-weekday-fri = Jimco
date-weekday-sat = Sabti
date-weekday-sun = Axad
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Dacwad (Klage) maxkamadda maamulka
deadline-title-urgent-application = Codsi degdeg ah (Eilantrag) maxkamadda maamulka
deadline-title-objection = Cabasho rasmi ah (Widerspruch) gudbi
deadline-title-tax-objection = Cabasho (Einspruch) gudbi
deadline-title-objection-or-lawsuit = Cabasho (Widerspruch) ama dacwad (Klage): eeg dhammaadka go'aanka
deadline-title-register-address = Diiwaangeli cinwaankaaga (Anmeldung)
deadline-title-expiry = Waraaqdu way dhacaysaa
deadline-title-renew-early = Cusboonaysiin: hadda ballan qabso
deadline-title-renew-last = Cusboonaysiin: xusuusinta ugu dambaysa
deadline-title-appointment = Ballan
deadline-title-bamf-appointment = Ballan BAMF: aad muhiim u ah
deadline-title-family-reunification = Isku keenista qoyska (Familiennachzug): codsi gudbi
deadline-title-missing-date = Muddo lama xisaabin: taariikhdu ma jirto
deadline-missing-date-short = Taariikh ma jirto
deadline-last-day = Maalinta ugu dambaysa: { $date }
deadline-based-on = Saldhigga sharciga: { $law }
deadline-note-moved = Muddadu waxay dhammaan lahayd { $date }, oo ah dhammaadka toddobaadka ama fasax rasmi ah. Sidaas darteed muddadu waxay dhammaanaysaa maalinta shaqo ee xigta. App-ku wuxuu tiriyaa oo keliya fasaxyada rasmiga ah ee Jarmalka oo dhan, ma aha fasaxyada gobolkaaga oo keliya.
deadline-note-outcome-unknown = Weli ma aadan dooran waxa go'aanka ku qoran. Sidaas darteed app-ku wuxuu muujinayaa muddada ugu gaaban: 1 toddobaad.
deadline-note-instructions-missing = Waxaad dooratay: Rechtsbehelfsbelehrung (qoraalka ku saabsan xuquuqdaada) ma jiro ama waa khalad. Kaliya qareen ayaa hubin kara in taasi run tahay. Kaliya markaas ayaa laga yaabaa in 1 sano la helo ({ $law }). Sidaas darteed app-ku wuxuu muujinayaa muddada gaaban: 1 toddobaad dacwadda iyo codsiga degdegga ah. Ha sugin.
deadline-missing-date = Muddo lama xisaabin: geli taariikhda ku qoran baqshadda jaallaha ah (ama maalinta warqaddu timid). Muddadu waxay u badan tahay inay horay u bilaabatay. Maanta weydii xarun la-talin.
deadline-advice = Isla markiiba caawimaad raadso: Asylverfahrensberatung (la-talinta magangalyada), Flüchtlingsrat (golaha qaxootiga), Migrationsberatung (la-talinta socdaalka) ama qareen. Cinwaannadu waxay ku jiraan qaybta “La-talin iyo caawimaad”.
deadline-due-title = Dhowaan
deadline-due-empty = Waxba ma jiraan 30-ka maalmood ee soo socda.
deadline-due-overdue = Wakhtigii wuu dhaafay
deadline-due-week = 7-da maalmood ee soo socda
deadline-due-month = 30-ka maalmood ee soo socda
deadline-due-today = Maanta
deadline-from-document = Waraaqda: { $doctype }

## Appointments
appt-title = Ballamo
appt-intro = Ballamahaaga xafiisyada iyo xarumaha la-talinta. Waxay ku kaydsan yihiin si qarsoon faylkaaga ammaanka ah.
appt-locked = Marka hore fur faylkaaga ammaanka ah. Kadib waxaad arkaysaa ballamahaaga iyo muddooyinkaaga.
appt-open-folder = Fur faylka ammaanka ah
appt-add = Ballan cusub
appt-edit = Beddel
appt-delete = Tirtir
appt-delete-confirm = Ma hubtaa inaad tirtirto? Mar kale riix “Tirtir”.
appt-save = Kaydi
appt-cancel = Jooji
appt-date = Taariikhda
appt-time = Saacadda (haddii la garanayo)
appt-office = Xagee? Xafiis ama adeeg, qol
appt-contact = Xiriir ka yimid liiska
appt-contact-none = Xiriir ma jiro
appt-bring = Keen
appt-bring-hint = Ka dooro qodobo liisaskaaga hubinta.
appt-notes = Qoraallo
appt-empty = Weli ballan ma jiro.
appt-past = Ballamihii hore
appt-saved = Waa la kaydiyey.
appt-deleted = Waa la tirtiray.
appt-when-time = { $date }, saacadda { $time }
appt-error-no-date = Fadlan geli taariikh.
appt-error-no-office = Fadlan qor meesha ama qofka ballantu la leedahay.
appt-error-too-long = Qoraalku aad buu u dheer yahay.
appt-deadlines = Muddooyinka waraaqahaaga
appt-deadlines-none = Weli muddo ma jirto. Muddooyinku waxay ka yimaadaan taariikhaha waraaqahaaga ku qoran.
appt-export = Samee faylka kalandarka (.ics)
appt-export-hint = Ku fur faylka kalandarka taleefankaaga. Kadib wuxuu ku xusuusinayaa muddooyinka iyo ballamaha. Digniin: faylku qarsoon ma aha.
appt-all = Dhammaan ballamaha iyo muddooyinka

## Consultation log
log-title = La-talinno
log-intro = Yaad u tagtay? Maxaa lagu heshiiyey? Waa maxay tallaabada xigta? Sidaas ayay qof kasta oo ku caawinaya u arkaan isla sawirka.
log-add = Qoraal cusub
log-date = Taariikhda
log-who = Yaa? Qof ama xafiis
log-agreed = Maxaa lagu heshiiyey?
log-next = Tallaabooyinka xiga
log-empty = Weli qoraal ma jiro.
log-error-no-who = Fadlan qor qofka aad u tagtay.
log-open = Eeg la-talinnada

## Calendar file
ics-deadline-summary = Muddo: { $title }
ics-appt-summary = Ballan: { $office }
