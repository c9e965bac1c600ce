# Mein Ordner: the app shell, in Urdu. Translated from locales/de/app.ftl.
app-name = میرا فولڈر
app-tagline = آپ کے اہم کاغذات۔ ترتیب سے۔ جرمن میں اور آپ کی اپنی زبان میں۔
app-country = جرمنی
app-skip-to-content = مواد پر جائیں
app-home = جائزہ
app-back = واپس
app-language = زبان
app-change-language = زبان بدلیں
app-loading = لوڈ ہو رہا ہے …
app-offline-ready = ایپ اب انٹرنیٹ کے بغیر بھی کام کرتی ہے۔
app-update-ready = ایک نیا ورژن تیار ہے۔
app-update-now = ابھی دوبارہ لوڈ کریں
app-load-error = متن لوڈ نہیں ہو سکے۔ براہ کرم صفحہ دوبارہ لوڈ کریں۔
app-not-reviewed = اس ترجمے کو ابھی تک کسی اہل زبان نے نہیں جانچا۔
app-tabs-heading = دس حصے
app-tab-open = حصہ { $number } کھولیں
app-privacy-note = آپ کا ڈیٹا اسی ڈیوائس پر رہتا ہے۔ ایپ انٹرنیٹ پر کچھ نہیں بھیجتی۔

lang-choose-title = اپنی زبان منتخب کریں
lang-choose-hint = جرمن ہمیشہ ساتھ میں لکھی ہوتی ہے۔
