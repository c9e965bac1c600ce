### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file,
### $value = what the file says there. Field names and values stay as in the file.

pack-error-summary = { $file }: { $count ->
        [one] 1 khalad.
       *[other] { $count } khalad.
    } Xirmada lama soo rarin. Waxyaabihii hore sidoodii ayay ahaanayaan.
pack-warning-missing-languages = Ogeysiis: { $file }, sadarka { $line }, { $field }: luqadahan qoraal kuma jiro: { $languages }. App-ku halkaas wuxuu ku muujinayaa qoraalka af Jarmalka.
pack-warning-unprintable = Ogeysiis: { $file }, sadarka { $line }, { $field }: calaamadahan lama daabici karo: { $chars }. Daabacaadda waxaa meeshooda ku jira „{ "\uFFFD" }“.
pack-check-ok = { $file }: Xirmada { $town } waa sax: { $contacts ->
        [one] 1 xiriir
       *[other] { $contacts } xiriir
    }, { $items ->
        [one] 1 qodob
       *[other] { $items } qodob
    } oo liisaska hubinta ah, { $tips ->
        [one] 1 talo.
       *[other] { $tips } talo.
    }

pack-error-syntax = { $file }, sadarka { $line }: Faylku ma aha TOML sax ah. Hubi calaamadaha xigashada, qaansooyinka iyo calaamadaha la-egta (=). ({ $detail })
pack-error-too-large = { $file }: Faylku aad buu u weyn yahay. Ugu badnaan { $max } KB ayaa la oggol yahay.
pack-error-not-utf8 = { $file }, sadarka { $line }: Faylka looma kaydin UTF-8. U kaydi UTF-8.
pack-error-unreadable = { $file }: Faylka lama akhrin karo. ({ $detail })
pack-error-unsupported-format = { $file }, sadarka { $line }, { $field }: Barnaamijkani ma yaqaan nooca qaabka { $found }. Wuxuu akhriyaa noocyada qaabka 1 ilaa { $supported }.
pack-error-missing-field = { $file }, sadarka { $line }: Goobta “{ $field }” way maqan tahay.
pack-error-unknown-field = { $file }, sadarka { $line }: Goobta “{ $field }” ma jirto. Ma si khaldan ayaa loo qoray?
pack-error-wrong-type = { $file }, sadarka { $line }, { $field }: Halkan waxaa ku qoran { $found ->
        [string] qoraal
        [integer] tiro dhan
        [float] tiro jajab leh
        [boolean] qiime run ama been ah
        [datetime] taariikh
        [array] liis
        [table] shax
       *[other] qiime kale
    }, laakiin waxaa la filayaa { $expected ->
        [string] qoraal ku jira calaamadaha xigashada
        [integer] tiro dhan
        [boolean] true ama false
        [array] liis ku jira qaansooyin labajibbaaran
        [table] shax
       *[other] qiime kale
    }.
pack-error-empty = { $file }, sadarka { $line }, { $field }: Goobtu waa madhan tahay. Haddii aadan aqoon qiimaha, goobta gebi ahaanba ka saar.
pack-error-too-long = { $file }, sadarka { $line }, { $field }: Qoraalku aad buu u dheer yahay. Ugu badnaan { $max } xaraf ayaa la oggol yahay.
pack-error-invalid-key = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha fure sax ah. Waxaa la oggol yahay xarfaha yaryar a ilaa z, tirooyin iyo xarriijimo keli ah (-).
pack-error-duplicate-key = { $file }, sadarka { $line }, { $field }: “{ $value }” laba jeer ayuu faylka ku jiraa.
pack-error-unknown-tab = { $file }, sadarka { $line }, { $field }: Qayb la yiraahdo “{ $value }” ma jirto. Kuwa suurtagalka ah: { $allowed }.
pack-error-unknown-doctype = { $file }, sadarka { $line }, { $field }: Nooc dukumenti oo la yiraahdo “{ $value }” ma jiro.
pack-error-unknown-contact-type = { $file }, sadarka { $line }, { $field }: Nooc xiriir oo la yiraahdo “{ $value }” ma jiro.
pack-error-unknown-text-language = { $file }, sadarka { $line }, { $field }: Barnaamijku ma muujin karo qoraallo ku qoran luqadda “{ $value }”. Kuwa suurtagalka ah: { $allowed }.
pack-error-invalid-language-code = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha koodh luqadeed. Qor 2 ama 3 xaraf oo yaryar, tusaale ahaan de, en ama ar.
pack-error-missing-german = { $file }, sadarka { $line }, { $field }: Qoraalka af Jarmalka (de) wuu maqan yahay. Af Jarmal mar walba waa lagama maarmaan.
pack-error-invalid-phone = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha lambar taleefan. Waxaa la oggol yahay tirooyin, meelo bannaan iyo calaamadaha + / - ( ).
pack-error-invalid-email = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha cinwaan iimayl.
pack-error-invalid-web = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha cinwaan internet. Waa inuu ku bilaabmaa https:// ama http://.
pack-error-invalid-date = { $file }, sadarka { $line }, { $field }: “{ $value }” ma aha taariikh. Sidan u qor: 2025-03-31.
pack-error-unknown-entry = { $file }, sadarka { $line }, { $field }: “{ $value }” kuma jiro waxyaabaha caadiga ah. Qarinta (hidden) waxaa lagu samayn karaa oo keliya waxyaabaha jira.
