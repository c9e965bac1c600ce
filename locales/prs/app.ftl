# Mein Ordner: the app shell, in Dari (Afghan usage). Translated from locales/de/app.ftl.
app-name = دوسیه من
app-tagline = اسناد مهم شما. منظم. به زبان آلمانی و به زبان خود شما.
app-country = آلمان
app-skip-to-content = رفتن به محتوا
app-home = نمای عمومی
app-back = برگشت
app-language = زبان
app-change-language = تبدیل زبان
app-loading = در حال بارگیری …
app-offline-ready = این اپ حالا بدون انترنت هم کار می‌کند.
app-update-ready = نسخه نو آماده است.
app-update-now = همین حالا دوباره بارگیری کنید
app-load-error = متن‌ها بارگیری نشد. لطفاً صفحه را دوباره بارگیری کنید.
app-not-reviewed = این ترجمه هنوز توسط کسی که زبان مادری اش دری است، بررسی نشده است.
app-tabs-heading = ده بخش دوسیه
app-tab-open = بخش { $number } را باز کنید
app-privacy-note = معلومات شما در همین دستگاه می‌ماند. این اپ هیچ چیزی را به انترنت روان نمی‌کند.

lang-choose-title = زبان خود را انتخاب کنید
lang-choose-hint = متن آلمانی همیشه در کنار آن است.
