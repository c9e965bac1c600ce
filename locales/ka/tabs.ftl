# The ten register tabs (titles). Translated from locales/de/tabs.ftl.
tab-arrival-title = ჩამოსვლა: { $town }
tab-money-title = ფული
tab-housing-title = საცხოვრებელი
tab-german-title = გერმანულის სწავლა
tab-family-title = ბავშვები და ოჯახი
tab-work-title = სამუშაო
tab-training-title = პროფესიული სწავლება და უნივერსიტეტი
tab-health-title = ჯანმრთელობა
tab-advice-title = კონსულტაცია და დახმარება
tab-documents-title = სხვა დოკუმენტები
