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
