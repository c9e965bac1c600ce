# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Печать готовится …
print-working-load = Загружаются шрифты и тексты …
print-working-pages = Страницы составляются …
print-done = Готово. Страниц: { $pages } · Размер: { $size } · Время: { $seconds } с
print-error-worker = Печать не удалось начать. Пожалуйста, перезагрузите страницу и попробуйте ещё раз.
print-error-offline = Шрифтов для печати ещё нет на этом устройстве. Откройте приложение один раз с интернетом и попробуйте ещё раз.
print-error-font = Файл шрифта для печати повреждён. Пожалуйста, перезагрузите страницу.
print-error-pack = Файл города не удаётся прочитать. Пожалуйста, проверьте его в разделе «Выбрать город».
print-error-scan = Страница { $index } отсканированных документов не является читаемым изображением JPEG. Пожалуйста, отсканируйте эту страницу ещё раз.
print-error-internal = PDF не удалось создать. Пожалуйста, попробуйте ещё раз.
print-blank-open = Напечатать пустую папку (для учреждений)
print-blank-title = Напечатать пустую папку
print-blank-intro = Для учреждений и консультационных центров: пустая папка для печати, на немецком и втором языке, с контактами города. A4, с полем для дырокола.
print-blank-language = Второй язык
print-blank-german-only = Только на немецком
print-blank-unreviewed = Этот перевод ещё не проверил ни один носитель языка.
print-blank-town = Город
print-blank-town-none = Без города (пустые строки для заполнения)
print-blank-town-file = Загруженный файл: { $file }
print-blank-town-load = Загрузить файл города
print-blank-button = Создать папку как PDF
print-recovery-pdf = Создать PDF
print-consult-open = Напечатать документы для консультации
print-consult-title = Документы для консультации
print-consult-intro = Вы сами выбираете, что будет в распечатке. Она начинается с обзора для консультанта: что есть, чего не хватает, что скоро нужно сделать.
print-consult-tabs = Разделы
print-consult-personal = Личное
print-consult-locked = Ваша папка заблокирована. Отметки, имя, заметки и документы доступны только тогда, когда она открыта.
print-consult-open-folder = Открыть папку
print-consult-ticks = Показать, что уже сделано в списках
print-consult-name = Напечатать моё имя
print-consult-name-field = Имя
print-consult-notes = Напечатать мои заметки
print-consult-documents = Документы
print-consult-deadlines = Сроки
print-consult-appointments = Приёмы
print-consult-log = Прошлые консультации
print-consult-nothing = Ещё ничего не сохранено.
print-consult-privacy = В распечатке есть личные данные. Давайте её только людям, которым доверяете. Приложение ничего не отправляет.
print-consult-button = Создать распечатку как PDF

# A finished file: print, share or save (#12 §1)
print-ready = Файл готов. Он ещё нигде не сохранён. Выберите, что с ним сделать.
print-print = Печать
print-share = Поделиться (например, с приложением принтера)
print-save-file = Сохранить как файл
print-save-warning = Внимание: сохранённый файл не защищён. Любой, кто пользуется этим устройством, может его открыть. Удалите файл после печати.
print-save-warning-key = С этим файлом любой может открыть вашу папку. Сохраняйте его, только если не можете распечатать иначе.
print-saved = Сохранено как { $file }.
print-saved-personal = Сохранено как { $file }. После печати удалите файл из папки «Загрузки».
print-print-failed = Не удалось начать печать. Вы можете поделиться файлом или сохранить его.
print-share-failed = Поделиться не получилось. Вы можете распечатать или сохранить файл.
print-save-failed = Не удалось сохранить файл.
