# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = ክፍሊ { $number }፡ { $title }
tabs-progress = { $done } ካብ { $total } ተፈጺሙ
tabs-back = ናብ ሓፈሻዊ ትሕዝቶ ተመለሱ
tabs-section-intro = እዚ ኣገዳሲ እዩ
tabs-item-doctype = ዝምልከቶ ወረቐት፡ { $doctype }
tabs-ticks-memory-only = ምልክታትኩም ገና ኣይተዓቀቡን። ነቲ ኣፕ እንተዓጸኹምዎ ይጠፍኡ።
tabs-ticks-vault = ምልክታትኩም ብምስጢራዊ ኮድ ተዓጽዮም ኣብዚ መሳርሒ ይዕቀቡ።
tabs-contact-to-fill = ከተማኹም ክትመልኦ እያ
tabs-contact-copy = ኣድራሻ ቅድሑ
tabs-contact-copied = እቲ ኣድራሻ ተቐዲሑ።
tabs-contact-copy-failed = ምቕዳሕ ኣይሰለጠን። በጃኹም ነቲ ኣድራሻ ጽሓፍዎ።
tabs-contact-call = ደውሉ፡ { $phone }
tabs-no-contacts = ነዚ ክፍሊ ገና ኣድራሻታት የለዉን።
tabs-german-only = ብጀርመንኛ ጥራይ

## Town

town-heading = ከተማኹም
town-hint = ከተማኹም ምረጹ። ሽዑ ኣድራሻታትን ሓበሬታን ናይ ከተማኹም ትርእዩ።
town-none = ከተማ የለን፡ ንጀርመን ሓፈሻዊ ሓበሬታ ጥራይ
town-current = ዝተመርጸት ከተማ፡ { $town }
town-current-none = ከተማ ኣይተመርጸትን
town-change = ከተማ ምረጹ
town-updated = ዕለት ሓበሬታ፡ { $date }
town-import-heading = ፋይል ከተማ ምጽዓን
town-import-hint = ቤት ጽሕፈት ወይ ቤት ጽሕፈት ምኽሪ፡ ኣድራሻታት ከተማኹም ዝሓዘ ፋይል (ብ .toml ዝውዳእ) ክህበኩም ይኽእል።
town-import-button = ፋይል ምረጹ
town-import-ok = ፋይል ናይ { $town } ተጻዒኑ።
town-memory-only = እታ ዝተመርጸት ከተማ ገና ኣይተዓቀበትን። ኣብ ዝመጽእ ምኽፋት በጃኹም ደጊምኩም ምረጽዋ።
town-vault = እታ ዝተመርጸት ከተማ ብምስጢራዊ ኮድ ተዓጽያ ኣብዚ መሳርሒ ትዕቀብ።
town-imported = ካብ ፋይል ዝተጻዕነ

## Search

search-button = ድለዩ
search-heading = ምድላይ
search-label = እንታይ ትደልዩ?
search-hint = ብጀርመንኛ ወይ ብቋንቋኹም ክትደልዩ ትኽእሉ።
search-results = { $count ->
        [one] { $count } ውጽኢት
       *[other] { $count } ውጽኢታት
    }
search-none = ዋላ ሓንቲ ኣይተረኽበን። ካልእ ቃል ፈትኑ።
search-kind-title = ክፍሊ
search-kind-intro = መእተዊ
search-kind-tip = ምኽሪ
search-kind-item = ዝርዝር ምርግጋጽ
search-kind-contact = ኣድራሻ

## Office editor

office-open = ፋይል ከተማ ምምዕርራይ (ንኣብያተ ጽሕፈት)
office-heading = ፋይል ከተማ ምምዕርራይ
office-intro = ኣብዚ ቤት ጽሕፈት ወይ ቤት ጽሕፈት ምኽሪ ንከተማኡ ዝኸውን ፋይል ይሰርሕ፡ ኣድራሻታት የእቱ፡ ሓበሬታ ይትርጉም፡ የረጋግጽን ከም ፋይል ይዕቅብን።
office-start-empty = ካብ ባዶ ጀምሩ
office-start-from = ብፋይል ናይ { $town } ጀምሩ
office-start-confirm = ኣብዚ ዝገበርኩምዎ ለውጥታት ክጠፍእ እዩ። ዋላ’ኳ ደጊምኩም ክትጅምሩ ትደልዩ ዶ?
office-town-name = ስም ከተማ
office-key = ሓጺር ስም ፋይል (a–z፡ 0–9 ከምኡ’ውን - ጥራይ)
office-contacts = ኣድራሻታት
office-contact-heading = ኣድራሻ { $number }
office-add-contact = ኣድራሻ ወስኹ
office-remove = ኣውጽኡ
office-move-up = ናብ ላዕሊ
office-move-down = ናብ ታሕቲ
office-contact-key = መፍትሕ (a–z፡ 0–9 ከምኡ’ውን - ጥራይ)
office-contact-type = ዓይነት ትካል
office-contact-type-none = የለን
office-contact-tabs = ኣብ ኣየኖት ክፍልታት?
office-languages-hint = ኮድ ቋንቋታት፡ ብኮማ ዝተፈላለዩ፡ ንኣብነት፡ de, ar, en
office-contact-facts-as-of = ዕለት ሓበሬታ (ካብ ምንጩ)
office-text-german = ጀርመንኛ
office-add-translation = ትርጉም ወስኹ
office-remove-translation = ትርጉም ኣውጽኡ
office-translation-language = ቋንቋ ትርጉም
office-missing-languages = ገና ትርጉም የብሉን – እቲ ኣፕ ኣብኡ ነቲ ጀርመንኛ ጽሑፍ የርኢ፡
office-check = ኣረጋግጹ
office-export = ከም ፋይል ዕቀቡ
office-issues = { $count ->
        [one] { $count } ጸገም ተረኺቡ። በጃኹም ቅድሚ ምዕቃብ ኣስተኻኽልዎ።
       *[other] { $count } ጸገማት ተረኺቦም። በጃኹም ቅድሚ ምዕቃብ ኣስተኻኽልዎም።
    }
office-exported = እቲ ፋይል { $file } ተዓቂቡ።

# About this app (#12 §8)
home-about-title = ብዛዕባ እዚ ኣፕ
home-about-build = ቁጽሪ ህንጻ (Build): { $build }
home-about-build-help = ብዚ ቁጽሪ፡ ማእከል ምኽሪ ወይ ቤት ጽሕፈት ኣየናይ ስሪት ናይቲ ኣፕ ኣብዚ መሳርሒ ይሰርሕ ከም ዘሎ ክርኢ ይኽእል።
home-about-origin = እዚ ኣፕ ካብዚ ይጽዓን: { $origin }
