# Сохранённые документы: фотографии и файлы PDF за вкладками.

doc-section-title = Документы
doc-add = Добавить документ
# A button at the top of a tab page that jumps down to its documents.
doc-jump = Документы в этом разделе: { $count }
doc-list-empty = В этой вкладке пока нет документов.
doc-locked = Ваши документы хранятся в вашей защищённой папке. Откройте её, чтобы видеть и добавлять документы.
doc-pages = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
doc-add-title = Добавить документ
doc-edit-title = Изменить документ
doc-field-type = Вид документа
doc-field-type-choose = Пожалуйста, выберите
doc-field-title = Название (можно не заполнять)
doc-field-issuer = От кого (учреждение или человек)
doc-field-received = Дата получения
doc-field-served = Дата вручения (дата на жёлтом конверте)
doc-date-unknown = Я не знаю даты
doc-field-letter-date = Дата в самом письме (если есть)
doc-date-help-title = Какую дату вводить?
doc-date-help-served = Введите дату на жёлтом конверте. Это день вручения (Zustellung), и срок начинается в этот день. Нет жёлтого конверта? Тогда введите день, когда пришло письмо.
doc-date-help-received = Введите день, когда пришло письмо. Если оно пришло в жёлтом конверте, введите дату на конверте.
doc-date-help-post = Обычное письмо считается полученным на 4-й день после отправки (с 2025 года; § 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X). Если оно пришло позже, срок, возможно, начался раньше. Приложение всегда считает от дня, который вы вводите, никогда от более позднего.
doc-date-help-centre = Письмо пришло через центр приёма (где вы живёте)? Тогда оно, возможно, считается врученным уже на 3-й день после того, как поступило туда (§ 10 Abs. 4 AsylG). Письмо сначала получил ваш адвокат? Тогда срок начинается со дня, когда письмо поступило туда: спросите об этом дне.
doc-field-centre-date = День, когда письмо поступило в центр приёма (если знаете)
doc-earlier-start = Срок, возможно, начался уже { $date }. Это раньше вашей даты. Для надёжности лучше считать от этого дня.
doc-use-earlier = Ввести эту более раннюю дату
doc-field-valid-until = Действует до
doc-field-moved-in = Дата переезда в квартиру
doc-field-appointment = Дата приёма (в письме)
doc-field-outcome = Что написано в решении?
doc-outcome-none = Я пока не знаю
doc-outcome-unfounded = Отказ как «unbegründet» (необоснованное)
doc-outcome-manifestly-unfounded = Отказ как «offensichtlich unbegründet» (явно необоснованное)
doc-outcome-inadmissible = Отказ как «unzulässig» (недопустимое)
doc-outcome-no-instructions = Rechtsbehelfsbelehrung нет или она неверная
doc-outcome-refugee-recognised = Признан(а) беженцем или лицом с правом на убежище
doc-field-notes = Заметки
doc-notes-hint = Не больше { $max } знаков.
doc-field-tab = Вкладка
doc-pages-title = Страницы
doc-deadlines = Сроки по этому документу
doc-no-pages = Страниц пока нет. Сделайте фото или выберите файл.
doc-no-pages-stored = У этого документа нет страниц.
doc-take-photo = Сделать фото
doc-choose-files = Выбрать фото или файлы PDF
doc-paper-mode = Режим бумаги: чёрно-белый, сильный контраст
doc-limits = Фото до { $image } МБ. Файлы PDF до { $pdf } МБ; они сохраняются без изменений.
doc-processing = Подготовка страницы { $done } из { $total } …
doc-page = Страница { $number }
doc-page-up = Страницу { $number } выше
doc-page-down = Страницу { $number } ниже
doc-page-rotate = Повернуть страницу { $number }
doc-page-remove = Убрать страницу { $number }
doc-pdf-page = Открыть файл PDF ({ $size })
doc-save = Сохранить
doc-saving = Сохраняется …
doc-cancel = Отмена
doc-edit = Изменить
doc-delete = Удалить документ
doc-delete-confirm = Удалить этот документ со всеми страницами? Это нельзя отменить.
doc-delete-yes = Да, удалить
doc-not-found = Этого документа нет в вашей папке.
doc-error-type = Пожалуйста, выберите вид документа.
doc-error-date = Это неправильная дата. Пожалуйста, введите день, месяц и год.
doc-error-date-needed = Пожалуйста, введите дату, когда пришло письмо (при вручении: дату на жёлтом конверте). Не знаете её? Тогда выберите «Я не знаю даты».
doc-error-too-long = Этот текст слишком длинный.
doc-error-too-many-pages = В документе может быть не больше 50 страниц.
doc-error-unsupported = Этот файл нельзя добавить. Пожалуйста, выберите фото (например, JPEG или PNG) или файл PDF.
doc-error-unreadable = Это изображение не читается. Возможно, оно повреждено, или этот браузер не знает его формат. Пожалуйста, сделайте новое фото.
doc-error-image-too-large = Это изображение больше { $mb } МБ. Пожалуйста, выберите изображение поменьше.
doc-error-pdf-too-large = Этот файл PDF больше { $mb } МБ. Файлы PDF сохраняются без изменений, поэтому они могут быть не больше { $mb } МБ.
doc-error-not-a-pdf = Этот файл назван как файл PDF, но это не PDF.
doc-error-browser = Браузер не смог подготовить это изображение. Закройте другие приложения и попробуйте ещё раз.
doc-error-storage-full = Память этого устройства заполнена. Ничего не сохранено. Удалите ненужные документы или освободите место на телефоне.
doc-error-damaged = Этот документ повреждён, его нельзя открыть.
doc-error-not-found = Одной страницы этого документа нет.
doc-error-internal = Что-то пошло не так. Ничего не сохранено. Пожалуйста, попробуйте ещё раз.
