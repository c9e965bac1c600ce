### Parts of the app loaded when needed (from its own server, or the offline copy).
### Translated from locales/de/loading.ftl (the source).

# A built-in town pack (packs/<file>.toml) could not be fetched. $town = the town's name.
town-pack-unavailable = تعذّر تحميل ملف { $town }. يرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى.
