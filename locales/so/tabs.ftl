# The ten register tabs (titles). Translated from locales/de/tabs.ftl.
tab-arrival-title = Markaad timaaddo { $town }
tab-money-title = Lacag
tab-housing-title = Guri
tab-german-title = Barashada af Jarmalka
tab-family-title = Carruurta iyo qoyska
tab-work-title = Shaqo
tab-training-title = Tababar xirfadeed iyo jaamacad
tab-health-title = Caafimaad
tab-advice-title = La-talin iyo caawimaad
tab-documents-title = Dukumentiyo kale
