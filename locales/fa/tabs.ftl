# The ten register tabs (titles), in Persian.
tab-arrival-title = رسیدن به { $town }
tab-money-title = پول
tab-housing-title = مسکن
tab-german-title = یادگیری زبان آلمانی
tab-family-title = کودکان و خانواده
tab-work-title = کار
tab-training-title = آموزش حرفه‌ای و تحصیل در دانشگاه
tab-health-title = سلامت
tab-advice-title = مشاوره و کمک
tab-documents-title = مدارک دیگر
