# The ten register tabs (titles), in Pashto.
tab-arrival-title = { $town } ته رارسېدل
tab-money-title = پیسې
tab-housing-title = استوګنه
tab-german-title = الماني ژبه زده کول
tab-family-title = ماشومان او کورنۍ
tab-work-title = کار
tab-training-title = مسلکي روزنه او پوهنتون
tab-health-title = روغتیا
tab-advice-title = مشوره او مرسته
tab-documents-title = نور اسناد
