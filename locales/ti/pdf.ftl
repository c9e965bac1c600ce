# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = ማህደር ንኣገደስቲ ወረቓቕትኹም
pdf-name = ስም
pdf-date = ዕለት
pdf-town = ከተማ
pdf-town-placeholder = ከተማኹም
pdf-notes = ማስታወሻታት
pdf-contents = ትሕዝቶ
pdf-not-reviewed-title = መዘኻኸሪ ብዛዕባ እዚ ትርጉም
pdf-howto-title = ነዚ ማህደር ከመይ ጌርኩም ትጥቀሙሉ
pdf-howto-1 = እዚ ማህደር ዓሰርተ ክፍልታት ኣለዎ። ነፍሲ ወከፍ ክፍሊ ኣርእስቲ ኣለዎ፡ ንኣብነት ገንዘብ ወይ መንበሪ ገዛ።
pdf-howto-2 = ነፍሲ ወከፍ ወረቐት ድሕሪ እቲ ዝሰማማዕ ክፍሊ ኣቐምጡ። እቲ ዝሓደሰ ወረቐት ኣብ ቅድሚት ይኣቱ።
pdf-howto-3 = ነፍሲ ወከፍ ክፍሊ ዝርዝር ምርግጋጽ ኣለዎ። ነቲ ድሮ ዘለኩም ምልክት ግበሩሉ። ሽዑ እንታይ ከም ዝጎደለ ትርእዩ።
pdf-howto-4 = ነዚ ማህደር ናብ ነፍሲ ወከፍ ቆጸራ ሒዝኩም ኺዱ። ከምዚ ጌርኩም ኩሉ ሰብ ሓደ ዓይነት ይርኢ፡ ንስኹም ድማ ገለ ነገር ክልተ ግዜ ክትገልጹ ኣየድልየኩምን።
pdf-howto-5 = ሓደስቲ ቆጸራታትን ናይ ግዜ ገደባትን ብቕጽበት ኣብ ገጽ ማስታወሻ ናይቲ ክፍሊ ጽሓፉ።
pdf-divider-file-here = ብዛዕባ እዚ ኣርእስቲ ዘለዉ ወረቓቕትኹም ድሕሪ እዚ ወረቐት ኣቐምጡ።
pdf-checklist-tick = ነቲ ድሮ ዘለኩም ምልክት ግበሩሉ።
pdf-contact-blank = ካልእ ትካል
pdf-spine-title = ምልክት ሕቖ ንማህደር ዘለዎ ሕቖ { $width } mm
pdf-spine-cut = ቆሪጽኩም ኣብቲ ኣብ ሕቖ ማህደር ዘሎ ጁባ ኣእትውዎ።

## Recovery sheet

pdf-recovery-title = ወረቐት ዳግም ምኽፋት
pdf-recovery-intro = ፓስዋርድኩም እንተረሲዕኩም፡ በዚ መፍትሕ ሓበሬታኹም ደጊምኩም ትኸፍቱ።
pdf-recovery-key = መፍትሕ ዳግም ምኽፋት
pdf-recovery-step-1 = ማህደረይ ክፈቱ፡ «ፓስዋርድ ረሲዕኩም ዶ?» ምረጹ።
pdf-recovery-step-2 = ነቲ QR ኮድ ስካን ግበሩ ወይ ነቲ መፍትሕ ብኢድኩም ጽሓፍዎ።
pdf-recovery-step-3 = ድሕሪኡ ሓድሽ ፓስዋርድ ምረጹ።
pdf-recovery-warning = ነዚ ወረቐት ዝሓዘ ሰብ ሓበሬታኹም ክኸፍት ይኽእል። ኣብ ገዛ ዕቀብዎ፡ ካብ ተሌፎን ፈሊኹም፡ ኣብቲ ኣብ ቆጸራታት እተርእይዎ ማህደር ከኣ ኣይኹን። ንማንም ኣይተርእይዎ።
pdf-recovery-created = ዝተዳለወሉ ዕለት፡ { $date }

## Consultation printout

pdf-consult-title = ሰነዳት ንምኽሪ
pdf-consult-summary = ሓፈሻዊ ትሕዝቶ ንምኽሪ
pdf-consult-for = ንመን
pdf-consult-printed = ዝተሓትመሉ ዕለት፡ { $date }
pdf-consult-tabs = ክፍልታት
pdf-consult-have = ዘሎ
pdf-consult-missing = ገና ዝጎደለ
pdf-consult-due = ናይ ግዜ ገደባትን ቆጸራታትን
pdf-consult-deadlines = ናይ ግዜ ገደባት
pdf-consult-appointments = ቆጸራታት
pdf-consult-documents = ሰነዳት
pdf-consult-pages = { $count ->
    [one] { $count } ገጽ
   *[other] { $count } ገጻት
}
pdf-consult-valid-until = ክሳብ { $date } ዝሰርሕ
pdf-consult-served = ብወግዒ ዝተረከበሉ { $date }
pdf-consult-received = ዝተቐበሉሉ { $date }
pdf-consult-letter-date = ደብዳቤ ዕለት { $date }
pdf-consult-log = ዝሓለፉ ምኽርታት
pdf-consult-notes = ማስታወሻታት ምኽሪ
pdf-consult-own-notes = ናተይ መዘኻኸሪ
pdf-consult-none = ዝተመዝገበ የለን።
pdf-consult-scan = ስካን፡ { $title }፣ ገጽ { $page } ካብ { $count }
pdf-consult-privacy = እዚ ሕትመት ውልቃዊ ሓበሬታ ሒዙ ኣሎ። ኣብኡ ዝሰፈረ እቲ ሰብ ባዕሉ እዩ መሪጹ። በጃኹም ኣይትቕድሕዎ ንኻልእ ድማ ኣይተሕልፍዎ፡ ድሕሪ ምኽሪ ምለስዎ ወይ ኣጥፍእዎ።
