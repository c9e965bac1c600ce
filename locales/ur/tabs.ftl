# The ten register tabs (titles), in Urdu.
tab-arrival-title = { $town } میں آمد
tab-money-title = پیسے
tab-housing-title = رہائش
tab-german-title = جرمن زبان سیکھنا
tab-family-title = بچے اور خاندان
tab-work-title = کام
tab-training-title = پیشہ ورانہ تربیت اور یونیورسٹی کی تعلیم
tab-health-title = صحت
tab-advice-title = مشورہ اور مدد
tab-documents-title = دیگر دستاویزات
