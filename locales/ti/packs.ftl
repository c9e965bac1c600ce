### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file,
### $value = what the file says there. Field names and values stay as in the file.
### Tigrinya plural rule (CLDR): [one] is used for 0 and 1, so it shows the number itself.

pack-error-summary = { $file }፡ { $count ->
        [one] { $count } ጌጋ።
       *[other] { $count } ጌጋታት።
    } እቲ ጥቕላል ኣይተጻዕነን። እቲ ቅድሚ ሕጂ ዝነበረ ትሕዝቶ ከም ዝነበሮ ይተርፍ።
pack-warning-missing-languages = መዘኻኸሪ፡ { $file }፣ መስመር { $line }፣ { $field }፡ በዞም ቋንቋታት ጽሑፍ የለን፡ { $languages }። እቲ ኣፕ ኣብኡ ነቲ ጀርመንኛ ጽሑፍ የርኢ።
pack-warning-unprintable = መዘኻኸሪ፡ { $file }፣ መስመር { $line }፣ { $field }፡ እዞም ምልክታት ክሕተሙ ኣይክእሉን፡ { $chars }። ኣብቲ ዝተሓትመ ኣብ ክንዳኦም «{ "\uFFFD" }» ይርአ።
pack-check-ok = { $file }፡ ጥቕላል ናይ { $town } ብግቡእ እዩ፡ { $contacts ->
        [one] { $contacts } ኣድራሻ
       *[other] { $contacts } ኣድራሻታት
    }፣ { $items ->
        [one] { $items } ነጥቢ
       *[other] { $items } ነጥብታት
    } ንዝርዝራት ምርግጋጽ፣ { $tips ->
        [one] { $tips } ምኽሪ።
       *[other] { $tips } ምኽርታት።
    }

pack-error-syntax = { $file }፣ መስመር { $line }፡ እቲ ፋይል ቅኑዕ TOML ኣይኮነን። ምልክታት ጥቕሲ፡ ቅንፍታትን ምልክታት ማዕርነትን (=) ኣረጋግጹ። ({ $detail })
pack-error-too-large = { $file }፡ እቲ ፋይል ኣዝዩ ዓቢ እዩ። ዝፍቀድ ዝለዓለ { $max } KB እዩ።
pack-error-not-utf8 = { $file }፣ መስመር { $line }፡ እቲ ፋይል ከም UTF-8 ኣይተዓቀበን። ከም UTF-8 ዕቀብዎ።
pack-error-unreadable = { $file }፡ እቲ ፋይል ክንበብ ኣይከኣለን። ({ $detail })
pack-error-unsupported-format = { $file }፣ መስመር { $line }፣ { $field }፡ እዚ ኣፕ ስሪት ቅርጺ { $found } ኣይፈልጦን። ስሪታት ቅርጺ ካብ 1 ክሳብ { $supported } የንብብ።
pack-error-missing-field = { $file }፣ መስመር { $line }፡ እቲ ዓውዲ «{ $field }» ይጎድል።
pack-error-unknown-field = { $file }፣ መስመር { $line }፡ ዓውዲ «{ $field }» የለን። ብጌጋ ተጻሒፉ ድዩ?
pack-error-wrong-type = { $file }፣ መስመር { $line }፣ { $field }፡ ኣብዚ { $found ->
        [string] ጽሑፍ
        [integer] ምሉእ ቁጽሪ
        [float] ዓሰርታዊ ቁጽሪ
        [boolean] ሓቂ ወይ ሓሶት ዝብል ዋጋ
        [datetime] ዕለት
        [array] ዝርዝር
        [table] ሰንጠረዥ
       *[other] ካልእ ዋጋ
    } ኣሎ፡ ዝድለ ግን { $expected ->
        [string] ኣብ ምልክታት ጥቕሲ ዘሎ ጽሑፍ
        [integer] ምሉእ ቁጽሪ
        [boolean] true ወይ false
        [array] ኣብ ኣርባዕተ ኩርናዕ ዘለዎም ቅንፍታት ዘሎ ዝርዝር
        [table] ሰንጠረዥ
       *[other] ካልእ ዋጋ
    } እዩ።
pack-error-empty = { $file }፣ መስመር { $line }፣ { $field }፡ እቲ ዓውዲ ባዶ እዩ። ነቲ ዋጋ እንተዘይፈሊጥኩምዎ፡ ነቲ ዓውዲ ምሉእ ብምሉእ ኣውጽእዎ።
pack-error-too-long = { $file }፣ መስመር { $line }፣ { $field }፡ እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ዝፍቀድ ዝለዓለ { $max } ፊደላት እዩ።
pack-error-invalid-key = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ቅኑዕ መፍትሕ ኣይኮነን። ዝፍቀዱ፡ ንኣሽቱ ፊደላት a ክሳብ z፡ ኣሃዛት ከምኡ’ውን ነጠላ ሰረዝ (-) እዮም።
pack-error-duplicate-key = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ኣብቲ ፋይል ክልተ ግዜ ኣሎ።
pack-error-unknown-tab = { $file }፣ መስመር { $line }፣ { $field }፡ ክፍሊ «{ $value }» የለን። ዝከኣሉ፡ { $allowed }።
pack-error-unknown-doctype = { $file }፣ መስመር { $line }፣ { $field }፡ ዓይነት ሰነድ «{ $value }» የለን።
pack-error-unknown-contact-type = { $file }፣ መስመር { $line }፣ { $field }፡ ዓይነት ኣድራሻ «{ $value }» የለን።
pack-error-unknown-text-language = { $file }፣ መስመር { $line }፣ { $field }፡ እዚ ኣፕ ብቋንቋ «{ $value }» ዝተጻሕፉ ጽሑፋት ከርኢ ኣይክእልን። ዝከኣሉ፡ { $allowed }።
pack-error-invalid-language-code = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ኮድ ቋንቋ ኣይኮነን። 2 ወይ 3 ንኣሽቱ ፊደላት ጽሓፉ፡ ንኣብነት de፣ en ወይ ar።
pack-error-missing-german = { $file }፣ መስመር { $line }፣ { $field }፡ እቲ ጀርመንኛ ጽሑፍ (de) ይጎድል። ጀርመንኛ ኩሉ ግዜ የድሊ።
pack-error-invalid-phone = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ቁጽሪ ቴሌፎን ኣይኮነን። ዝፍቀዱ፡ ኣሃዛት፡ ባዶ ቦታታት ከምኡ’ውን ምልክታት + / - ( ) እዮም።
pack-error-invalid-email = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ኣድራሻ ኢመይል ኣይኮነን።
pack-error-invalid-web = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ኣድራሻ መርበብ ሓበሬታ ኣይኮነን። ብ https:// ወይ http:// ክጅምር ኣለዎ።
pack-error-invalid-date = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ዕለት ኣይኮነን። ከምዚ ጽሓፍዎ፡ 2025-03-31።
pack-error-unknown-entry = { $file }፣ መስመር { $line }፣ { $field }፡ «{ $value }» ኣብቲ መደበኛ ትሕዝቶ የለን። ምሕባእ (hidden) ንዘለዉ ነገራት ጥራይ እዩ ዝከኣል።
