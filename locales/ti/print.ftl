# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = ሕትመት ይዳሎ ኣሎ …
print-working-load = ፊደላትን ጽሑፋትን ይጽዓኑ ኣለዉ …
print-working-pages = ገጻት ይስርዑ ኣለዉ …
print-done = ተወዲኡ። ገጻት፡ { $pages } · መጠን፡ { $size } · ግዜ፡ { $seconds } ሰከንድ
print-error-worker = ሕትመት ክጅምር ኣይከኣለን። በጃኹም ገጹ እንደገና ጽዓንዎ እሞ እንደገና ፈትኑ።
print-error-offline = ፊደላት ሕትመት ገና ኣብዚ መሳርሒ የለዉን። ኣፕሊኬሽን ሓንሳብ ምስ ኢንተርነት ክፈትዎ እሞ እንደገና ፈትኑ።
print-error-font = ሓደ ናይ ሕትመት ፊደል ፋይል ተበላሺዩ ኣሎ። በጃኹም ገጹ እንደገና ጽዓንዎ።
print-error-pack = ፋይል ከተማ ክንበብ ኣይከኣለን። በጃኹም ኣብ «ከተማ ምረጹ» ርኣይዎ።
print-error-scan = ገጽ { $index } ናይ ዝተሰከኑ ሰነዳት ዝንበብ JPEG ስእሊ ኣይኮነን። በጃኹም እዚ ገጽ እንደገና ስከንዎ።
print-error-internal = PDF ክስራሕ ኣይከኣለን። በጃኹም እንደገና ፈትኑ።
print-blank-open = ባዶ ማህደር ሕተሙ (ንቤት ጽሕፈታት)
print-blank-title = ባዶ ማህደር ሕተሙ
print-blank-intro = ንቤት ጽሕፈታትን ማእከላት ምኽርን፡ ንሕትመት ባዶ ማህደር፡ ብጀርመንኛን ብኻልኣይ ቋንቋን፡ ምስ ኣድራሻታት ሓንቲ ከተማ። A4፡ ንምንቋር ዝኸውን ዶብ ዘለዎ።
print-blank-language = ካልኣይ ቋንቋ
print-blank-german-only = ጀርመንኛ ጥራይ
print-blank-unreviewed = ነዚ ትርጉም ገና ዋላ ሓደ ተዛራቢ እዚ ቋንቋ ኣይፈተሾን።
print-blank-town = ከተማ
print-blank-town-none = ብዘይ ከተማ (ንምምላእ ባዶ መስመራት)
print-blank-town-file = ዝተጻዕነ ፋይል፡ { $file }
print-blank-town-load = ፋይል ከተማ ጽዓን
print-blank-button = ማህደር ከም PDF ስርሑ
print-recovery-pdf = PDF ስርሑ
print-consult-open = ንምኽሪ ወረቓቕቲ ሕተሙ
print-consult-title = ንምኽሪ ወረቓቕቲ
print-consult-intro = ኣብ ሕትመት እንታይ ከምዝህሉ ባዕልኹም ትመርጹ። ንኣማኻሪ ብሓጺር መግለጺ ይጅምር፡ እንታይ ኣሎ፡ እንታይ ይጎድል፡ እንታይ ቀልጢፉ ይበጽሕ።
print-consult-tabs = ክፍልታት
print-consult-personal = ውልቃዊ
print-consult-locked = ማህደርኩም ተዓጽዩ ኣሎ። ምልክታት፡ ስም፡ መዘኻኸሪን ሰነዳትን ማህደር ክፉት ክኸውን ከሎ ጥራይ ይርከቡ።
print-consult-open-folder = ማህደር ክፈቱ
print-consult-ticks = ኣብ ዝርዝራት እንታይ ከምዝተገብረ ኣርእዩ
print-consult-name = ስመይ ሕተሙ
print-consult-name-field = ስም
print-consult-notes = መዘኻኸሪታተይ ሕተሙ
print-consult-documents = ሰነዳት
print-consult-deadlines = ግዜ ገደባት
print-consult-appointments = ቆጸራታት
print-consult-log = ዝሓለፉ ምኽርታት
print-consult-nothing = ገና ዝተዓቀበ የለን።
print-consult-privacy = እዚ ሕትመት ውልቃዊ ሓበሬታ ኣለዎ። ነቶም እትኣምኑዎም ሰባት ጥራይ ሃብዎ። ኣፕሊኬሽን ዋላ ሓንቲ ኣይሰድድን።
print-consult-button = ሕትመት ከም PDF ስርሑ

# A finished file: print, share or save (#12 §1)
print-ready = እቲ ፋይል ድሉው እዩ። ገና ኣብ ዝኾነ ቦታ ኣይተዓቀበን። እንታይ ክትገብሩሉ ከም ትደልዩ ምረጹ።
print-print = ሕተሙ
print-share = ኣካፍሉ (ንኣብነት ምስ ናይ ማሕተሚ ኣፕ)
print-save-file = ከም ፋይል ዕቀቡ
print-save-warning = ተጠንቀቑ፦ ዝተዓቀበ ፋይል ዕቁብ ኣይኮነን። ነዚ መሳርሒ ዝጥቀም ዝኾነ ሰብ ክኸፍቶ ይኽእል። ድሕሪ ምሕታም ነቲ ፋይል ደምስስዎ።
print-save-warning-key = በዚ ፋይል ዝኾነ ሰብ ማህደርኩም ክኸፍት ይኽእል። ብኻልእ መንገዲ ክትሕትምዎ እንተዘይክኢልኩም ጥራይ ዕቀብዎ።
print-saved = ከም { $file } ተዓቂቡ።
print-saved-personal = ከም { $file } ተዓቂቡ። ድሕሪ ምሕታም ነቲ ፋይል ካብ ማህደር ዳውንሎድ ደምስስዎ።
print-print-failed = ምሕታም ክጅምር ኣይከኣለን። ነቲ ፋይል ከተካፍልዎ ወይ ክትዓቅብዎ ትኽእሉ ኢኹም።
print-share-failed = ምክፋል ኣይሰለጠን። ነቲ ፋይል ክትሐትምዎ ወይ ክትዓቅብዎ ትኽእሉ ኢኹም።
print-save-failed = እቲ ፋይል ክዕቀብ ኣይከኣለን።
