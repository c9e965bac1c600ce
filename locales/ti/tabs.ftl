# The ten register tabs (titles). Translated from locales/de/tabs.ftl.
tab-arrival-title = ኣብ { $town } ምብጻሕ
tab-money-title = ገንዘብ
tab-housing-title = መንበሪ ገዛ
tab-german-title = ጀርመንኛ ምምሃር
tab-family-title = ቆልዑን ስድራቤትን
tab-work-title = ስራሕ
tab-training-title = ሞያዊ ስልጠናን ትምህርቲ ዩኒቨርሲቲን
tab-health-title = ጥዕና
tab-advice-title = ምኽርን ሓገዝን
tab-documents-title = ካልኦት ሰነዳት
