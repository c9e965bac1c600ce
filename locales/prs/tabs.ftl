# The ten register tabs (titles), in Dari.
tab-arrival-title = رسیدن به { $town }
tab-money-title = پول
tab-housing-title = خانه و بود و باش
tab-german-title = آموختن زبان آلمانی
tab-family-title = اطفال و فامیل
tab-work-title = کار
tab-training-title = آموزش مسلکی و تحصیلات پوهنتون
tab-health-title = صحت
tab-advice-title = مشوره و کمک
tab-documents-title = اسناد دیگر
