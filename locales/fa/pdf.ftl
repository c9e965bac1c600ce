# Printed folders: blank folder for offices, recovery sheet, consultation printout. In Persian.
# Translated from locales/de/pdf.ftl.

## Blank folder

pdf-folder-subtitle = پوشه‌ای برای مدارک مهم شما
pdf-name = نام
pdf-date = تاریخ
pdf-town = شهر
pdf-town-placeholder = شهر شما
pdf-notes = یادداشت‌ها
pdf-contents = فهرست مطالب
pdf-not-reviewed-title = نکته درباره ترجمه
pdf-howto-title = روش استفاده از این پوشه
pdf-howto-1 = این پوشه ده بخش دارد. هر بخش یک موضوع دارد، مثلاً پول یا مسکن.
pdf-howto-2 = هر مدرک را پشت بخش مربوط به آن بگذارید. جدیدترین مدرک جلوتر از بقیه قرار می‌گیرد.
pdf-howto-3 = هر بخش یک فهرست کارها دارد. هر چیزی را که دارید علامت بزنید. این‌طور می‌بینید چه چیزی هنوز کم است.
pdf-howto-4 = پوشه را به هر وقت ملاقات همراه ببرید. این‌طور همه همان چیز را می‌بینند و لازم نیست چیزی را دو بار توضیح دهید.
pdf-howto-5 = وقت‌های ملاقات و مهلت‌های جدید را فوراً روی صفحه یادداشت همان بخش بنویسید.
pdf-divider-file-here = مدارک مربوط به این موضوع را پشت این برگه بگذارید.
pdf-checklist-tick = هر چیزی را که دارید علامت بزنید.
pdf-contact-blank = مرکز دیگر
pdf-spine-title = برچسب عطف برای پوشه با عطف { $width } میلی‌متری
pdf-spine-cut = ببرید و در جیب عطف پوشه بگذارید.

## Recovery sheet

pdf-recovery-title = برگه بازیابی
pdf-recovery-intro = اگر رمز عبور خود را فراموش کنید، با این کلید دوباره اطلاعات خود را باز می‌کنید.
pdf-recovery-key = کلید بازیابی
pdf-recovery-step-1 = برنامه «پوشه من» (Mein Ordner) را باز کنید و «رمز عبور را فراموش کرده‌اید؟» را انتخاب کنید.
pdf-recovery-step-2 = کد QR را اسکن کنید یا کلید را تایپ کنید.
pdf-recovery-step-3 = بعد یک رمز عبور جدید انتخاب کنید.
pdf-recovery-warning = هر کس این برگه را داشته باشد، می‌تواند اطلاعات شما را باز کند. آن را در خانه نگه دارید، جدا از گوشی، و نه در پوشه‌ای که در وقت‌های ملاقات نشان می‌دهید. آن را به هیچ کس نشان ندهید.
pdf-recovery-created = ساخته شده در { $date }

## Consultation printout

pdf-consult-title = مدارک برای مشاوره
pdf-consult-summary = خلاصه برای مشاوره
pdf-consult-for = برای
pdf-consult-printed = چاپ شده در { $date }
pdf-consult-tabs = بخش‌ها
pdf-consult-have = موجود
pdf-consult-missing = هنوز نیست
pdf-consult-due = مهلت‌ها و وقت‌های ملاقات
pdf-consult-deadlines = مهلت‌ها
pdf-consult-appointments = وقت‌های ملاقات
pdf-consult-documents = مدارک
pdf-consult-pages = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
pdf-consult-valid-until = معتبر تا { $date }
pdf-consult-served = ابلاغ‌شده در { $date }
pdf-consult-received = دریافت‌شده در { $date }
pdf-consult-letter-date = نامه به تاریخ { $date }
pdf-consult-log = مشاوره‌های قبلی
pdf-consult-notes = یادداشت‌های مشاوره
pdf-consult-own-notes = یادداشت‌های من
pdf-consult-none = موردی نیست.
pdf-consult-scan = اسکن: { $title }، صفحه { $page } از { $count }
pdf-consult-privacy = این برگه چاپی اطلاعات شخصی دارد. خود شخص انتخاب کرده است که چه چیزی در آن باشد. لطفاً از آن کپی نگیرید و آن را به کس دیگری ندهید، و بعد از مشاوره آن را پس بدهید یا از بین ببرید.
