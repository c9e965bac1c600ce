# The ten register tabs (titles). $town is a town, the country (app-country) or
# pdf-town-placeholder: it stays after a colon, so it never needs a case ending.
tab-arrival-title = Прибытие: { $town }
tab-money-title = Деньги
tab-housing-title = Жильё
tab-german-title = Изучение немецкого
tab-family-title = Дети и семья
tab-work-title = Работа
tab-training-title = Профессиональное обучение и высшее образование
tab-health-title = Здоровье
tab-advice-title = Консультации и помощь
tab-documents-title = Другие документы
