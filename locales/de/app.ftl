# Mein Ordner: the app shell. German is the source language.
app-name = Mein Ordner
app-tagline = Ihre wichtigen Papiere. Geordnet. Auf Deutsch und in Ihrer Sprache.
app-country = Deutschland
app-skip-to-content = Zum Inhalt springen
app-home = Übersicht
app-back = Zurück
app-language = Sprache
app-change-language = Sprache ändern
app-loading = Wird geladen …
app-offline-ready = Die App funktioniert jetzt auch ohne Internet.
app-update-ready = Eine neue Version ist bereit.
app-update-now = Jetzt neu laden
app-load-error = Die Texte konnten nicht geladen werden. Bitte laden Sie die Seite neu.
app-not-reviewed = Diese Übersetzung hat noch kein Muttersprachler geprüft.
app-tabs-heading = Die zehn Register
app-tab-open = Register { $number } öffnen
app-privacy-note = Ihre Daten bleiben auf diesem Gerät. Die App sendet nichts ins Internet.

lang-choose-title = Wählen Sie Ihre Sprache
lang-choose-hint = Deutsch steht immer daneben.
