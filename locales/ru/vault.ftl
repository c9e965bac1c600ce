# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.
# Russian plural: one (1, 21 …), few (2–4, 22–24 …), many (0, 5–20 …), other (fractions).

vault-title = Моя защищённая папка
vault-nav = Мои данные
vault-intro = Здесь вы храните свои личные данные. Всё зашифровано. Прочитать их можно только с вашим паролем.
vault-status-locked = Папка заблокирована.
vault-status-unlocked = Папка открыта.
vault-working = Пожалуйста, подождите. Это займёт несколько секунд.
vault-cancel = Отмена
vault-done = Готово

# Create
vault-create-title = Создать защищённую папку
vault-create-intro = Выберите пароль. Хорошо подходит длинная фраза, например четыре слова, которые знаете только вы.
vault-passphrase = Пароль
vault-passphrase-repeat = Пароль ещё раз
vault-passphrase-show = Показать пароль
vault-passphrase-mismatch = Два пароля не совпадают.
vault-passphrase-too-short = Пароль слишком короткий. Нужно не менее { $min ->
    [one] { $min } символа
    [few] { $min } символов
    [many] { $min } символов
   *[other] { $min } символа
}.
vault-strength-label = Надёжность пароля
vault-strength-weak = Слабый. Пожалуйста, выберите пароль длиннее.
vault-strength-fair = Средний. Более длинный пароль надёжнее.
vault-strength-good = Хороший.
vault-strength-strong = Очень хороший.
vault-create-warning = Важно: никто не может восстановить ваш пароль, даже мы. Без пароля или ключа восстановления ваши данные будут потеряны навсегда.
vault-create-understood = Мне это понятно.
vault-create-button = Создать папку

# Recovery sheet
vault-recovery-title = Лист восстановления
vault-recovery-intro = Это ваш ключ восстановления. С ним вы откроете папку, если забудете пароль.
vault-recovery-once = Ключ показывается только сейчас. Приложение его не сохраняет.
vault-recovery-step-print = Распечатайте этот лист или точно перепишите ключ.
vault-recovery-step-keep = Храните лист дома, отдельно от телефона. Не кладите его в папку, которую вы показываете на приёмах. Никому его не показывайте.
vault-recovery-step-use = Забыли пароль? Нажмите «Забыли пароль?» и введите этот ключ.
vault-recovery-key-label = Ключ восстановления
vault-recovery-qr-label = QR-код с ключом восстановления
vault-recovery-created = Дата создания: { $date }
vault-recovery-print = Распечатать
vault-recovery-kept = Ключ сохранён в надёжном месте.
vault-recovery-replace-title = Новый ключ восстановления
vault-recovery-replace-intro = Вы потеряли лист? Создайте новый ключ. Тогда старый ключ больше не откроет эту папку.
vault-recovery-replace-button = Создать новый ключ

# Unlock
vault-unlock-title = Открыть папку
vault-unlock-intro = Ваша папка заблокирована. Введите пароль.
vault-unlock-button = Открыть
vault-forgot = Забыли пароль?
vault-recovery-unlock-title = Открыть с ключом восстановления
vault-recovery-unlock-intro = Введите ключ с вашего листа восстановления. Затем выберите новый пароль.
vault-recovery-input = Ключ восстановления
vault-recovery-unlock-button = Открыть и сохранить новый пароль

# Lock
vault-lock-now = Заблокировать сейчас
vault-locked-manual = Папка теперь заблокирована.
vault-locked-auto = Папка была заблокирована автоматически.

# My details
vault-data-title = Сведения обо мне
vault-name-label = Моё имя
vault-notes-label = Заметки
vault-save = Сохранить
vault-saved = Сохранено.
vault-damaged = Одна запись повреждена, её нельзя открыть: { $name }. Всё остальное в порядке.
vault-kind-profile = Имя
vault-kind-note = Заметки
vault-kind-checklist = Отметки в списках дел
vault-kind-settings = Настройки
vault-kind-document = Документ
vault-kind-appointment = Приём
vault-kind-consultation = Консультация
vault-kind-other = Запись { $id }
vault-checklist-locked = Откройте свою защищённую папку. Тогда вы сможете ставить и сохранять отметки.

# Settings
vault-settings-title = Настройки
vault-autolock-label = Блокировать автоматически, если приложением никто не пользуется, через
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
vault-autolock-hidden = Папка блокируется также, если приложение 30 секунд находится в фоновом режиме, кроме времени, когда вы фотографируете или выбираете файл.

# Change passphrase
vault-change-title = Изменить пароль
vault-current-passphrase = Текущий пароль
vault-new-passphrase = Новый пароль
vault-new-passphrase-repeat = Новый пароль ещё раз
vault-change-button = Изменить пароль
vault-changed = Пароль изменён.

# Storage
vault-storage-title = Место в памяти
vault-storage-usage = Занято: { $used } из { $available }
vault-storage-unknown = Браузер не сообщает, сколько места свободно.
vault-storage-persisted = Браузер хранит ваши данные постоянно.
vault-storage-not-persisted = Браузер может удалить ваши данные, если места станет мало. Часто сохраняйте резервную копию.

