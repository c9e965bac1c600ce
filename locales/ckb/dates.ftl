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
deadline-title-urgent-application = داوای پەلە (Eilantrag) لە دادگای کارگێڕی
deadline-title-objection = ناڕەزایی (Widerspruch) پێشکەش بکە
deadline-title-register-address = ناونیشان تۆمار بکە (Anmeldung)
deadline-title-expiry = ماوەی ئەم بەڵگەیە تەواو دەبێت
deadline-title-renew-early = نوێکردنەوە: ئێستا کاتێک وەربگرە
deadline-title-renew-last = نوێکردنەوە: دوایین بیرخستنەوە
deadline-title-appointment = چاوپێکەوتن
deadline-last-day = دوایین ڕۆژ: { $date }
deadline-note-moved = ماوەکە دەبوو لە { $date } تەواو بێت، کە کۆتایی هەفتە یان پشووی فەرمییە. بۆیە ماوەکە لە ڕۆژی کاری دواتر تەواو دەبێت. ئەپەکە تەنها پشووە فەرمییەکانی هەموو ئەڵمانیا دەژمێرێت، نەک پشووەکانی تەنها هەرێمەکەت.
deadline-note-outcome-unknown = هێشتا هەڵتنەبژاردووە چی لە بڕیارەکەدا نووسراوە. بۆیە ئەپەکە کورتترین ماوە پیشان دەدات: ١ هەفتە.
deadline-advice = یەکسەر یارمەتی وەربگرە: Asylverfahrensberatung (ڕاوێژی پەنابەری)، Flüchtlingsrat (ئەنجومەنی پەنابەران)، Migrationsberatung (ڕاوێژی کۆچ) یان پارێزەرێک. ناونیشانەکان لە بەشی «ڕاوێژ و یارمەتی» دان.
deadline-due-title = بەم زووانە
deadline-due-empty = لە ٣٠ ڕۆژی داهاتوودا هیچ شتێک نییە.
deadline-due-overdue = کاتی بەسەرچووە
deadline-due-week = لە ٧ ڕۆژی داهاتوودا
deadline-due-month = لە ٣٠ ڕۆژی داهاتوودا
deadline-due-today = ئەمڕۆ
deadline-from-document = لە بەڵگەکەوە: { $doctype }

## Appointments
appt-title = چاوپێکەوتنەکان
appt-intro = چاوپێکەوتنەکانت لە فەرمانگەکان و ناوەندەکانی ڕاوێژ. بە شێوەی نهێنیکراو لە فۆڵدەری پارێزراوەکەتدا هەڵگیراون.
appt-locked = سەرەتا فۆڵدەری پارێزراوەکەت بکەرەوە. پاشان چاوپێکەوتن و ماوەکانت دەبینیت.
appt-open-folder = فۆڵدەری پارێزراو بکەرەوە
appt-add = چاوپێکەوتنی نوێ
appt-edit = گۆڕین
appt-delete = سڕینەوە
appt-delete-confirm = بەڕاستی بسڕدرێتەوە؟ جارێکی تر «سڕینەوە» دابگرە.
appt-save = پاشەکەوتکردن
appt-cancel = هەڵوەشاندنەوە
appt-date = ڕێکەوت
appt-time = کات (ئەگەر دەزانیت)
appt-office = لە کوێ؟ فەرمانگە یان شوێن، ژوور
appt-contact = پەیوەندی لە لیستەکەوە
appt-contact-none = بێ پەیوەندی
appt-bring = لەگەڵ خۆت بیهێنە
appt-bring-hint = خاڵەکان لە لیستی پشکنینەکانت هەڵبژێرە.
appt-notes = تێبینییەکان
appt-empty = هێشتا هیچ چاوپێکەوتنێک نییە.
appt-past = چاوپێکەوتنە ڕابردووەکان
appt-saved = پاشەکەوت کرا.
appt-deleted = سڕایەوە.
appt-when-time = { $date }، کاتژمێر { $time }
appt-error-no-date = تکایە ڕێکەوتێک بنووسە.
appt-error-no-office = تکایە بنووسە چاوپێکەوتنەکە لە کوێ یان لەگەڵ کێیە.
appt-error-too-long = دەقەکە زۆر درێژە.
appt-deadlines = ماوەکان لە بەڵگەکانتەوە
appt-deadlines-none = هێشتا هیچ ماوەیەک نییە. ماوەکان لە ڕێکەوتەکانی سەر بەڵگەکانتەوە دێن.
appt-export = دروستکردنی فایلی ڕۆژژمێر (.ics)
appt-export-hint = فایلەکە بە ساڵنامەی مۆبایلەکەت بکەرەوە. پاشان ماوە و چاوپێکەوتنەکانت بیر دەخاتەوە. ئاگاداربە: فایلەکە نهێنی نەکراوە.
appt-export-done = فایلی ساڵنامە ئامادەیە.
appt-all = هەموو چاوپێکەوتن و ماوەکان

## Consultation log
log-title = ڕاوێژەکان
log-intro = لەلای کێ بوویت؟ چی ڕێککەوتن کرا؟ هەنگاوی داهاتوو چییە؟ بەم شێوەیە هەموو ئەوانەی یارمەتیت دەدەن هەمان وێنە دەبینن.
log-add = تۆماری نوێ
log-date = ڕێکەوت
log-who = لەلای کێ؟ کەس یان شوێن
log-agreed = چی ڕێککەوتن کرا؟
log-next = هەنگاوەکانی داهاتوو
log-empty = هێشتا هیچ تۆمارێک نییە.
log-error-no-who = تکایە بنووسە لەلای کێ بوویت.
log-open = ڕاوێژەکان ببینە

## Calendar file
ics-deadline-summary = ماوە: { $title }
ics-appt-summary = چاوپێکەوتن: { $office }
