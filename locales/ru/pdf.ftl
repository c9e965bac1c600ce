# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = Папка для ваших важных документов
pdf-name = Имя
pdf-date = Дата
pdf-town = Город
pdf-town-placeholder = ваш город
pdf-notes = Заметки
pdf-contents = Содержание
pdf-not-reviewed-title = Примечание о переводе
pdf-howto-title = Как пользоваться этой папкой
pdf-howto-1 = В папке десять разделов. У каждого раздела своя тема, например деньги или жильё.
pdf-howto-2 = Подшивайте каждый документ в подходящий раздел. Самый новый документ кладите вперёд.
pdf-howto-3 = В каждом разделе есть список дел. Отмечайте крестиком то, что у вас уже есть. Тогда вы увидите, чего ещё не хватает.
pdf-howto-4 = Берите папку на каждый приём. Так все видят одно и то же, и вам не нужно объяснять всё два раза.
pdf-howto-5 = Сразу записывайте новые приёмы и сроки на страницу для заметок этого раздела.
pdf-divider-file-here = Подшивайте документы на эту тему за этим листом.
pdf-checklist-tick = Отметьте крестиком то, что у вас уже есть.
pdf-contact-blank = Другое учреждение
pdf-spine-title = Этикетка на корешок для папки с корешком { $width } мм
pdf-spine-cut = Вырежьте и вставьте в кармашек на корешке папки.

## Recovery sheet

pdf-recovery-title = Лист восстановления
pdf-recovery-intro = С этим ключом вы снова откроете свои данные, если забудете пароль.
pdf-recovery-key = Ключ восстановления
pdf-recovery-step-1 = Откройте «Мою папку» (Mein Ordner) и выберите «Забыли пароль?».
pdf-recovery-step-2 = Отсканируйте QR-код или введите ключ вручную.
pdf-recovery-step-3 = Затем выберите новый пароль.
pdf-recovery-warning = Тот, у кого есть этот лист, может открыть ваши данные. Храните его дома, отдельно от телефона, и не в той папке, которую вы показываете на приёмах. Никому его не показывайте.
pdf-recovery-created = Дата создания: { $date }

## Consultation printout

pdf-consult-title = Документы для консультации
pdf-consult-summary = Обзор для консультации
pdf-consult-for = Для
pdf-consult-printed = Дата печати: { $date }
pdf-consult-tabs = Разделы
pdf-consult-have = Есть
pdf-consult-missing = Ещё не хватает
pdf-consult-due = Сроки и приёмы
pdf-consult-deadlines = Сроки
pdf-consult-appointments = Приёмы
pdf-consult-documents = Документы
pdf-consult-pages = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
pdf-consult-valid-until = действует до { $date }
pdf-consult-served = вручено { $date }
pdf-consult-received = получено { $date }
pdf-consult-letter-date = письмо от { $date }
pdf-consult-log = Прошлые консультации
pdf-consult-notes = Заметки консультации
pdf-consult-own-notes = Мои заметки
pdf-consult-none = Записей нет.
pdf-consult-scan = Скан: { $title }, страница { $page } из { $count }
pdf-consult-privacy = Эта распечатка содержит личные данные. Человек сам выбрал, что в неё включить. Пожалуйста, не копируйте и не передавайте её, а после консультации верните или уничтожьте.
