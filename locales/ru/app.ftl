# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = Моя папка
app-tagline = Ваши важные документы. По порядку. На немецком и на вашем языке.
app-country = Германия
app-skip-to-content = Перейти к содержанию
app-home = Обзор
app-back = Назад
app-language = Язык
app-change-language = Сменить язык
app-loading = Загрузка…
app-offline-ready = Теперь приложение работает и без интернета.
app-update-ready = Готова новая версия.
app-update-now = Перезагрузить сейчас
app-load-error = Не удалось загрузить тексты. Пожалуйста, перезагрузите страницу.
app-not-reviewed = Этот перевод ещё не проверил носитель языка.
app-tabs-heading = Десять разделов
app-tab-open = Открыть раздел { $number }
app-privacy-note = Ваши данные остаются на этом устройстве. Приложение ничего не отправляет в интернет.

lang-choose-title = Выберите ваш язык
lang-choose-hint = Рядом всегда есть текст на немецком.
