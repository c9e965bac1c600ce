# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
# Tigrinya (Eritrean usage), polite plural address (ንስኹም).
app-name = ማህደረይ
app-tagline = ኣገደስቲ ወረቓቕትኹም። ብስርዓት። ብጀርመንኛን ብቋንቋኹምን።
app-country = ጀርመን
app-skip-to-content = ናብ ትሕዝቶ ሕለፉ
app-home = ሓፈሻዊ ትሕዝቶ
app-back = ንድሕሪት
app-language = ቋንቋ
app-change-language = ቋንቋ ቀይሩ
app-loading = ይጽዓን ኣሎ …
app-offline-ready = እዚ ኣፕ ሕጂ ብዘይ ኢንተርነት’ውን ይሰርሕ እዩ።
app-update-ready = ሓድሽ ስሪት ድሉው እዩ።
app-update-now = ሕጂ ዳግማይ ጽዓኑ
app-load-error = እቶም ጽሑፋት ክጽዓኑ ኣይከኣሉን። በጃኹም ነቲ ገጽ ዳግማይ ጽዓንዎ።
app-not-reviewed = ነዚ ትርጉም ትግርኛ ቋንቋ ኣዶኡ ዝኾነ ሰብ ገና ኣይመርመሮን።
app-tabs-heading = እቶም ዓሰርተ ክፍልታት
app-tab-open = ክፍሊ { $number } ክፈቱ
app-privacy-note = ሓበሬታኹም ኣብዚ መሳርሒ ይተርፍ። እዚ ኣፕ ናብ ኢንተርነት ዋላ ሓንቲ ኣይሰድድን።

lang-choose-title = ቋንቋኹም ምረጹ
lang-choose-hint = ጀርመንኛ ኩሉ ግዜ ኣብ ጎኑ ኣሎ።