# Backup
vault-backup-title = Резервная копия
vault-backup-intro = Резервная копия — это один файл со всеми данными, в зашифрованном виде. Храните его в другом месте, например на USB-флешке. Открыть его можно вашим паролем или ключом восстановления.
vault-backup-export = Сохранить резервную копию
vault-backup-exported = Резервная копия сохранена: { $file }
vault-backup-skipped = { $count ->
    [one] { $count } повреждённая запись отсутствует в резервной копии.
    [few] { $count } повреждённые записи отсутствуют в резервной копии.
    [many] { $count } повреждённых записей отсутствуют в резервной копии.
   *[other] { $count } повреждённой записи отсутствуют в резервной копии.
}
vault-import-title = Загрузить резервную копию
vault-import-file = Файл резервной копии
vault-import-secret = Пароль или ключ восстановления резервной копии
vault-import-button = Проверить и загрузить
vault-import-exists = На этом устройстве уже есть папка. Если вы загрузите резервную копию, эта папка будет заменена. Все данные в текущей папке тогда будут потеряны.
vault-import-replace = Да, заменить текущую папку
vault-import-done = Резервная копия загружена: { $records ->
    [one] { $records } запись
    [few] { $records } записи
    [many] { $records } записей
   *[other] { $records } записи
} и { $blobs ->
    [one] { $blobs } файл
    [few] { $blobs } файла
    [many] { $blobs } файлов
   *[other] { $blobs } файла
}.
vault-import-no-file = Пожалуйста, сначала выберите файл.

# Delete everything
vault-delete-title = Удалить
vault-delete-intro = Удалить папку: это удаляет вашу папку со всеми документами и данными на этом устройстве. Приложение остаётся и работает дальше без интернета. Это нельзя отменить.
vault-delete-button = Удалить мою папку
vault-delete-confirm = Действительно удалить вашу папку? После этого всё пропадёт, если у вас нет резервной копии.
vault-delete-yes = Да, удалить папку
vault-deleted = Ваша папка удалена.

# Errors
vault-error-decrypt = Не получилось. Пароль или ключ неверный, или данные повреждены.
vault-error-recovery-length = У ключа восстановления неправильная длина. В нём 36 символов в 9 группах.
vault-error-recovery-character = В ключе восстановления есть символ, которого там не бывает. Пожалуйста, проверьте каждый символ.
vault-error-recovery-typo = В ключе восстановления опечатка. Пожалуйста, проверьте каждый символ.
vault-error-empty-passphrase = Пожалуйста, введите пароль.
vault-error-kdf-params = У этих данных недопустимые настройки безопасности. Они не будут открыты.
vault-error-kdf-failed = На устройстве недостаточно памяти. Пожалуйста, закройте другие приложения и попробуйте ещё раз.
vault-error-not-a-backup = Этот файл — не резервная копия «Моей папки» (Mein Ordner).
vault-error-newer-version = Эти данные из более новой версии приложения. Пожалуйста, перезагрузите приложение.
vault-error-damaged = Данные неполные или повреждены. Ничего не изменено.
vault-error-internal = Ошибка в приложении. Ничего не изменено.
vault-error-too-large = Файл слишком большой.
vault-error-exists = На этом устройстве уже есть папка.
vault-error-no-vault = На этом устройстве ещё нет папки.
vault-error-storage-full = Память заполнена. Ничего не сохранено. Удалите файлы или освободите место на устройстве.
vault-error-storage = Браузер не смог сохранить данные. Ничего не изменено.
vault-error-worker = Не удалось запустить шифрование. Пожалуйста, перезагрузите страницу.
vault-no-browser-save = Не разрешайте браузеру сохранять пароль. Если он спросит, сохранить ли его, выберите «Никогда». Иначе любой, у кого это устройство, сможет открыть папку.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Для этого нужен ваш текущий пароль.
vault-autolock-confirm = Более долгое время до блокировки требует вашего пароля. Введите его и нажмите «Подтвердить».
vault-confirm-button = Подтвердить
vault-key-replaced = Ключ восстановления заменён { $date }. Старые листы восстановления больше не открывают эту папку.
vault-passphrase-common = Этот пароль используют очень многие люди. Пожалуйста, выберите другой.
vault-passphrase-weak = Этот пароль слишком легко угадать. Используйте несколько слов или возьмите предложенный.
vault-passphrase-suggest = Предложить пароль
vault-passphrase-suggestion = Предложенный пароль. Запишите его на бумаге и храните в надёжном месте:
vault-error-backup-too-large = Резервная копия может быть не больше { $size }. Эта больше, поэтому приложение не может её использовать.
vault-remove-app-intro = Убрать приложение: это удаляет папку, выбранный язык и сохранённое приложение из этого браузера. После этого приложению снова нужен интернет, чтобы запуститься.
vault-remove-app-button = Убрать приложение и все данные из этого браузера
vault-remove-app-confirm = Действительно убрать приложение и все его данные из этого браузера?
vault-remove-app-yes = Да, убрать всё
vault-app-removed = Приложение и все его данные убраны из этого браузера. Закройте эту вкладку. Если вы снова откроете приложение, оно начнёт сначала.
vault-saved-files = Приложение не может удалить файлы, которые вы раньше сохранили или которыми поделились: распечатки (mein-ordner-….pdf), файл календаря (….ics) и резервные копии (….meinordner). Найдите их в папке «Загрузки» и в приложениях, с которыми вы делились, и удалите их там.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Вы также можете переписать ключ от руки на лист бумаги и хранить его дома. Проверьте каждую группу два раза.
vault-recovery-no-screenshot = Не делайте снимок экрана с этим ключом. Фото на телефоне — это копия: тот, у кого телефон, может с ним открыть вашу папку.
