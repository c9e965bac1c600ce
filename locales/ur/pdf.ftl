# Printed folders: blank folder for offices, recovery sheet, consultation printout. In Urdu.
# Translated from locales/de/pdf.ftl.

## Blank folder

pdf-folder-subtitle = آپ کے اہم کاغذات کے لیے فولڈر
pdf-name = نام
pdf-date = تاریخ
pdf-town = شہر
pdf-town-placeholder = آپ کے شہر
pdf-notes = نوٹس
pdf-contents = فہرست
pdf-not-reviewed-title = ترجمے کے بارے میں نوٹ
pdf-howto-title = اس فولڈر کو کیسے استعمال کریں
pdf-howto-1 = اس فولڈر میں دس حصے ہیں۔ ہر حصے کا ایک موضوع ہے، مثلاً پیسے یا رہائش۔
pdf-howto-2 = ہر کاغذ کو اس کے متعلقہ حصے کے پیچھے لگائیں۔ سب سے نیا کاغذ سب سے آگے آتا ہے۔
pdf-howto-3 = ہر حصے میں ایک چیک لسٹ ہے۔ جو چیزیں آپ کے پاس پہلے سے ہیں ان پر نشان لگائیں۔ پھر آپ دیکھ سکتے ہیں کہ کیا ابھی باقی ہے۔
pdf-howto-4 = ہر ملاقات پر فولڈر ساتھ لے جائیں۔ اس طرح سب ایک ہی چیز دیکھتے ہیں، اور آپ کو کچھ بھی دو بار سمجھانا نہیں پڑتا۔
pdf-howto-5 = نئی ملاقاتیں اور مہلتیں فوراً اسی حصے کے نوٹس والے صفحے پر لکھیں۔
pdf-divider-file-here = اس موضوع کے اپنے کاغذات اس ورق کے پیچھے لگائیں۔
pdf-checklist-tick = جو چیزیں آپ کے پاس پہلے سے ہیں ان پر نشان لگائیں۔
pdf-contact-blank = دوسرا ادارہ
pdf-spine-title = { $width } ملی میٹر چوڑی پشت والے فولڈر کے لیے پشت کا لیبل
pdf-spine-cut = کاٹ کر فولڈر کی پشت والی جیب میں ڈالیں۔

## Recovery sheet

pdf-recovery-title = بحالی کا ورق
pdf-recovery-intro = اگر آپ اپنا پاس ورڈ بھول جائیں تو اس کلید سے آپ اپنا ڈیٹا دوبارہ کھول سکتے ہیں۔
pdf-recovery-key = بحالی کی کلید
pdf-recovery-step-1 = "میرا فولڈر" (Mein Ordner) کھولیں اور "پاس ورڈ بھول گئے؟" منتخب کریں۔
pdf-recovery-step-2 = QR کوڈ اسکین کریں یا کلید ٹائپ کریں۔
pdf-recovery-step-3 = پھر ایک نیا پاس ورڈ منتخب کریں۔
pdf-recovery-warning = جس کے پاس یہ ورق ہو وہ آپ کا ڈیٹا کھول سکتا ہے۔ اسے گھر پر رکھیں، فون سے الگ، اور اس فولڈر میں نہیں جو آپ ملاقاتوں پر دکھاتے ہیں۔ اسے کسی کو نہ دکھائیں۔
pdf-recovery-created = { $date } کو تیار کیا گیا

## Consultation printout

pdf-consult-title = مشاورت کے لیے کاغذات
pdf-consult-summary = مشاورت کے لیے خلاصہ
pdf-consult-for = برائے
pdf-consult-printed = { $date } کو پرنٹ کیا گیا
pdf-consult-tabs = حصے
pdf-consult-have = موجود
pdf-consult-missing = ابھی باقی
pdf-consult-due = مہلتیں اور ملاقاتیں
pdf-consult-deadlines = مہلتیں
pdf-consult-appointments = ملاقاتیں
pdf-consult-documents = دستاویزات
pdf-consult-pages = { $count ->
    [one] 1 صفحہ
   *[other] { $count } صفحات
}
pdf-consult-valid-until = { $date } تک کارآمد
pdf-consult-served = ترسیل { $date }
pdf-consult-received = موصول { $date }
pdf-consult-letter-date = { $date } کا خط
pdf-consult-log = اب تک کی مشاورتیں
pdf-consult-notes = مشاورت کے نوٹس
pdf-consult-own-notes = میرے نوٹس
pdf-consult-none = کوئی اندراج نہیں۔
pdf-consult-scan = اسکین: { $title }، { $count } میں سے صفحہ { $page }
pdf-consult-privacy = اس پرنٹ میں ذاتی معلومات ہیں۔ اس شخص نے خود منتخب کیا ہے کہ اس میں کیا ہو۔ براہ کرم اس کی کاپی نہ کریں، کسی اور کو نہ دیں، اور مشاورت کے بعد واپس کر دیں یا تلف کر دیں۔
