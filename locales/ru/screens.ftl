# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Раздел { $number }: { $title }
tabs-progress = Выполнено: { $done } из { $total }
tabs-back = Назад к обзору
tabs-section-intro = Это важно
tabs-item-doctype = Документ к этому пункту: { $doctype }
tabs-ticks-memory-only = Ваши отметки пока не сохраняются. Если вы закроете приложение, они пропадут.
tabs-ticks-vault = Ваши отметки сохраняются на этом устройстве в зашифрованном виде.
tabs-contact-to-fill = заполнит ваш город
tabs-contact-copy = Скопировать адрес
tabs-contact-copied = Адрес скопирован.
tabs-contact-copy-failed = Скопировать не получилось. Пожалуйста, перепишите адрес.
tabs-contact-call = Позвонить: { $phone }
tabs-no-contacts = Для этого раздела пока нет контактов.
tabs-german-only = только на немецком

## Town

town-heading = Ваш город
town-hint = Выберите свой город. Тогда вы увидите контакты и советы для вашего города.
town-none = Без города: только общие советы для Германии
town-current = Выбранный город: { $town }
town-current-none = Город не выбран
town-change = Выбрать город
town-updated = Данные по состоянию на: { $date }
town-import-heading = Загрузить файл города
town-import-hint = Ведомство или консультационный центр может дать вам файл с контактами вашего города (окончание .toml).
town-import-button = Выбрать файл
town-import-ok = Файл для { $town } загружен.
town-memory-only = Выбранный город пока не сохраняется. Когда вы откроете приложение в следующий раз, пожалуйста, выберите его снова.
town-vault = Выбранный город сохраняется на этом устройстве в зашифрованном виде.
town-imported = загружено из файла

## Search

search-button = Поиск
search-heading = Поиск
search-label = Что вы ищете?
search-hint = Можно искать на немецком или на вашем языке.
search-results = { $count ->
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результата
    }
search-none = Ничего не найдено. Попробуйте другое слово.
search-kind-title = Раздел
search-kind-intro = Введение
search-kind-tip = Совет
search-kind-item = Список дел
search-kind-contact = Контакт

## Office editor

office-open = Редактировать файл города (для ведомств)
office-heading = Редактировать файл города
office-intro = Здесь ведомство или консультационный центр создаёт файл для своего города: вносит контакты, переводит советы, проверяет и сохраняет как файл.
office-start-empty = Начать с пустого файла
office-start-from = Начать с данных для { $town }
office-start-confirm = Ваши изменения здесь будут потеряны. Всё равно начать заново?
office-town-name = Название города
office-key = Короткое имя файла (только a–z, 0–9 и -)
office-contacts = Контакты
office-contact-heading = Контакт { $number }
office-add-contact = Добавить контакт
office-remove = Удалить
office-move-up = Вверх
office-move-down = Вниз
office-contact-key = Ключ (только a–z, 0–9 и -)
office-contact-type = Тип учреждения
office-contact-type-none = нет
office-contact-tabs = В каких разделах?
office-languages-hint = Коды языков через запятую, например: de, ar, en
office-contact-facts-as-of = Дата информации (по источнику)
office-text-german = Немецкий
office-add-translation = Добавить перевод
office-remove-translation = Удалить перевод
office-translation-language = Язык перевода
office-missing-languages = Ещё без перевода – приложение показывает там немецкий текст:
office-check = Проверить
office-export = Сохранить как файл
office-issues = { $count ->
        [one] Найдена { $count } проблема. Пожалуйста, исправьте всё перед сохранением.
        [few] Найдены { $count } проблемы. Пожалуйста, исправьте всё перед сохранением.
        [many] Найдено { $count } проблем. Пожалуйста, исправьте всё перед сохранением.
       *[other] Найдено { $count } проблемы. Пожалуйста, исправьте всё перед сохранением.
    }
office-exported = Файл { $file } сохранён.

# About this app (#12 §8)
home-about-title = Об этом приложении
home-about-build = Номер сборки (Build): { $build }
home-about-build-help = По этому номеру консультационный центр или учреждение видит, какая версия приложения работает на этом устройстве.
home-about-origin = Это приложение загружается с: { $origin }
