### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = دووشەممە
date-weekday-tue = سێشەممە
date-weekday-wed = چوارشەممە
date-weekday-thu = پێنجشەممە
date-weekday-fri = هەینی
date-weekday-sat = شەممە
date-weekday-sun = یەکشەممە
date-with-weekday = { $weekday }، { $date }

## Deadlines
deadline-title-lawsuit = سکاڵا (Klage) لە دادگای کارگێڕی
deadline-title-urgent-application = داواکاریی بەپەلە (Eilantrag) لە دادگای کارگێڕی
deadline-title-objection = ناڕەزایی (Widerspruch) پێشکەش بکەن
deadline-title-tax-objection = ناڕەزایی (Einspruch) پێشکەش بکەن
deadline-title-objection-or-lawsuit = ناڕەزایی (Widerspruch) یان سکاڵا (Klage): کۆتایی بڕیارنامەکە ببینن
deadline-title-register-address = ناونیشان تۆمار بکەن (Anmeldung)
deadline-title-expiry = ماوەی ئەم بەڵگەیە تەواو دەبێت
deadline-title-renew-early = نوێکردنەوە: ئێستا ژوانێک وەربگرن
deadline-title-renew-last = نوێکردنەوە: دوایین بیرخستنەوە
deadline-title-appointment = ژوان
deadline-title-bamf-appointment = ژوان لە BAMF: زۆر گرنگ
deadline-title-family-reunification = کۆکردنەوەی خێزان (Familiennachzug): داواکاری پێشکەش بکەن
deadline-title-missing-date = هیچ دواوادەیەک حیساب نەکرا: بەروار نییە
deadline-missing-date-short = بەروار نییە
deadline-last-day = دوایین ڕۆژ: { $date }
deadline-based-on = بنەمای یاسایی: { $law }
deadline-note-moved = دواوادەکە دەبوو لە { $date } تەواو بێت، کە کۆتایی هەفتە یان پشووی فەرمییە. بۆیە دواوادەکە لە ڕۆژی کاری دواتر تەواو دەبێت. ئەپەکە تەنها پشووە فەرمییەکانی هەموو ئەڵمانیا دەژمێرێت، نەک پشووەکانی تەنها هەرێمەکەتان.
deadline-note-outcome-unknown = هێشتا هەڵتاننەبژاردووە چی لە بڕیارەکەدا نووسراوە. بۆیە ئەپەکە کورتترین دواوادە پیشان دەدات: 1 هەفتە.
deadline-note-instructions-missing = هەڵتانبژارد: Rechtsbehelfsbelehrung (دەقی مافەکانتان) نییە یان هەڵەیە. تەنها پارێزەرێک دەتوانێت بپشکنێت ئایا ئەمە ڕاستە. تەنها ئەوکات لەوانەیە دواوادەی 1 ساڵ هەبێت ({ $law }). بۆیە ئەپەکە دواوادە کورتەکە پیشان دەدات: 1 هەفتە بۆ سکاڵا و داواکاریی بەپەلە. چاوەڕێ مەکەن.
deadline-missing-date = هیچ دواوادەیەک حیساب نەکرا: ئەو بەروارەی لەسەر زەرفە زەردەکە نووسراوە بنووسن (یان ئەو ڕۆژەی نامەکە گەیشت). لەوانەیە دواوادەکە دەستی پێکردبێت. هەر ئەمڕۆ لە ناوەندێکی ڕاوێژ بپرسن.
deadline-advice = یەکسەر یارمەتی وەربگرن: Asylverfahrensberatung (ڕاوێژی پەنابەری)، Flüchtlingsrat (ئەنجومەنی پەنابەران)، Migrationsberatung (ڕاوێژی کۆچ) یان پارێزەرێک. ناونیشانەکان لە بەشی «ڕاوێژ و یارمەتی» دان.
deadline-due-title = بەم زووانە
deadline-due-empty = لە 30 ڕۆژی داهاتوودا هیچ شتێک نییە.
deadline-due-overdue = کاتی بەسەرچووە
deadline-due-week = لە 7 ڕۆژی داهاتوودا
deadline-due-month = لە 30 ڕۆژی داهاتوودا
deadline-due-today = ئەمڕۆ
deadline-from-document = لە بەڵگەکەوە: { $doctype }

## Appointments
appt-title = ژوانەکان
appt-intro = ژوانەکانتان لە فەرمانگەکان و ناوەندەکانی ڕاوێژ. بە شێوەی نهێنیکراو لە فۆڵدەری پارێزراوەکەتاندا هەڵگیراون.
appt-locked = سەرەتا فۆڵدەری پارێزراوەکەتان بکەنەوە. پاشان ژوان و دواوادەکانتان دەبینن.
appt-open-folder = فۆڵدەری پارێزراو بکەنەوە
appt-add = ژوانی نوێ
appt-edit = گۆڕین
appt-delete = سڕینەوە
appt-delete-confirm = بەڕاستی بسڕدرێتەوە؟ جارێکی تر «سڕینەوە» دابگرن.
appt-save = پاشەکەوتکردن
appt-cancel = هەڵوەشاندنەوە
appt-date = ڕێکەوت
appt-time = کات (ئەگەر دەزانیت)
appt-office = لە کوێ؟ فەرمانگە یان شوێن، ژوور
appt-contact = پەیوەندی لە لیستەکەوە
appt-contact-none = بێ پەیوەندی
appt-bring = لەگەڵ خۆت بیهێنە
appt-bring-hint = خاڵەکان لە لیستی پشکنینەکانتان هەڵبژێرن.
appt-notes = تێبینییەکان
appt-empty = هێشتا هیچ ژوانێک نییە.
appt-past = ژوانە ڕابردووەکان
appt-saved = پاشەکەوت کرا.
appt-deleted = سڕایەوە.
appt-when-time = { $date }، کاتژمێر { $time }
appt-error-no-date = تکایە ڕێکەوتێک بنووسن.
appt-error-no-office = تکایە بنووسن ژوانەکە لە کوێ یان لەگەڵ کێیە.
appt-error-too-long = دەقەکە زۆر درێژە.
appt-deadlines = دواوادەکان لە بەڵگەکانتانەوە
appt-deadlines-none = هێشتا هیچ دواوادەیەک نییە. دواوادەکان لە ڕێکەوتەکانی سەر بەڵگەکانتانەوە دێن.
appt-export = دروستکردنی فایلی ساڵنامە (.ics)
appt-export-hint = فایلەکە بە ساڵنامەی مۆبایلەکەتان بکەنەوە. پاشان دواوادە و ژوانەکانتان بیر دەخاتەوە. ئاگادار بن: فایلەکە نهێنی نەکراوە.
appt-all = هەموو ژوان و دواوادەکان

## Consultation log
log-title = ڕاوێژەکان
log-intro = لەلای کێ بوون؟ چی ڕێککەوتن کرا؟ هەنگاوی داهاتوو چییە؟ بەم شێوەیە هەموو ئەوانەی یارمەتیتان دەدەن هەمان وێنە دەبینن.
log-add = تۆماری نوێ
log-date = ڕێکەوت
log-who = لەلای کێ؟ کەس یان شوێن
log-agreed = چی ڕێککەوتن کرا؟
log-next = هەنگاوەکانی داهاتوو
log-empty = هێشتا هیچ تۆمارێک نییە.
log-error-no-who = تکایە بنووسن لەلای کێ بوون.
log-open = ڕاوێژەکان ببینە

## Calendar file
ics-deadline-summary = دواوادە: { $title }
ics-appt-summary = ژوان: { $office }
