# Mein Ordner: the app shell, in Persian (Farsi). Translated from locales/de/app.ftl.
app-name = پوشه من
app-tagline = مدارک مهم شما. مرتب. به آلمانی و به زبان خودتان.
app-country = آلمان
app-skip-to-content = رفتن به محتوا
app-home = نمای کلی
app-back = بازگشت
app-language = زبان
app-change-language = تغییر زبان
app-loading = در حال بارگذاری …
app-offline-ready = این برنامه حالا بدون اینترنت هم کار می‌کند.
app-update-ready = نسخه جدید آماده است.
app-update-now = همین حالا دوباره بارگذاری کنید
app-load-error = متن‌ها بارگذاری نشدند. لطفاً صفحه را دوباره بارگذاری کنید.
app-not-reviewed = هنوز هیچ فارسی‌زبانی این ترجمه را بررسی نکرده است.
app-tabs-heading = ده بخش پوشه
app-tab-open = باز کردن بخش { $number }
app-privacy-note = اطلاعات شما روی همین دستگاه می‌ماند. این برنامه هیچ چیزی به اینترنت نمی‌فرستد.

lang-choose-title = زبان خود را انتخاب کنید
lang-choose-hint = متن آلمانی همیشه کنار آن هست.
