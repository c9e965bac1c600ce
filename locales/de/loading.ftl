### Parts of the app loaded when needed (from its own server, or the offline copy).
### German is the source language.

# A built-in town pack (packs/<file>.toml) could not be fetched. $town = the town's name.
town-pack-unavailable = Die Datei für { $town } konnte nicht geladen werden. Prüfen Sie die Internetverbindung und versuchen Sie es noch einmal.
