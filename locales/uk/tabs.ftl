# The ten register tabs (titles). $town is a town, the country (app-country) or
# pdf-town-placeholder: it stays after a colon, so it never needs a case ending.
tab-arrival-title = Прибуття: { $town }
tab-money-title = Гроші
tab-housing-title = Житло
tab-german-title = Вивчення німецької
tab-family-title = Діти та сім’я
tab-work-title = Робота
tab-training-title = Професійне навчання та вища освіта
tab-health-title = Здоров’я
tab-advice-title = Консультації та допомога
tab-documents-title = Інші документи
