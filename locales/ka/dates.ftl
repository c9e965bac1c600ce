### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = ორშაბათი
date-weekday-tue = სამშაბათი
date-weekday-wed = ოთხშაბათი
date-weekday-thu = ხუთშაბათი
date-weekday-fri = პარასკევი
date-weekday-sat = შაბათი
date-weekday-sun = კვირა
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = სარჩელი (Klage) ადმინისტრაციულ სასამართლოში
deadline-title-urgent-application = სასწრაფო განცხადება (Eilantrag) ადმინისტრაციულ სასამართლოში
deadline-title-objection = საჩივრის (Widerspruch) შეტანა
deadline-title-tax-objection = საჩივრის (Einspruch) შეტანა
deadline-title-objection-or-lawsuit = საჩივარი (Widerspruch) ან სარჩელი (Klage): იხილეთ გადაწყვეტილების ბოლო
deadline-title-register-address = მისამართის რეგისტრაცია (Anmeldung)
deadline-title-expiry = საბუთის ვადა იწურება
deadline-title-renew-early = გაგრძელება: ახლავე დანიშნეთ შეხვედრა
deadline-title-renew-last = გაგრძელება: ბოლო შეხსენება
deadline-title-appointment = შეხვედრა
deadline-title-bamf-appointment = შეხვედრა BAMF-ში: ძალიან მნიშვნელოვანია
deadline-title-family-reunification = ოჯახის გაერთიანება (Familiennachzug): განცხადების შეტანა
deadline-title-missing-date = ვადა არ არის გამოთვლილი: თარიღი აკლია
deadline-missing-date-short = თარიღი აკლია
deadline-last-day = ბოლო დღე: { $date }
deadline-based-on = სამართლებრივი საფუძველი: { $law }
deadline-note-moved = ვადა უნდა დასრულებულიყო { $date }-ს, რაც შაბათ-კვირაა ან უქმე დღე. ამიტომ ვადა მთავრდება შემდეგ სამუშაო დღეს. აპლიკაცია ითვლის მხოლოდ მთელი გერმანიის უქმე დღეებს და არა მხოლოდ თქვენი მიწის უქმე დღეებს.
deadline-note-outcome-unknown = ჯერ არ აგირჩევიათ, რა წერია გადაწყვეტილებაში. ამიტომ აპლიკაცია აჩვენებს ყველაზე მოკლე ვადას: 1 კვირა.
deadline-note-instructions-missing = თქვენ აირჩიეთ: Rechtsbehelfsbelehrung (ტექსტი თქვენი უფლებების შესახებ) არ არის ან არასწორია. ეს მართალია თუ არა, მხოლოდ ადვოკატს შეუძლია შეამოწმოს. მხოლოდ მაშინ შეიძლება მოქმედებდეს 1 წელი ({ $law }). ამიტომ აპლიკაცია აჩვენებს მოკლე ვადას: 1 კვირა სარჩელისა და სასწრაფო განცხადებისთვის. ნუ დაელოდებით.
deadline-missing-date = ვადა არ არის გამოთვლილი: შეიყვანეთ თარიღი ყვითელ კონვერტზე (ან დღე, როცა წერილი მოვიდა). ვადა შეიძლება უკვე მიდიოდეს. დღესვე მიმართეთ საკონსულტაციო ცენტრს.
deadline-advice = დაუყოვნებლივ მიმართეთ დახმარებისთვის: Asylverfahrensberatung (თავშესაფრის კონსულტაცია), Flüchtlingsrat (ლტოლვილთა საბჭო), Migrationsberatung (მიგრაციის კონსულტაცია) ან ადვოკატს. მისამართები არის ჩანართში „კონსულტაცია და დახმარება“.
deadline-due-title = მალე
deadline-due-empty = მომდევნო 30 დღეში არაფერია.
deadline-due-overdue = უკვე გავიდა
deadline-due-week = მომდევნო 7 დღეში
deadline-due-month = მომდევნო 30 დღეში
deadline-due-today = დღეს
deadline-from-document = საბუთიდან: { $doctype }

## Appointments
appt-title = შეხვედრები
appt-intro = თქვენი შეხვედრები დაწესებულებებში და საკონსულტაციო ცენტრებში. ისინი დაშიფრულად ინახება თქვენს დაცულ საქაღალდეში.
appt-locked = ჯერ გახსენით თქვენი დაცული საქაღალდე. შემდეგ დაინახავთ თქვენს შეხვედრებს და ვადებს.
appt-open-folder = დაცული საქაღალდის გახსნა
appt-add = ახალი შეხვედრა
appt-edit = შეცვლა
appt-delete = წაშლა
appt-delete-confirm = ნამდვილად წაიშალოს? კიდევ ერთხელ დააჭირეთ „წაშლას“.
appt-save = შენახვა
appt-cancel = გაუქმება
appt-date = თარიღი
appt-time = დრო (თუ იცით)
appt-office = სად? დაწესებულება ან სამსახური, ოთახი
appt-contact = კონტაქტი რეესტრიდან
appt-contact-none = კონტაქტის გარეშე
appt-bring = თან წაიღეთ
appt-bring-hint = აირჩიეთ პუნქტები თქვენი სიებიდან.
appt-notes = შენიშვნები
appt-empty = შეხვედრები ჯერ არ არის.
appt-past = წარსული შეხვედრები
appt-saved = შენახულია.
appt-deleted = წაშლილია.
appt-when-time = { $date }, { $time }
appt-error-no-date = გთხოვთ, შეიყვანოთ თარიღი.
appt-error-no-office = გთხოვთ, დაწეროთ, სად ან ვისთან არის შეხვედრა.
appt-error-too-long = ტექსტი ძალიან გრძელია.
appt-deadlines = ვადები თქვენი საბუთებიდან
appt-deadlines-none = ვადები ჯერ არ არის. ვადები მოდის თქვენს საბუთებზე დაწერილი თარიღებიდან.
appt-export = კალენდრის ფაილის (.ics) შექმნა
appt-export-hint = გახსენით ფაილი თქვენი ტელეფონის კალენდრით. შემდეგ ის შეგახსენებთ ვადებს და შეხვედრებს. ყურადღება: ფაილი არ არის დაშიფრული.
appt-all = ყველა შეხვედრა და ვადა

## Consultation log
log-title = კონსულტაციები
log-intro = ვისთან იყავით? რაზე შეთანხმდით? რა არის შემდეგი ნაბიჯი? ასე ყველა, ვინც გეხმარებათ, ერთსა და იმავე სურათს ხედავს.
log-add = ახალი ჩანაწერი
log-date = თარიღი
log-who = ვისთან? პირი ან დაწესებულება
log-agreed = რაზე შეთანხმდით?
log-next = შემდეგი ნაბიჯები
log-empty = ჩანაწერები ჯერ არ არის.
log-error-no-who = გთხოვთ, დაწეროთ, ვისთან იყავით.
log-open = კონსულტაციების ნახვა

## Calendar file
ics-deadline-summary = ვადა: { $title }
ics-appt-summary = შეხვედრა: { $office }
