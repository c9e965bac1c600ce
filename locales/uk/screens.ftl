# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Розділ { $number }: { $title }
tabs-progress = Виконано: { $done } з { $total }
tabs-back = Назад до огляду
tabs-section-intro = Це важливо
tabs-item-doctype = Документ до цього пункту: { $doctype }
tabs-ticks-memory-only = Ваші позначки поки що не зберігаються. Якщо ви закриєте застосунок, вони зникнуть.
tabs-ticks-vault = Ваші позначки зберігаються на цьому пристрої в зашифрованому вигляді.
tabs-contact-to-fill = заповнить ваше місто
tabs-contact-copy = Скопіювати адресу
tabs-contact-copied = Адресу скопійовано.
tabs-contact-copy-failed = Скопіювати не вдалося. Будь ласка, перепишіть адресу.
tabs-contact-call = Зателефонувати: { $phone }
tabs-no-contacts = Для цього розділу ще немає контактів.
tabs-german-only = лише німецькою

## Town

town-heading = Ваше місто
town-hint = Виберіть своє місто. Тоді ви побачите контакти та поради для вашого міста.
town-none = Без міста: лише загальні поради для Німеччини
town-current = Вибране місто: { $town }
town-current-none = Місто не вибрано
town-change = Вибрати місто
town-updated = Дані станом на: { $date }
town-import-heading = Завантажити файл міста
town-import-hint = Установа або консультаційний центр може дати вам файл із контактами вашого міста (закінчення .toml).
town-import-button = Вибрати файл
town-import-ok = Файл для { $town } завантажено.
town-memory-only = Вибране місто поки що не зберігається. Коли ви наступного разу відкриєте застосунок, будь ласка, виберіть його знову.
town-vault = Вибране місто зберігається на цьому пристрої в зашифрованому вигляді.
town-imported = завантажено з файлу

## Search

search-button = Пошук
search-heading = Пошук
search-label = Що ви шукаєте?
search-hint = Можна шукати німецькою або вашою мовою.
search-results = { $count ->
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
search-none = Нічого не знайдено. Спробуйте інше слово.
search-kind-title = Розділ
search-kind-intro = Вступ
search-kind-tip = Порада
search-kind-item = Список справ
search-kind-contact = Контакт

## Office editor

office-open = Редагувати файл міста (для установ)
office-heading = Редагувати файл міста
office-intro = Тут установа або консультаційний центр створює файл для свого міста: вносить контакти, перекладає поради, перевіряє та зберігає як файл.
office-start-empty = Почати з порожнього файлу
office-start-from = Почати з даних для { $town }
office-start-confirm = Ваші зміни тут буде втрачено. Однаково почати знову?
office-town-name = Назва міста
office-key = Коротка назва файлу (лише a–z, 0–9 і -)
office-contacts = Контакти
office-contact-heading = Контакт { $number }
office-add-contact = Додати контакт
office-remove = Видалити
office-move-up = Вгору
office-move-down = Вниз
office-contact-key = Ключ (лише a–z, 0–9 і -)
office-contact-type = Тип установи
office-contact-type-none = немає
office-contact-tabs = У яких розділах?
office-languages-hint = Коди мов через кому, наприклад: de, ar, en
office-contact-facts-as-of = Дата інформації (з джерела)
office-text-german = Німецька
office-add-translation = Додати переклад
office-remove-translation = Видалити переклад
office-translation-language = Мова перекладу
office-missing-languages = Ще без перекладу – застосунок показує там німецький текст:
office-check = Перевірити
office-export = Зберегти як файл
office-issues = { $count ->
        [one] Знайдено { $count } проблему. Будь ласка, виправте все перед збереженням.
        [few] Знайдено { $count } проблеми. Будь ласка, виправте все перед збереженням.
        [many] Знайдено { $count } проблем. Будь ласка, виправте все перед збереженням.
       *[other] Знайдено { $count } проблеми. Будь ласка, виправте все перед збереженням.
    }
office-exported = Файл { $file } збережено.

# About this app (#12 §8)
home-about-title = Про цей застосунок
home-about-build = Номер збірки (Build): { $build }
home-about-build-help = За цим номером консультаційний центр або установа бачить, яка версія застосунку працює на цьому пристрої.
home-about-origin = Цей застосунок завантажується з: { $origin }
