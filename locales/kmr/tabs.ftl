# The ten register tabs (titles), in Kurdish Kurmanji.
tab-arrival-title = Gihîştina { $town }
tab-money-title = Pere
tab-housing-title = Xanî
tab-german-title = Fêrbûna almanî
tab-family-title = Zarok û malbat
tab-work-title = Kar
tab-training-title = Perwerdeya pîşeyî û xwendina zanîngehê
tab-health-title = Tendurustî
tab-advice-title = Şêwirmendî û alîkarî
tab-documents-title = Belgeyên din
