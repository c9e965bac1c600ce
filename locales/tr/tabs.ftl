# The ten register tabs (titles). $town is a town, the country (app-country) or
# pdf-town-placeholder: it stays after a colon, so it never needs a case suffix.
tab-arrival-title = Varış: { $town }
tab-money-title = Para
tab-housing-title = Konut
tab-german-title = Almanca öğrenmek
tab-family-title = Çocuklar ve aile
tab-work-title = İş
tab-training-title = Meslek eğitimi ve üniversite
tab-health-title = Sağlık
tab-advice-title = Danışmanlık ve yardım
tab-documents-title = Diğer belgeler
