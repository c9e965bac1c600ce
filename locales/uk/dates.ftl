### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = понеділок
date-weekday-tue = вівторок
date-weekday-wed = середа
date-weekday-thu = четвер
date-weekday-fri = пʼятниця
date-weekday-sat = субота
date-weekday-sun = неділя
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Позов (Klage) до адміністративного суду
deadline-title-urgent-application = Термінове клопотання (Eilantrag) до адміністративного суду
deadline-title-objection = Подати заперечення (Widerspruch)
deadline-title-tax-objection = Подати заперечення (Einspruch)
deadline-title-objection-or-lawsuit = Заперечення (Widerspruch) або позов (Klage): дивіться кінець рішення
deadline-title-register-address = Зареєструвати адресу (Anmeldung)
deadline-title-expiry = Строк дії документа закінчується
deadline-title-renew-early = Продовження: запишіться на прийом зараз
deadline-title-renew-last = Продовження: останнє нагадування
deadline-title-appointment = Прийом
deadline-title-bamf-appointment = Прийом у BAMF: дуже важливо
deadline-title-family-reunification = Возз’єднання сім’ї (Familiennachzug): подати заяву
deadline-title-missing-date = Строк не розраховано: немає дати
deadline-missing-date-short = Немає дати
deadline-last-day = Останній день: { $date }
deadline-based-on = Правова підстава: { $law }
deadline-note-moved = Строк мав би закінчитися { $date }, а це вихідний або святковий день. Тому строк закінчується наступного робочого дня. Застосунок враховує лише свята в усій Німеччині, а не свята тільки у вашій федеральній землі.
deadline-note-outcome-unknown = Ви ще не вибрали, що написано в рішенні. Тому застосунок показує найкоротший строк: 1 тиждень.
deadline-note-instructions-missing = Ви вибрали: Rechtsbehelfsbelehrung (текст про ваші права) немає або він неправильний. Чи це так, може перевірити тільки адвокат. Тільки тоді, можливо, діє строк 1 рік ({ $law }). Тому застосунок показує короткий строк: 1 тиждень для позову і термінового клопотання. Не чекайте.
deadline-missing-date = Строк не розраховано: введіть дату на жовтому конверті (або день, коли прийшов лист). Строк уже може спливати. Сьогодні ж зверніться до консультаційного центру.
deadline-advice = Негайно зверніться по допомогу: Asylverfahrensberatung (консультація щодо притулку), Flüchtlingsrat (рада у справах біженців), Migrationsberatung (міграційна консультація) або адвокат. Адреси є в розділі «Консультації та допомога».
deadline-due-title = Незабаром
deadline-due-empty = Найближчі 30 днів нічого немає.
deadline-due-overdue = Вже минуло
deadline-due-week = У найближчі 7 днів
deadline-due-month = У найближчі 30 днів
deadline-due-today = Сьогодні
deadline-from-document = З документа: { $doctype }

## Appointments
appt-title = Прийоми
appt-intro = Ваші прийоми в установах і консультаційних центрах. Вони зберігаються зашифрованими у вашій захищеній папці.
appt-locked = Спочатку відкрийте свою захищену папку. Тоді ви побачите свої прийоми та строки.
appt-open-folder = Відкрити захищену папку
appt-add = Новий прийом
appt-edit = Змінити
appt-delete = Видалити
appt-delete-confirm = Справді видалити? Натисніть «Видалити» ще раз.
appt-save = Зберегти
appt-cancel = Скасувати
appt-date = Дата
appt-time = Час (якщо відомо)
appt-office = Де? Установа або служба, кімната
appt-contact = Контакт із реєстру
appt-contact-none = Без контакту
appt-bring = Взяти з собою
appt-bring-hint = Виберіть пункти зі своїх списків.
appt-notes = Нотатки
appt-empty = Прийомів ще немає.
appt-past = Минулі прийоми
appt-saved = Збережено.
appt-deleted = Видалено.
appt-when-time = { $date }, о { $time }
appt-error-no-date = Будь ласка, введіть дату.
appt-error-no-office = Будь ласка, напишіть, де або в кого прийом.
appt-error-too-long = Текст задовгий.
appt-deadlines = Строки з ваших документів
appt-deadlines-none = Строків ще немає. Строки беруться з дат на ваших документах.
appt-export = Створити файл календаря (.ics)
appt-export-hint = Відкрийте файл у календарі на телефоні. Тоді він нагадуватиме вам про строки та прийоми. Увага: файл не зашифрований.
appt-all = Усі прийоми та строки

## Consultation log
log-title = Консультації
log-intro = У кого ви були? Про що домовилися? Який наступний крок? Так усі, хто вам допомагає, бачать ту саму картину.
log-add = Новий запис
log-date = Дата
log-who = У кого? Людина або установа
log-agreed = Про що домовилися?
log-next = Наступні кроки
log-empty = Записів ще немає.
log-error-no-who = Будь ласка, напишіть, у кого ви були.
log-open = Переглянути консультації

## Calendar file
ics-deadline-summary = Строк: { $title }
ics-appt-summary = Прийом: { $office }
