# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = Faylkayga
app-tagline = Waraaqahaaga muhiimka ah. Si nidaamsan. Af Jarmal iyo afkaaga.
app-country = Jarmalka
app-skip-to-content = U gudub qoraalka
app-home = Dulmar
app-back = Dib u noqo
app-language = Luqadda
app-change-language = Beddel luqadda
app-loading = Waa la soo rarayaa …
app-offline-ready = Barnaamijku hadda wuxuu shaqeeyaa xitaa internet la'aan.
app-update-ready = Nooc cusub ayaa diyaar ah.
app-update-now = Hadda dib u soo rar
app-load-error = Qoraallada lama soo rari karin. Fadlan dib u soo rar bogga.
app-not-reviewed = Qof Soomaaligu af hooyo u yahay weli ma hubin tarjumaaddan.
app-tabs-heading = Tobanka qaybood
app-tab-open = Fur qaybta { $number }
app-privacy-note = Xogtaadu waxay ku jirtaa qalabkan oo keliya. Barnaamijku waxba uma diro internetka.

lang-choose-title = Dooro luqaddaada
lang-choose-hint = Af Jarmalku mar walba dhinaca ayuu ku qoran yahay.
