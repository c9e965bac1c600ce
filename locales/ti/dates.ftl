### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = ሰኑይ
date-weekday-tue = ሰሉስ
date-weekday-wed = ሮቡዕ
date-weekday-thu = ሓሙስ
date-weekday-fri = ዓርቢ
date-weekday-sat = ቀዳም
date-weekday-sun = ሰንበት
date-with-weekday = { $weekday }፣ { $date }

## Deadlines
deadline-title-lawsuit = ክሲ (Klage) ኣብ ምምሕዳራዊ ቤት ፍርዲ
deadline-title-urgent-application = ህጹጽ ሕቶ (Eilantrag) ኣብ ምምሕዳራዊ ቤት ፍርዲ
deadline-title-objection = ተቓውሞ (Widerspruch) ምቕራብ
deadline-title-tax-objection = ተቓውሞ (Einspruch) ምቕራብ
deadline-title-objection-or-lawsuit = ተቓውሞ (Widerspruch) ወይ ክሲ (Klage)፦ መወዳእታ ናይቲ ውሳኔ ርኣዩ
deadline-title-register-address = ኣድራሻ ምምዝጋብ (Anmeldung)
deadline-title-expiry = እዚ ወረቐት ግዜኡ ይውዳእ
deadline-title-renew-early = ምሕዳስ፦ ሕጂ ቆጸራ ሓዙ
deadline-title-renew-last = ምሕዳስ፦ ናይ መወዳእታ መዘኻኸሪ
deadline-title-appointment = ቆጸራ
deadline-title-bamf-appointment = ቆጸራ ኣብ BAMF፦ ኣዝዩ ኣገዳሲ
deadline-title-family-reunification = ምጽንባር ስድራ (Familiennachzug)፡ ሕቶ ኣቕርቡ
deadline-title-missing-date = ዝኾነ ግዜ ገደብ ኣይተሓሰበን፦ ዕለት የለን
deadline-missing-date-short = ዕለት የለን
deadline-last-day = መወዳእታ መዓልቲ፦ { $date }
deadline-based-on = ሕጋዊ መሰረት፦ { $law }
deadline-note-moved = እቲ ናይ ግዜ ገደብ ኣብ { $date } ምተወድአ ነይሩ፣ እዚ ድማ ቀዳመ-ሰንበት ወይ በዓል እዩ። ስለዚ እቲ ናይ ግዜ ገደብ ኣብ ዝቕጽል መዓልቲ ስራሕ ይውዳእ። እቲ ኣፕ ኣብ መላእ ጀርመን ዘለዉ በዓላት ጥራይ ይቖጽር፣ ኣብ ክፍለ-ሃገርኩም ጥራይ ዘለዉ በዓላት ኣይቖጽርን።
deadline-note-outcome-unknown = ኣብቲ ውሳኔ እንታይ ከም ዝተጻሕፈ ገና ኣይመረጽኩምን። ስለዚ እቲ ኣፕ እቲ ዝሓጸረ ናይ ግዜ ገደብ የርኢ፦ 1 ሰሙን።
deadline-note-instructions-missing = ንስኹም መሪጽኩም፦ Rechtsbehelfsbelehrung (ብዛዕባ መሰላትኩም ዝገልጽ ጽሑፍ) የለን ወይ ጌጋ እዩ። እዚ ሓቂ ምዃኑ ጠበቓ ጥራይ እዩ ክፍትሾ ዝኽእል። ሽዑ ጥራይ ምናልባት 1 ዓመት ይሰርሕ ({ $law })። ስለዚ እቲ ኣፕ ነቲ ሓጺር ግዜ ገደብ የርኢ፦ ንክሲን ህጹጽ ሕቶን 1 ሰሙን። ኣይትጸበዩ።
deadline-missing-date = ዝኾነ ግዜ ገደብ ኣይተሓሰበን፦ ኣብቲ ብጫ ሸፋኒ ዘሎ ዕለት ኣእትዉ (ወይ እቲ ደብዳቤ ዝመጸሉ መዓልቲ)። እቲ ግዜ ገደብ ድሮ ጀሚሩ ክኸውን ይኽእል። ሎሚ ንሓደ ማእከል ምኽሪ ሕተቱ።
deadline-advice = ብቕጽበት ሓገዝ ድለዩ፦ Asylverfahrensberatung (ምኽሪ ዑቕባ)፣ Flüchtlingsrat (ባይቶ ስደተኛታት)፣ Migrationsberatung (ምኽሪ ስደት) ወይ ጠበቓ። ኣድራሻታት ኣብ ክፍሊ «ምኽርን ሓገዝን» ኣለዉ።
deadline-due-title = ቀልጢፉ ዝመጽእ
deadline-due-empty = ኣብ ዝመጽእ 30 መዓልታት ዋላ ሓንቲ የለን።
deadline-due-overdue = ግዜኡ ሓሊፉ
deadline-due-week = ኣብ ዝመጽእ 7 መዓልታት
deadline-due-month = ኣብ ዝመጽእ 30 መዓልታት
deadline-due-today = ሎሚ
deadline-from-document = ካብቲ ወረቐት፦ { $doctype }

