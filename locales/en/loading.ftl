### Parts of the app loaded when needed (from its own server, or the offline copy).
### Translated from locales/de/loading.ftl (the source).

# A built-in town pack (packs/<file>.toml) could not be fetched. $town = the town's name.
town-pack-unavailable = The file for { $town } could not be loaded. Check the internet connection and try again.
