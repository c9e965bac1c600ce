# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = Mon classeur
app-tagline = Vos papiers importants. Bien rangés. En allemand et dans votre langue.
app-country = Allemagne
app-skip-to-content = Aller au contenu
app-home = Vue d’ensemble
app-back = Retour
app-language = Langue
app-change-language = Changer de langue
app-loading = Chargement…
app-offline-ready = L’application fonctionne maintenant aussi sans internet.
app-update-ready = Une nouvelle version est prête.
app-update-now = Recharger maintenant
app-load-error = Les textes n’ont pas pu être chargés. Veuillez recharger la page.
app-not-reviewed = Aucune personne de langue maternelle française n’a encore vérifié cette traduction.
app-tabs-heading = Les dix sections
app-tab-open = Ouvrir la section { $number }
app-privacy-note = Vos données restent sur cet appareil. L’application n’envoie rien sur internet.

lang-choose-title = Choisissez votre langue
lang-choose-hint = L’allemand est toujours affiché à côté.
