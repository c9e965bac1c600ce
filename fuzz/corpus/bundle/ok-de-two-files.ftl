### ordner-ftl-file: loading.ftl
### Parts of the app loaded when needed (from its own server, or the offline copy).
### German is the source language.

# A built-in town pack (packs/<file>.toml) could not be fetched. $town = the town's name.
town-pack-unavailable = Die Datei für { $town } konnte nicht geladen werden. Prüfen Sie die Internetverbindung und versuchen Sie es noch einmal.
### ordner-ftl-file: tabs.ftl
# The ten register tabs (titles). Contents come with the content packs.
tab-arrival-title = Ankommen in { $town }
tab-money-title = Geld
tab-housing-title = Wohnen
tab-german-title = Deutsch lernen
tab-family-title = Kinder und Familie
tab-work-title = Arbeit
tab-training-title = Berufsausbildung und Studium
tab-health-title = Gesundheit
tab-advice-title = Beratung und Hilfe
tab-documents-title = Weitere Dokumente
