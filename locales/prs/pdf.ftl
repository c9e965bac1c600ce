# Printed folders: blank folder for offices, recovery sheet, consultation printout. In Dari.
# Translated from locales/de/pdf.ftl.

## Blank folder

pdf-folder-subtitle = دوسیه برای اسناد مهم شما
pdf-name = نام
pdf-date = تاریخ
pdf-town = شهر
pdf-town-placeholder = شهر شما
pdf-notes = یادداشت‌ها
pdf-contents = فهرست مطالب
pdf-not-reviewed-title = یادداشت درباره ترجمه
pdf-howto-title = طریقه استفاده از این دوسیه
pdf-howto-1 = این دوسیه ده بخش دارد. هر بخش یک موضوع دارد، مثلاً پول یا خانه.
pdf-howto-2 = هر سند را پشت بخش مربوط به آن بگذارید. نوترین سند در پیش روی دیگر اسناد قرار می‌گیرد.
pdf-howto-3 = هر بخش یک لست کارها دارد. هر چیزی را که دارید، علامه بزنید. به این ترتیب می‌بینید که چه چیزی هنوز کم است.
pdf-howto-4 = دوسیه را به هر وقت ملاقات با خود ببرید. به این ترتیب همه یک چیز را می‌بینند و لازم نیست چیزی را دو بار توضیح بدهید.
pdf-howto-5 = وقت‌های ملاقات و مهلت‌های نو را فوراً در صفحه یادداشت همان بخش بنویسید.
pdf-divider-file-here = اسناد خود را درباره این موضوع پشت این ورق بگذارید.
pdf-checklist-tick = هر چیزی را که دارید، علامه بزنید.
pdf-contact-blank = اداره دیگر
pdf-spine-title = برچسپ پشت دوسیه، برای دوسیه با پشت { $width } ملی‌متری
pdf-spine-cut = قطع کنید و در جیب پشت دوسیه بگذارید.

## Recovery sheet

pdf-recovery-title = ورقه بازیابی
pdf-recovery-intro = اگر رمز خود را فراموش کنید، با این کلید معلومات خود را دوباره باز می‌کنید.
pdf-recovery-key = کلید بازیابی
pdf-recovery-step-1 = اپ «دوسیه من» (Mein Ordner) را باز کنید و «رمز را فراموش کرده اید؟» را انتخاب کنید.
pdf-recovery-step-2 = کود QR را اسکن کنید یا کلید را تایپ کنید.
pdf-recovery-step-3 = بعد یک رمز نو انتخاب کنید.
pdf-recovery-warning = هر کسی که این ورقه را داشته باشد، می‌تواند معلومات شما را باز کند. آن را در خانه نگه دارید، جدا از تیلفون، و نه در دوسیه‌ای که در وقت‌های ملاقات نشان می‌دهید. آن را به هیچ کس نشان ندهید.
pdf-recovery-created = ساخته شده به تاریخ { $date }

## Consultation printout

pdf-consult-title = اسناد برای مشوره
pdf-consult-summary = خلاصه برای مشوره
pdf-consult-for = برای
pdf-consult-printed = چاپ شده به تاریخ { $date }
pdf-consult-tabs = بخش‌ها
pdf-consult-have = موجود
pdf-consult-missing = هنوز نیست
pdf-consult-due = مهلت‌ها و وقت‌های ملاقات
pdf-consult-deadlines = مهلت‌ها
pdf-consult-appointments = وقت‌های ملاقات
pdf-consult-documents = اسناد
pdf-consult-pages = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
pdf-consult-valid-until = اعتبار تا { $date }
pdf-consult-served = ابلاغ‌شده در { $date }
pdf-consult-received = گرفته‌شده در { $date }
pdf-consult-letter-date = مکتوب به تاریخ { $date }
pdf-consult-log = مشوره‌های قبلی
pdf-consult-notes = یادداشت‌های مشوره
pdf-consult-own-notes = یادداشت‌های من
pdf-consult-none = هیچ موردی نیست.
pdf-consult-scan = اسکن: { $title }، صفحه { $page } از { $count }
pdf-consult-privacy = این ورقه چاپی معلومات شخصی دارد. خود شخص انتخاب کرده است که چه چیزی در آن باشد. لطفاً از آن کاپی نگیرید و به کس دیگر ندهید، و بعد از مشوره آن را پس بدهید یا از بین ببرید.
