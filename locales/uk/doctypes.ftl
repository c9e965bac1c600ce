### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Прибуття

doctype-ankunftsnachweis = Ankunftsnachweis (довідка про прибуття)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (дозвіл на перебування на час процедури надання притулку)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (посвідка на проживання)
doctype-duldung = Duldung (відстрочка депортації)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (тимчасове підтвердження права на перебування)
doctype-bamf-einladung = Лист від BAMF із датою прийому (наприклад, співбесіда)
doctype-bamf-anhoerung = Протокол співбесіди (Anhörung) у BAMF
doctype-bamf-bescheid = Рішення (Bescheid) від BAMF

## Гроші

doctype-sozialamt-bescheid = Рішення (Bescheid) від Sozialamt (AsylbLG)
doctype-bezahlkarte = Платіжна картка (Bezahlkarte)
doctype-jobcenter-bescheid = Рішення (Bescheid) від Jobcenter (Bürgergeld)
doctype-kontovertrag = Документи з банку
doctype-steuer-id = Податковий ідентифікаційний номер (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Звільнення від внеску за радіо й телебачення (Rundfunkbeitrag)

## Житло

doctype-meldebescheinigung = Meldebescheinigung (довідка про реєстрацію)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (підтвердження від орендодавця)
doctype-mietvertrag = Договір оренди (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, право на соціальне житло)
doctype-energievertrag = Договір на електроенергію або газ

## Вивчення німецької

doctype-integrationskurs-berechtigung = Право на участь в інтеграційному курсі (Berechtigung)
doctype-kurs-anmeldung = Запис на мовний курс
doctype-teilnahmebestaetigung = Підтвердження участі в курсі
doctype-sprachzertifikat = Мовний сертифікат (наприклад, DTZ)
doctype-leben-in-deutschland = Сертифікат «Leben in Deutschland» («Життя в Німеччині»)

## Діти та сім'я

doctype-kita-anmeldung = Запис або направлення (Gutschein) до Kita
doctype-schulanmeldung = Запис до школи
doctype-kindergeld-bescheid = Рішення (Bescheid) від Familienkasse (Kindergeld)
doctype-kinderuntersuchungsheft = Жовта книжечка дитячих оглядів (U-Heft)

## Робота

doctype-beschaeftigungserlaubnis = Дозвіл на роботу (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Трудовий договір (Arbeitsvertrag)
doctype-lohnabrechnung = Розрахунковий листок (Lohnabrechnung)
doctype-sozialversicherungsausweis = Посвідчення соціального страхування (Sozialversicherungsausweis)
doctype-lebenslauf = Резюме та заява про прийом на роботу

## Професійне навчання та вища освіта

doctype-schulzeugnis = Шкільний атестат (Schulzeugnis)
doctype-berufszeugnis = Документ про професію або навчання у виші
doctype-anerkennungsbescheid = Рішення (Bescheid) про визнання диплома
doctype-ausbildungsvertrag = Договір про професійне навчання (Ausbildungsvertrag)

## Здоров'я

doctype-gesundheitskarte = Картка медичного страхування (Gesundheitskarte)
doctype-behandlungsschein = Талон на лікування (Behandlungsschein)
doctype-impfpass = Паспорт щеплень (Impfpass)
doctype-arztbrief = Лист від лікаря або результат обстеження
doctype-krankmeldung = Лікарняний (Arbeitsunfähigkeitsbescheinigung)

## Консультації та допомога

doctype-beratungsnotiz = Нотатка з консультації
doctype-vollmacht = Довіреність (Vollmacht)
doctype-anwaltsschreiben = Лист від адвоката або із суду

## Інші документи

doctype-reisepass = Паспорт (Reisepass)
doctype-id-karte = Посвідчення особи з країни походження
doctype-geburtsurkunde = Свідоцтво про народження
doctype-heiratsurkunde = Свідоцтво про шлюб
doctype-fuehrerschein = Посвідчення водія
doctype-beglaubigte-uebersetzung = Засвідчений переклад (beglaubigte Übersetzung)
doctype-sonstiges = Інший документ

## Deadline rules

deadline-not-legal-advice = Цей строк — лише підказка, а не юридична консультація. Одразу зверніться до консультаційного центру або до адвоката.
deadline-renew-before-expiry = Цей документ дійсний лише до дати закінчення строку дії. Дата написана на документі. Завчасно, до цієї дати, подайте заяву на новий документ або на продовження. { deadline-not-legal-advice }
deadline-asylum-decision = Якщо BAMF відхиляє вашу заяву на притулок, у вас мало часу, щоб подати позов (Klage) до адміністративного суду (Verwaltungsgericht). Позов означає: суд перевіряє рішення. Строк починається в день, коли лист офіційно вручено (Zustellung). Ця дата написана на жовтому конверті. { deadline-not-legal-advice }
deadline-asylum-unfounded = Відмова як «unbegründet» («необґрунтовано»): позов (Klage) протягом 2 тижнів після вручення (Zustellung). { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Відмова як «offensichtlich unbegründet» («явно необґрунтовано»): позов (Klage) і термінове клопотання (Eilantrag) протягом 1 тижня після вручення (Zustellung). Термінове клопотання — це термінове прохання до суду. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Відмова як «unzulässig» («неприйнятно»): позов (Klage) і термінове клопотання (Eilantrag) протягом 1 тижня після вручення (Zustellung). Термінове клопотання — це термінове прохання до суду. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Вас визнано біженцем або особою з правом на притулок: якщо ваш чоловік, ваша дружина або ваші діти до 18 років живуть за кордоном, подайте заяву на возз’єднання сім’ї (Familiennachzug) протягом 3 місяців. Тоді вам не потрібно доводити, що у вас достатньо грошей і житла. Ви можете подати заяву й самі в Німеччині, наприклад в Ausländerbehörde. Ці 3 місяці починаються з дня, коли рішення (Bescheid) вже не можна оскаржити; застосунок рахує вже від дня вручення (Zustellung), щоб строк ніколи не був показаний запізно. Якщо частину вашої заяви відхилено, може знадобитися позов (Klage) протягом 2 тижнів. { deadline-not-legal-advice }
deadline-register-address = Зареєструйте свою адресу (Anmeldung) у Bürgeramt (бюро реєстрації громадян) протягом 2 тижнів після заселення. { deadline-not-legal-advice }
deadline-objection = Ви не згодні з рішенням (Bescheid)? Тоді ви можете подати заперечення (Widerspruch), зазвичай протягом 1 місяця після того, як отримали лист. Як це зробити, написано в кінці рішення. { deadline-not-legal-advice }
deadline-tax-objection = Ви не згодні з рішенням (Bescheid) Familienkasse (каса допомоги на дітей)? Тоді подайте заперечення Einspruch, а не Widerspruch: протягом 1 місяця після того, як отримали лист. Як це зробити, написано в кінці рішення. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Ви не згодні з рішенням (Bescheid) про визнання вашої кваліфікації? Тоді у вас є 1 місяць після того, як ви отримали лист. Залежно від федеральної землі ви подаєте заперечення (Widerspruch) або позов (Klage) до адміністративного суду. Що діє для вас, написано в кінці рішення. { deadline-not-legal-advice }
deadline-appointment = Приходьте на прийом вчасно. Не можете прийти? Повідомте заздалегідь і назвіть причину. { deadline-not-legal-advice }
deadline-bamf-appointment = Обов’язково і вчасно прийдіть на цей прийом у BAMF. Якщо людина не приходить без поважної причини, її процедуру надання притулку можуть припинити. Не можете прийти, наприклад, бо хворієте? Негайно, ще до прийому, повідомте BAMF і надішліть підтвердження, наприклад довідку від лікаря. { deadline-not-legal-advice }
