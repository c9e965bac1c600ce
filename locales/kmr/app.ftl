# Mein Ordner: the app shell, in Kurdish Kurmanji. Translated from locales/de/app.ftl (the source).
app-name = Peldanka Min
app-tagline = Belgeyên we yên girîng. Bi rêk û pêk. Bi almanî û bi zimanê we.
app-country = Almanya
app-skip-to-content = Herin naverokê
app-home = Nêrîna giştî
app-back = Paşve
app-language = Ziman
app-change-language = Zimên biguherînin
app-loading = Tê barkirin …
app-offline-ready = Sepan niha bê înternetê jî dixebite.
app-update-ready = Guhertoyeke nû amade ye.
app-update-now = Niha ji nû ve bar bikin
app-load-error = Nivîs nehatin barkirin. Ji kerema xwe rûpelê ji nû ve bar bikin.
app-not-reviewed = Hîn tu kesê ku kurmancî zimanê wî yê dayikê ye ev werger kontrol nekiriye.
app-tabs-heading = Deh beş
app-tab-open = Beşa { $number } vekin
app-privacy-note = Daneyên we li ser vê amûrê dimînin. Sepan tiştekî naşîne înternetê.

lang-choose-title = Zimanê xwe hilbijêrin
lang-choose-hint = Almanî her tim li kêlekê tê nîşandan.
