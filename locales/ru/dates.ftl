### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = понедельник
date-weekday-tue = вторник
date-weekday-wed = среда
date-weekday-thu = четверг
date-weekday-fri = пятница
date-weekday-sat = суббота
date-weekday-sun = воскресенье
date-with-weekday = { $weekday }, { $date }

## Deadlines
deadline-title-lawsuit = Иск (Klage) в административный суд
deadline-title-urgent-application = Срочное ходатайство (Eilantrag) в административный суд
deadline-title-objection = Подать возражение (Widerspruch)
deadline-title-tax-objection = Подать возражение (Einspruch)
deadline-title-objection-or-lawsuit = Возражение (Widerspruch) или иск (Klage): смотрите конец решения
deadline-title-register-address = Зарегистрировать адрес (Anmeldung)
deadline-title-expiry = Срок действия документа заканчивается
deadline-title-renew-early = Продление: запишитесь на приём сейчас
deadline-title-renew-last = Продление: последнее напоминание
deadline-title-appointment = Приём
deadline-title-bamf-appointment = Приём в BAMF: очень важно
deadline-title-family-reunification = Воссоединение семьи (Familiennachzug): подать заявление
deadline-title-missing-date = Срок не рассчитан: нет даты
deadline-missing-date-short = Нет даты
deadline-last-day = Последний день: { $date }
deadline-based-on = Правовое основание: { $law }
deadline-note-moved = Срок должен был закончиться { $date }, а это выходной или праздничный день. Поэтому срок заканчивается в следующий рабочий день. Приложение учитывает только праздники во всей Германии, а не праздники только в вашей федеральной земле.
deadline-note-outcome-unknown = Вы ещё не выбрали, что написано в решении. Поэтому приложение показывает самый короткий срок: 1 неделя.
deadline-note-instructions-missing = Вы выбрали: Rechtsbehelfsbelehrung (текст о ваших правах) нет или он неправильный. Так ли это, может проверить только адвокат. Только тогда, возможно, действует срок 1 год ({ $law }). Поэтому приложение показывает короткий срок: 1 неделя для иска и срочного ходатайства. Не ждите.
deadline-missing-date = Срок не рассчитан: введите дату на жёлтом конверте (или день, когда пришло письмо). Срок уже может идти. Сегодня же обратитесь в консультационный центр.
deadline-advice = Сразу обратитесь за помощью: Asylverfahrensberatung (консультация по убежищу), Flüchtlingsrat (совет по делам беженцев), Migrationsberatung (миграционная консультация) или адвокат. Адреса есть в разделе «Консультации и помощь».
deadline-due-title = Скоро
deadline-due-empty = В ближайшие 30 дней ничего нет.
deadline-due-overdue = Уже прошло
deadline-due-week = В ближайшие 7 дней
deadline-due-month = В ближайшие 30 дней
deadline-due-today = Сегодня
deadline-from-document = Из документа: { $doctype }

## Appointments
appt-title = Приёмы
appt-intro = Ваши приёмы в учреждениях и консультационных центрах. Они хранятся в зашифрованном виде в вашей защищённой папке.
appt-locked = Сначала откройте свою защищённую папку. Тогда вы увидите свои приёмы и сроки.
appt-open-folder = Открыть защищённую папку
appt-add = Новый приём
appt-edit = Изменить
appt-delete = Удалить
appt-delete-confirm = Действительно удалить? Нажмите «Удалить» ещё раз.
appt-save = Сохранить
appt-cancel = Отмена
appt-date = Дата
appt-time = Время (если известно)
appt-office = Где? Учреждение или служба, комната
appt-contact = Контакт из реестра
appt-contact-none = Без контакта
appt-bring = Взять с собой
appt-bring-hint = Выберите пункты из своих списков.
appt-notes = Заметки
appt-empty = Приёмов пока нет.
appt-past = Прошедшие приёмы
appt-saved = Сохранено.
appt-deleted = Удалено.
appt-when-time = { $date }, в { $time }
appt-error-no-date = Пожалуйста, введите дату.
appt-error-no-office = Пожалуйста, напишите, где или у кого приём.
appt-error-too-long = Текст слишком длинный.
appt-deadlines = Сроки из ваших документов
appt-deadlines-none = Сроков пока нет. Сроки берутся из дат на ваших документах.
appt-export = Создать файл календаря (.ics)
appt-export-hint = Откройте файл в календаре на телефоне. Тогда он будет напоминать вам о сроках и приёмах. Внимание: файл не зашифрован.
appt-all = Все приёмы и сроки

## Consultation log
log-title = Консультации
log-intro = У кого вы были? О чём договорились? Какой следующий шаг? Так все, кто вам помогает, видят одну и ту же картину.
log-add = Новая запись
log-date = Дата
log-who = У кого? Человек или учреждение
log-agreed = О чём договорились?
log-next = Следующие шаги
log-empty = Записей пока нет.
log-error-no-who = Пожалуйста, напишите, у кого вы были.
log-open = Посмотреть консультации

## Calendar file
ics-deadline-summary = Срок: { $title }
ics-appt-summary = Приём: { $office }