## Appointments
appt-title = ቆጸራታት
appt-intro = ኣብ ቤት ጽሕፈታትን ማእከላት ምኽርን ዘለዉኹም ቆጸራታት። ብምስጢራዊ ኣገባብ ኣብ ውሑስ ማህደርኩም ይዕቀቡ።
appt-locked = መጀመርታ ውሑስ ማህደርኩም ክፈቱ። ድሕሪኡ ቆጸራታትኩምን ናይ ግዜ ገደባትኩምን ትርእዩ።
appt-open-folder = ውሑስ ማህደር ክፈቱ
appt-add = ሓድሽ ቆጸራ
appt-edit = ቀይሩ
appt-delete = ደምስሱ
appt-delete-confirm = ብሓቂ ይደምሰስ? ደጊምኩም «ደምስሱ» ጠውቑ።
appt-save = ዕቀቡ
appt-cancel = ሰርዙ
appt-date = ዕለት
appt-time = ሰዓት (እንተ ተፈሊጡ)
appt-office = ኣበይ? ቤት ጽሕፈት ወይ ትካል፣ ክፍሊ
appt-contact = ካብቲ መዝገብ ርክብ
appt-contact-none = ርክብ የለን
appt-bring = ሒዝኩም ምጹ
appt-bring-hint = ካብ ዝርዝራት ምፍታሽኩም ነጥብታት ምረጹ።
appt-notes = መዘኻኸሪ ጽሑፍ
appt-empty = ገና ቆጸራ የለን።
appt-past = ዝሓለፉ ቆጸራታት
appt-saved = ተዓቂቡ።
appt-deleted = ተደምሲሱ።
appt-when-time = { $date }፣ ሰዓት { $time }
appt-error-no-date = በጃኹም ዕለት ኣእትዉ።
appt-error-no-office = በጃኹም እቲ ቆጸራ ኣበይ ወይ ምስ መን ምዃኑ ጽሓፉ።
appt-error-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
appt-deadlines = ካብ ወረቓቕትኹም ዝመጹ ናይ ግዜ ገደባት
appt-deadlines-none = ገና ናይ ግዜ ገደብ የለን። ናይ ግዜ ገደባት ካብቲ ኣብ ወረቓቕትኹም ዘሎ ዕለታት ይመጹ።
appt-export = ናይ ዓውደ-ኣዋርሕ ፋይል (.ics) ስርሑ
appt-export-hint = ነቲ ፋይል ብዓውደ-ኣዋርሕ ተሌፎንኩም ክፈትዎ። ድሕሪኡ ብዛዕባ ናይ ግዜ ገደባትን ቆጸራታትን ከዘኻኽረኩም እዩ። ተጠንቀቑ፦ እቲ ፋይል ምስጢራዊ ኣይኮነን።
appt-all = ኩሎም ቆጸራታትን ናይ ግዜ ገደባትን

## Consultation log
log-title = ምኽርታት
log-intro = ናብ መን ከይድኩም? እንታይ ተሰማሚዕኩም? ዝቕጽል ስጉምቲ እንታይ እዩ? ከምዚ ኩሎም ዝሕግዝኹም ሰባት ሓደ ዓይነት ስእሊ ይርእዩ።
log-add = ሓድሽ መዝገብ
log-date = ዕለት
log-who = ምስ መን? ሰብ ወይ ቤት ጽሕፈት
log-agreed = እንታይ ተሰማሚዕኩም?
log-next = ዝቕጽሉ ስጉምትታት
log-empty = ገና መዝገብ የለን።
log-error-no-who = በጃኹም ናብ መን ከም ዝኸድኩም ጽሓፉ።
log-open = ምኽርታት ርኣዩ

## Calendar file
ics-deadline-summary = ናይ ግዜ ገደብ፦ { $title }
ics-appt-summary = ቆጸራ፦ { $office }
