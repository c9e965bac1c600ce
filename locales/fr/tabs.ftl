# The ten register tabs (titles). $town is a town, the country (app-country) or
# pdf-town-placeholder: keep it after a colon so that every case reads correctly.
tab-arrival-title = Arrivée : { $town }
tab-money-title = Argent
tab-housing-title = Logement
tab-german-title = Apprendre l’allemand
tab-family-title = Enfants et famille
tab-work-title = Travail
tab-training-title = Formation professionnelle et études
tab-health-title = Santé
tab-advice-title = Conseil et aide
tab-documents-title = Autres documents
