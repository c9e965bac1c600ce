# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = پرنٹ تیار ہو رہا ہے …
print-working-load = فونٹ اور متن لوڈ ہو رہے ہیں …
print-working-pages = صفحے ترتیب دیے جا رہے ہیں …
print-done = مکمل۔ صفحات: { $pages } · سائز: { $size } · وقت: { $seconds } سیکنڈ
print-error-worker = پرنٹ شروع نہیں ہو سکا۔ براہ کرم صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
print-error-offline = پرنٹ کے فونٹ ابھی اس آلے پر نہیں ہیں۔ ایپ کو ایک بار انٹرنیٹ کے ساتھ کھولیں اور پھر کوشش کریں۔
print-error-font = پرنٹ کی ایک فونٹ فائل خراب ہے۔ براہ کرم صفحہ دوبارہ لوڈ کریں۔
print-error-pack = شہر کی فائل پڑھی نہیں جا سکتی۔ براہ کرم اسے «شہر منتخب کریں» میں دیکھیں۔
print-error-scan = اسکین شدہ دستاویزات کا صفحہ { $index } پڑھنے کے قابل JPEG تصویر نہیں ہے۔ براہ کرم یہ صفحہ دوبارہ اسکین کریں۔
print-error-internal = PDF نہیں بن سکا۔ براہ کرم پھر کوشش کریں۔
print-blank-open = خالی فولڈر پرنٹ کریں (دفاتر کے لیے)
print-blank-title = خالی فولڈر پرنٹ کریں
print-blank-intro = دفاتر اور مشاورتی مراکز کے لیے: پرنٹ کرنے کے لیے ایک خالی فولڈر، جرمن اور ایک دوسری زبان میں، ایک شہر کے پتوں کے ساتھ۔ A4، سوراخ کرنے کے لیے حاشیے کے ساتھ۔
print-blank-language = دوسری زبان
print-blank-german-only = صرف جرمن
print-blank-unreviewed = اس ترجمے کو ابھی تک کسی اہلِ زبان نے نہیں دیکھا۔
print-blank-town = شہر
print-blank-town-none = بغیر شہر کے (بھرنے کے لیے خالی لائنیں)
print-blank-town-file = لوڈ کی گئی فائل: { $file }
print-blank-town-load = کسی شہر کی فائل لوڈ کریں
print-blank-button = فولڈر PDF کے طور پر بنائیں
print-recovery-pdf = PDF بنائیں
print-consult-open = مشاورت کے لیے کاغذات پرنٹ کریں
print-consult-title = مشاورت کے لیے کاغذات
print-consult-intro = آپ خود چنتے ہیں کہ پرنٹ میں کیا ہو۔ یہ مشیر کے لیے ایک خلاصے سے شروع ہوتا ہے: کیا موجود ہے، کیا کم ہے، کیا جلد آنے والا ہے۔
print-consult-tabs = حصے
print-consult-personal = ذاتی
print-consult-locked = آپ کا فولڈر بند ہے۔ نشانات، نام، نوٹس اور دستاویزات صرف اس وقت ہیں جب فولڈر کھلا ہو۔
print-consult-open-folder = فولڈر کھولیں
print-consult-ticks = دکھائیں کہ چیک لسٹوں میں کیا ہو چکا ہے
print-consult-name = میرا نام پرنٹ کریں
print-consult-name-field = نام
print-consult-notes = میرے نوٹس پرنٹ کریں
print-consult-documents = دستاویزات
print-consult-deadlines = مہلتیں
print-consult-appointments = ملاقاتیں
print-consult-log = پچھلی مشاورتیں
print-consult-nothing = ابھی کچھ محفوظ نہیں ہوا۔
print-consult-privacy = اس پرنٹ میں ذاتی معلومات ہیں۔ اسے صرف ان لوگوں کو دیں جن پر آپ بھروسا کرتے ہیں۔ ایپ کچھ نہیں بھیجتی۔
print-consult-button = پرنٹ PDF کے طور پر بنائیں

# A finished file: print, share or save (#12 §1)
print-ready = فائل تیار ہے۔ یہ ابھی کہیں محفوظ نہیں ہوئی۔ چنیں کہ اس کے ساتھ کیا کرنا ہے۔
print-print = پرنٹ کریں
print-share = شیئر کریں (مثلاً پرنٹر ایپ کے ساتھ)
print-save-file = فائل کے طور پر محفوظ کریں
print-save-warning = دھیان دیں: محفوظ کی گئی فائل پر کوئی حفاظت نہیں ہوتی۔ جو بھی یہ آلہ استعمال کرے، اسے کھول سکتا ہے۔ پرنٹ کرنے کے بعد فائل مٹا دیں۔
print-save-warning-key = اس فائل سے کوئی بھی آپ کا فولڈر کھول سکتا ہے۔ اسے صرف تب محفوظ کریں جب آپ کسی اور طرح پرنٹ نہ کر سکیں۔
print-saved = { $file } کے نام سے محفوظ ہو گئی۔
print-saved-personal = { $file } کے نام سے محفوظ ہو گئی۔ پرنٹ کرنے کے بعد فائل کو ڈاؤن لوڈز کے فولڈر سے مٹا دیں۔
print-print-failed = پرنٹ شروع نہیں ہو سکا۔ آپ فائل شیئر یا محفوظ کر سکتے ہیں۔
print-share-failed = شیئر نہیں ہو سکا۔ آپ فائل پرنٹ یا محفوظ کر سکتے ہیں۔
print-save-failed = فائل محفوظ نہیں ہو سکی۔
