# The ten register tabs (titles), in Kurdish Sorani.
tab-arrival-title = گەیشتن بە { $town }
tab-money-title = پارە
tab-housing-title = نیشتەجێبوون
tab-german-title = فێربوونی ئەڵمانی
tab-family-title = منداڵ و خێزان
tab-work-title = کار
tab-training-title = ڕاهێنانی پیشەیی و خوێندن
tab-health-title = تەندروستی
tab-advice-title = ڕاوێژ و یارمەتی
tab-documents-title = بەڵگەنامەی تر
