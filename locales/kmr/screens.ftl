# Mein Ordner: the screens of the register tabs, in Kurdish Kurmanji. From locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Beşa { $number }: { $title }
tabs-progress = { $done } ji { $total } qediyan
tabs-back = Vegerin nêrîna giştî
tabs-section-intro = Ev girîng e
tabs-item-doctype = Belgeya pêwendîdar: { $doctype }
tabs-ticks-memory-only = Nîşanên we hîn nayên tomarkirin. Dema hûn sepanê bigirin, ew winda dibin.
tabs-ticks-vault = Nîşanên we bi şîfrekirî li ser vê amûrê tên tomarkirin.
tabs-contact-to-fill = bajarê we wê binivîse
tabs-contact-copy = Navnîşanê kopî bikin
tabs-contact-copied = Navnîşan hat kopîkirin.
tabs-contact-copy-failed = Kopîkirin nebû. Ji kerema xwe navnîşanê binivîsin.
tabs-contact-call = Telefon bikin: { $phone }
tabs-no-contacts = Ji bo vê beşê hîn tu têkilî tune ne.
tabs-german-only = tenê bi almanî

## Town

town-heading = Bajarê we
town-hint = Bajarê xwe hilbijêrin. Wê demê hûn têkilî û şîretên bajarê xwe dibînin.
town-none = Bê bajar: tenê şîretên giştî ji bo Almanyayê
town-current = Bajarê hilbijartî: { $town }
town-current-none = Tu bajar nehatiye hilbijartin
town-change = Bajar hilbijêrin
town-updated = Agahî li gorî dîroka: { $date }
town-import-heading = Pelê bajarekî bar bikin
town-import-hint = Daîreyek an navendeke şêwirmendiyê dikare pelekî bi têkiliyên bajarê we bide we (dawiya navê wî .toml e).
town-import-button = Pel hilbijêrin
town-import-ok = Pelê ji bo { $town } hat barkirin.
town-memory-only = Bajarê hilbijartî hîn nayê tomarkirin. Cara din dema hûn sepanê vekin, ji kerema xwe wî dîsa hilbijêrin.
town-vault = Bajarê hilbijartî bi şîfrekirî li ser vê amûrê tê tomarkirin.
town-imported = ji pelekî hatiye barkirin

## Search

search-button = Lêgerîn
search-heading = Lêgerîn
search-label = Hûn li çi digerin?
search-hint = Hûn dikarin bi almanî an bi zimanê xwe bigerin.
search-results = { $count ->
        [one] 1 encam
       *[other] { $count } encam
    }
search-none = Tiştek nehat dîtin. Peyveke din biceribînin.
search-kind-title = Beş
search-kind-intro = Destpêk
search-kind-tip = Şîret
search-kind-item = Lîsteya kontrolê
search-kind-contact = Têkilî

## Office editor

office-open = Pelê bajarî biguherînin (ji bo daîreyan)
office-heading = Pelê bajarî biguherînin
office-intro = Li vir daîreyek an navendeke şêwirmendiyê pelê ji bo bajarê xwe çêdike: têkiliyan dinivîse, şîretan werdigerîne, kontrol dike û wek pel tomar dike.
office-start-empty = Vala dest pê bikin
office-start-from = Bi { $town } dest pê bikin
office-start-confirm = Guhertinên we yên li vir dê winda bibin. Dîsa jî ji nû ve dest pê dikin?
office-town-name = Navê bajarî
office-key = Navê kurt ê pelê (tenê a–z, 0–9 û -)
office-contacts = Têkilî
office-contact-heading = Têkilî { $number }
office-add-contact = Têkiliyekê zêde bikin
office-remove = Rakin
office-move-up = Ber bi jor
office-move-down = Ber bi jêr
office-contact-key = Mifte (tenê a–z, 0–9 û -)
office-contact-type = Cureyê navendê
office-contact-type-none = tune
office-contact-tabs = Di kîjan beşan de?
office-languages-hint = Kodên zimanan, bi bêhnokê ji hev veqetandî, bo nimûne: de, ar, en
office-contact-facts-as-of = Dîroka agahiyan (ji çavkaniyê)
office-text-german = Almanî
office-add-translation = Wergerekê zêde bikin
office-remove-translation = Wergerê rakin
office-translation-language = Zimanê wergerê
office-missing-languages = Hîn bê werger – sepan li wir nivîsa almanî nîşan dide:
office-check = Kontrol bikin
office-export = Wek pel tomar bikin
office-issues = { $count ->
        [one] 1 pirsgirêk hat dîtin. Ji kerema xwe berî tomarkirinê wê rast bikin.
       *[other] { $count } pirsgirêk hatin dîtin. Ji kerema xwe berî tomarkirinê wan rast bikin.
    }
office-exported = Pelê { $file } hat tomarkirin.

# About this app (#12 §8)
home-about-title = Derbarê vê sepanê de
home-about-build = Hejmara avakirinê (Build): { $build }
home-about-build-help = Bi vê hejmarê navendeke şêwirdariyê an dezgehek dikare bibîne ka kîjan guhertoya sepanê li ser vê cîhazê dixebite.
home-about-origin = Ev sepan ji vir tê barkirin: { $origin }
