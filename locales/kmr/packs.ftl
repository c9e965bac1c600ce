### Content packs of a town: results of checking a pack file, in Kurdish Kurmanji. From locales/de/packs.ftl.
### Field names and values stay as they are in the file.

pack-error-summary = { $file }: { $count ->
        [one] 1 şaşî.
       *[other] { $count } şaşî.
    } Pakêt nehat barkirin. Naveroka berê wek xwe dimîne.
pack-warning-missing-languages = Nîşe: { $file }, rêza { $line }, { $field }: bi van zimanan nivîs tune ye: { $languages }. Sepan li wir nivîsa almanî nîşan dide.
pack-warning-unprintable = Nîşe: { $file }, rêza { $line }, { $field }: ev tîp nayên çapkirin: { $chars }. Di çapê de li şûna wan „{ "\uFFFD" }“ xuya dibe.
pack-check-ok = { $file }: Pakêta ji bo { $town } baş e: { $contacts ->
        [one] 1 têkilî
       *[other] { $contacts } têkilî
    }, { $items ->
        [one] 1 xal
       *[other] { $items } xal
    } ji bo lîsteyên kontrolê, { $tips ->
        [one] 1 şîret.
       *[other] { $tips } şîret.
    }

pack-error-syntax = { $file }, rêza { $line }: Pel bi awayê TOML ne derbasdar e. Nîşanên neqilkirinê, kevanan û nîşanên wekheviyê kontrol bikin. ({ $detail })
pack-error-too-large = { $file }: Pel pir mezin e. Herî zêde { $max } KB destûr heye.
pack-error-not-utf8 = { $file }, rêza { $line }: Pel wek UTF-8 nehatiye tomarkirin. Wê wek UTF-8 tomar bikin.
pack-error-unreadable = { $file }: Pel nayê xwendin. ({ $detail })
pack-error-unsupported-format = { $file }, rêza { $line }, { $field }: Ev sepan guhertoya formatê { $found } nas nake. Ew guhertoyên formatê 1 heta { $supported } dixwîne.
pack-error-missing-field = { $file }, rêza { $line }: Qada “{ $field }” tune ye.
pack-error-unknown-field = { $file }, rêza { $line }: Qadeke bi navê “{ $field }” tune ye. Ma ew şaş hatiye nivîsandin?
pack-error-wrong-type = { $file }, rêza { $line }, { $field }: Li vir { $found ->
        [string] nivîsek
        [integer] hejmareke tam
        [float] hejmareke dehanî
        [boolean] nirxeke rast an şaş
        [datetime] dîrokek
        [array] lîsteyek
        [table] tabloyek
       *[other] nirxeke din
    } heye, lê { $expected ->
        [string] nivîsek di nav nîşanên neqilkirinê de
        [integer] hejmareke tam
        [boolean] true an false
        [array] lîsteyek di nav kevanên çargoşe de
        [table] tabloyek
       *[other] nirxeke din
    } tê hêvîkirin.
pack-error-empty = { $file }, rêza { $line }, { $field }: Qad vala ye. Heke hûn nirxê nizanibin, qadê bi tevahî derxînin.
pack-error-too-long = { $file }, rêza { $line }, { $field }: Nivîs pir dirêj e. Herî zêde { $max } tîp destûr hene.
pack-error-invalid-key = { $file }, rêza { $line }, { $field }: “{ $value }” ne mifteyeke derbasdar e. Destûr heye: tîpên biçûk a heta z, hejmar û xêzikên yekane (-).
pack-error-duplicate-key = { $file }, rêza { $line }, { $field }: “{ $value }” du caran di pelê de heye.
pack-error-unknown-tab = { $file }, rêza { $line }, { $field }: Beşeke bi navê “{ $value }” tune ye. Beşên gengaz: { $allowed }.
pack-error-unknown-doctype = { $file }, rêza { $line }, { $field }: Cureyekî belgeyê bi navê “{ $value }” tune ye.
pack-error-unknown-contact-type = { $file }, rêza { $line }, { $field }: Cureyekî têkiliyê bi navê “{ $value }” tune ye.
pack-error-unknown-text-language = { $file }, rêza { $line }, { $field }: Sepan nikare nivîsên bi zimanê “{ $value }” nîşan bide. Zimanên gengaz: { $allowed }.
pack-error-invalid-language-code = { $file }, rêza { $line }, { $field }: “{ $value }” ne koda zimên e. 2 an 3 tîpên biçûk binivîsin, bo nimûne de, en an ar.
pack-error-missing-german = { $file }, rêza { $line }, { $field }: Nivîsa almanî (de) tune ye. Almanî her tim pêwîst e.
pack-error-invalid-phone = { $file }, rêza { $line }, { $field }: “{ $value }” ne hejmara telefonê ye. Destûr heye: hejmar, valahî û nîşanên + / - ( ).
pack-error-invalid-email = { $file }, rêza { $line }, { $field }: “{ $value }” ne navnîşana e-nameyê ye.
pack-error-invalid-web = { $file }, rêza { $line }, { $field }: “{ $value }” ne navnîşana înternetê ye. Divê bi https:// an http:// dest pê bike.
pack-error-invalid-date = { $file }, rêza { $line }, { $field }: “{ $value }” ne dîrok e. Wê wiha binivîsin: 2025-03-31.
pack-error-unknown-entry = { $file }, rêza { $line }, { $field }: “{ $value }” di naveroka standard de tune ye. Tenê tiştên ku hene dikarin werin veşartin (hidden).
