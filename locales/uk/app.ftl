# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = Моя папка
app-tagline = Ваші важливі документи. Упорядковано. Німецькою та вашою мовою.
app-country = Німеччина
app-skip-to-content = Перейти до змісту
app-home = Огляд
app-back = Назад
app-language = Мова
app-change-language = Змінити мову
app-loading = Завантаження…
app-offline-ready = Тепер застосунок працює і без інтернету.
app-update-ready = Нова версія готова.
app-update-now = Перезавантажити зараз
app-load-error = Не вдалося завантажити тексти. Будь ласка, перезавантажте сторінку.
app-not-reviewed = Цей переклад ще не перевірив носій мови.
app-tabs-heading = Десять розділів
app-tab-open = Відкрити розділ { $number }
app-privacy-note = Ваші дані залишаються на цьому пристрої. Застосунок нічого не надсилає в інтернет.

lang-choose-title = Виберіть свою мову
lang-choose-hint = Поруч завжди є текст німецькою.
