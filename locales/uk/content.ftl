### Зміст десяти розділів. Translated from locales/de/content.ftl (the source).
### German official terms stay in German, with a short explanation in Ukrainian.

## Section headings of a tab page and of the printed folder

tab-section-tips = Правила та поради
tab-section-checklist = Список справ
tab-section-contacts = Контакти

## Tab 1: Прибуття

tab-arrival-intro = Тут ви знайдете перші кроки в Німеччині. Ідеться про ваше перебування та вашу процедуру надання притулку. Зберігайте тут усі документи від BAMF і від Ausländerbehörde (відомство у справах іноземців).
tab-arrival-tip-gestattung-dabei = Завжди носіть із собою Aufenthaltsgestattung (дозвіл на перебування на час процедури надання притулку). Поліція та установи хочуть його бачити.
tab-arrival-tip-briefe-oeffnen = Відкривайте кожен лист одразу. У багатьох листах є строк. Строк — це останній день для відповіді.
tab-arrival-tip-gelber-umschlag = Листи від BAMF часто приходять у жовтому конверті. На конверті стоїть дата. Збережіть конверт: строк починається з цієї дати.
tab-arrival-tip-adresse = Ви переїжджаєте? Одразу повідомте нову адресу BAMF і Ausländerbehörde (відомство у справах іноземців). Інакше важливі листи до вас не дійдуть.
tab-arrival-tip-beratung-vor-anhoerung = Перед співбесідою (Anhörung) зверніться до консультації щодо процедури надання притулку (Asylverfahrensberatung). Консультація зазвичай безкоштовна.
tab-arrival-tip-anhoerung-alles-sagen = На співбесіді (Anhörung) розкажіть усе, що важливо про вашу втечу. Візьміть із собою докази, наприклад фото чи документи.
tab-arrival-tip-dolmetscher = На співбесіді (Anhörung) є перекладач. Одразу скажіть, якщо ви погано його розумієте.
tab-arrival-tip-duldung = Duldung (відстрочка депортації) — це не посвідка на проживання. Вона означає лише: вашу депортацію на певний час призупинено (§ 60a AufenthG). Одразу підіть із Duldung до консультаційного центру.
tab-arrival-tip-fiktionsbescheinigung = Якщо ви подасте заяву на продовження до дати закінчення строку дії, ваш дозвіл на проживання діє далі, доки Ausländerbehörde не вирішить. Це підтверджує Fiktionsbescheinigung (§ 81 Abs. 4 і 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = У вашому документі може бути Wohnsitzauflage (обов’язок проживати в певному місці): тоді ви мусите жити саме там (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (просторове обмеження) означає: ви не можете без дозволу виїжджати за межі певної території (§ 56 AsylG, § 61 AufenthG). Перед переїздом або поїздкою запитайте Ausländerbehörde.

check-ankunftsnachweis = Добре зберігати Ankunftsnachweis (довідка про прибуття)
check-ankunftsnachweis-hint = Це ваш перший документ у Німеччині. Ви отримуєте його після реєстрації.
check-aufenthaltsgestattung = Отримати Aufenthaltsgestattung (дозвіл на перебування) після подання заяви на притулок
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung показує: ви маєте право перебувати в Німеччині під час процедури надання притулку. Завжди носіть його з собою.
check-gestattung-verlaengern = Продовжити Aufenthaltsgestattung (дозвіл на перебування) — до дати закінчення строку дії
check-gestattung-verlaengern-hint = Дата закінчення строку дії написана на документі. Підіть до Ausländerbehörde (відомство у справах іноземців) завчасно, до цієї дати. { deadline-not-legal-advice }
check-anhoerung = Піти на співбесіду (Anhörung) у BAMF
check-anhoerung-hint = Співбесіда — це розмова про вашу втечу. Дата прийому вказана в листі від BAMF. Приходьте вчасно та візьміть із собою всі документи.
check-adresse-mitteilen = Одразу повідомити нову адресу BAMF і Ausländerbehörde (відомство у справах іноземців)
check-adresse-mitteilen-hint = BAMF надсилає листи на останню відому йому адресу. Строк починається, навіть якщо ви не отримали листа.
check-bamf-bescheid = Одразу віднести рішення (Bescheid) від BAMF на консультацію
check-bamf-bescheid-hint = Bescheid — це лист із рішенням. Запишіть дату з жовтого конверта. Якщо вам відмовили, у вас є лише 1 або 2 тижні, щоб подати позов до суду (Klage). { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Після визнання: подати заяву на Aufenthaltserlaubnis (посвідка на проживання) в Ausländerbehörde
check-aufenthaltserlaubnis-hint = Aufenthaltserlaubnis (посвідка на проживання) теж має дату закінчення строку дії. Подайте заяву на продовження завчасно, до цієї дати. { deadline-not-legal-advice }
check-duldung = Продовжити Duldung до дати закінчення строку дії
check-duldung-hint = Duldung діє лише до дати, написаної на документі. Підіть до Ausländerbehörde завчасно, до цієї дати. Запитайте в консультаційному центрі, чи можете ви отримати посвідку на проживання (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Зберігати Fiktionsbescheinigung і продовжити її до дати закінчення строку дії
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung підтверджує: вашу заяву розглядають, і ви можете залишатися до рішення (§ 81 Abs. 5 AufenthG). Вона теж має дату закінчення строку дії. Підіть до Ausländerbehörde завчасно, до цієї дати. { deadline-not-legal-advice }
check-wohnsitzauflage = Перевірити документ: Wohnsitzauflage чи räumliche Beschränkung?
check-wohnsitzauflage-hint = У вашому документі написано «Wohnsitzauflage» або «räumlich beschränkt»? Тоді запитайте Ausländerbehörde, перш ніж переїжджати чи їхати кудись (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Без дозволу вам загрожує штраф або покарання.

## Tab 2: Гроші

tab-money-intro = Тут ідеться про гроші на життя. Під час процедури надання притулку зазвичай допомагає Sozialamt (соціальне відомство), пізніше часто Jobcenter. Зберігайте тут рішення установ (Bescheide), банківські та податкові документи.
tab-money-tip-bescheid = Bescheid — це лист від установи з рішенням. Зберігайте кожен Bescheid.
tab-money-tip-aenderungen-melden = Одразу повідомляйте установу, якщо щось змінюється: нова адреса, нова робота, дитина, більше грошей. Інакше вам, можливо, доведеться повернути гроші.
tab-money-tip-bezahlkarte = Деякі міста дають платіжну картку (Bezahlkarte) замість готівки. Тримайте PIN-код у таємниці.
tab-money-tip-basiskonto = Кожна людина в Німеччині має право на базовий банківський рахунок (Basiskonto). Це право мають і люди з Aufenthaltsgestattung (дозвіл на перебування) або Duldung (відстрочка депортації).
tab-money-tip-haustuer = Не підписуйте договорів біля дверей або по телефону. Спочатку запитайте в консультаційному центрі.
tab-money-tip-schulden = У вас борги або нагадування про оплату (Mahnungen)? Якомога раніше зверніться до консультації для боржників (Schuldnerberatung). Зазвичай вона безкоштовна.

check-asylblg-leistungen = Подати заяву на допомогу в Sozialamt (соціальне відомство)
check-asylblg-leistungen-hint = Під час процедури надання притулку зазвичай платить Sozialamt. Закон про це називається Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = Після визнання: подати заяву на Bürgergeld (громадянська допомога) в Jobcenter
check-buergergeld-hint = У законі Bürgergeld називається Grundsicherung für Arbeitsuchende (базове забезпечення для тих, хто шукає роботу). Подайте заяву одразу: Jobcenter платить лише з того місяця, у якому ви подали заяву.
check-widerspruch = Дати перевірити кожне рішення (Bescheid) — заперечення (Widerspruch) протягом 1 місяця
check-widerspruch-hint = Ви вважаєте рішення неправильним? Тоді ви можете подати заперечення (Widerspruch), зазвичай лише протягом 1 місяця. Як це зробити, написано в кінці рішення. { deadline-not-legal-advice }
check-bankkonto = Відкрити банківський рахунок
check-bankkonto-hint = Візьміть із собою паспорт або Aufenthaltsgestattung (дозвіл на перебування). Банк зобов’язаний відкрити вам базовий рахунок (Basiskonto).
check-steuer-id = Зберегти податковий ідентифікаційний номер (Steuer-Identifikationsnummer)
check-steuer-id-hint = Він приходить поштою після реєстрації місця проживання (Anmeldung). Він потрібен вам для роботи та для допомоги на дітей (Kindergeld).
check-rundfunkbeitrag = Подати заяву на звільнення від внеску за радіо й телебачення (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = Rundfunkbeitrag — це збір за радіо й телебачення. Хто отримує гроші від Sozialamt або від Jobcenter, може отримати звільнення. Для цього надішліть копію рішення (Bescheid).

## Tab 3: Житло

tab-housing-intro = Тут ідеться про ваше житло. Ви знайдете тут правила проживання та інформацію про реєстрацію адреси (Anmeldung). Зберігайте тут договір оренди та Meldebescheinigung (довідка про реєстрацію).
tab-housing-tip-hausordnung = У кожному будинку є правила будинку (Hausordnung). Зазвичай з 22 до 6 години — нічний спокій. У цей час усі мають поводитися тихо.
tab-housing-tip-muell = Сортуйте сміття: папір, упаковка, скло, біовідходи та решта сміття (Restmüll). Кольори контейнерів у кожному місті різні.
tab-housing-tip-lueften = Кілька разів на день повністю відчиняйте вікна на кілька хвилин. Так не буде цвілі.
tab-housing-tip-kaution = Застава (Kaution) — це гроші для орендодавця як гарантія. Ви отримаєте їх назад, коли виїжджатимете, якщо квартира в порядку.
tab-housing-tip-kuendigen = Ви хочете виїхати? Розірвіть договір письмово. Зазвичай це треба зробити за 3 місяці. За квартиру платить установа? Тоді заздалегідь запитайте й там.

check-wohnungsgeberbestaetigung = Отримати Wohnungsgeberbestätigung (підтвердження від орендодавця) від орендодавця
check-wohnungsgeberbestaetigung-hint = Орендодавець має дати його вам під час заселення. Воно потрібне вам для реєстрації місця проживання (Anmeldung).
check-anmeldung = Anmeldung (реєстрація місця проживання) у Bürgeramt (бюро реєстрації громадян) — протягом 2 тижнів після заселення
check-anmeldung-hint = Візьміть із собою Wohnungsgeberbestätigung (підтвердження від орендодавця) і паспорт або Aufenthaltsgestattung (дозвіл на перебування). Тоді ви отримаєте Meldebescheinigung (довідка про реєстрацію). { deadline-not-legal-advice }
check-umzug-fragen = Перед переїздом запитати Sozialamt (соціальне відомство) або Jobcenter
check-umzug-fragen-hint = Часто установа має заздалегідь дозволити нову квартиру. Інакше вона, можливо, не платитиме оренду. Під час процедури надання притулку запитайте також Ausländerbehörde (відомство у справах іноземців).
check-mietvertrag = Дати перевірити договір оренди (Mietvertrag) до підписання
check-mietvertrag-hint = Попросіть пояснити вам договір. Збережіть копію.
check-wohnberechtigungsschein = Подати заяву на Wohnberechtigungsschein (WBS, право на соціальне житло)
check-wohnberechtigungsschein-hint = Для соціальної квартири вам потрібен WBS. Його видає Wohnungsamt (житлове відомство), якщо у вас низький дохід.
check-energie = Оформити договір на електроенергію та газ
check-energie-hint = У день заселення запишіть цифри на лічильниках. І сфотографуйте їх.
check-briefkasten = Написати своє ім’я на поштовій скриньці та біля дзвінка
check-briefkasten-hint = Інакше ви не отримаєте важливих листів. А строк однаково йде.

## Tab 4: Вивчення німецької

tab-german-intro = Німецька мова допомагає вам на роботі, у школі та в повсякденному житті. Тут ви знайдете шлях до мовного курсу. Зберігайте тут документи про курси та сертифікати.
tab-german-tip-jeden-tag = Вчіть мову щодня потроху. Навіть 15 хвилин допомагають.
tab-german-tip-integrationskurs = Інтеграційний курс (Integrationskurs) має дві частини: мовний курс і орієнтаційний курс. На орієнтаційному курсі ви багато дізнаєтеся про життя в Німеччині.
tab-german-tip-kosten = Якщо у вас є право на участь (Berechtigung), інтеграційний курс коштує мало або нічого не коштує.
tab-german-tip-kinderbetreuung = У вас маленькі діти? Запитайте про курс із доглядом за дітьми.
tab-german-tip-sprechen = Говоріть німецькою, де тільки можна: у магазині, із сусідами, у спортивному клубі. У багатьох містах є також мовні кафе (Sprachcafés).

check-integrationskurs-berechtigung = Отримати право на участь в інтеграційному курсі (Berechtigung)
check-integrationskurs-berechtigung-hint = Запитайте в Ausländerbehörde (відомство у справах іноземців), у Jobcenter або в BAMF.
check-kurs-anmelden = Записатися до організатора курсів (Kursträger)
check-kurs-anmelden-hint = Організатори курсів — це, наприклад, народні університети (Volkshochschulen) і мовні школи. Міграційна консультація (Migrationsberatung) допоможе знайти курс.
check-kurs-teilnahme = Регулярно ходити на курс
check-kurs-teilnahme-hint = Ви захворіли? Повідомте про це організатора курсу та принесіть лікарняний (Krankmeldung).
check-dtz = Скласти іспит «Deutsch-Test für Zuwanderer» (DTZ, тест з німецької для іммігрантів)
check-dtz-hint = Наприкінці мовного курсу є іспит. Сертифікат важливий для роботи та для права на перебування.
check-lid-test = Скласти тест «Leben in Deutschland» («Життя в Німеччині»)
check-lid-test-hint = Тест відбувається наприкінці орієнтаційного курсу.
check-berufssprachkurs = Після цього пройти професійний мовний курс (Berufssprachkurs)
check-berufssprachkurs-hint = На Berufssprachkurs ви вчите німецьку для роботи. Запитайте в Jobcenter або в Agentur für Arbeit (агентство з питань праці).

## Tab 5: Діти та сім'я

tab-family-intro = Тут ідеться про ваших дітей і вашу сім’ю: Kita (дитячий садок), школа, допомога на дітей (Kindergeld) і здоров’я. Зберігайте тут свідоцтва про народження та документи про запис до Kita і до школи.
tab-family-tip-schulpflicht = У Німеччині всі діти мусять ходити до школи. Школа безкоштовна.
tab-family-tip-kita = У Kita (дитячий садок) діти швидко вчать німецьку. Запишіть дитину заздалегідь: часто є черга.
tab-family-tip-elterngespraech = Ходіть на розмови в Kita і в школу. Попросіть перекладача, якщо він вам потрібен.
tab-family-tip-gewalt = У Німеччині насильство над дітьми заборонене, також у сім’ї. Допомогу можна отримати в Jugendamt (служба у справах дітей) і в консультаційних центрах.
tab-family-tip-geburt = Ваша дитина народилася в Німеччині? Зареєструйте народження в Standesamt (РАЦС). Запитайте в консультаційному центрі, що треба зробити для дитини в Ausländerbehörde (відомство у справах іноземців) і в BAMF.

check-geburtsurkunden-kinder = Тримати напоготові свідоцтва про народження дітей
check-geburtsurkunden-kinder-hint = Ваша дитина народилася в Німеччині? Тоді свідоцтво про народження ви отримаєте в Standesamt (РАЦС).
check-kita = Знайти місце в Kita (дитячий садок) і записати дитину
check-kita-hint = Діти від 1 року мають право на місце в Kita. Запишіть дитину заздалегідь.
check-schule = Записати дітей до школи
check-schule-hint = У Німеччині діти мусять ходити до школи. Schulamt (шкільне управління) скаже вам, до якої школи має ходити ваша дитина.
check-masern = Підтвердити щеплення від кору
check-masern-hint = Для Kita і школи дітям потрібне підтвердження щеплення від кору. Воно є в паспорті щеплень (Impfpass).
check-u-untersuchungen = Проходити профілактичні огляди в дитячого лікаря
check-u-untersuchungen-hint = Ці огляди називаються від U1 до U9. Дати прийомів вказані в жовтій книжечці.
check-kindergeld = Подати заяву на допомогу на дітей (Kindergeld) у Familienkasse (сімейна каса)
check-kindergeld-hint = Зазвичай це можливо лише з Aufenthaltserlaubnis (посвідка на проживання). Запитайте в консультаційному центрі.
check-bildung-teilhabe = Подати заяву на гроші для шкільних речей та екскурсій (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Ці гроші належать дітям, якщо сім’я отримує гроші від Sozialamt (соціальне відомство) або від Jobcenter.

## Tab 6: Робота

tab-work-intro = Робота допомагає освоїтися в Німеччині. Тут написано, що треба знати до початку роботи. Зберігайте тут дозвіл на роботу, договори та розрахункові листки.
tab-work-tip-ohne-erlaubnis = Працювати без дозволу заборонено. Це може зашкодити вашому праву на перебування.
tab-work-tip-mindestlohn = У Німеччині є мінімальна зарплата (Mindestlohn). Для більшості робіт оплата за годину не може бути нижчою.
tab-work-tip-schriftlich = Ви маєте право отримати важливі умови вашої роботи на папері: зарплата, робочий час і відпустка.
tab-work-tip-krank = Ви захворіли? Одразу повідомте роботодавця в перший же день, до початку роботи.
tab-work-tip-probezeit = На початку часто є випробувальний термін (Probezeit). У цей час трудовий договір легше розірвати.

check-arbeitserlaubnis = Перевірити: чи можна мені працювати?
check-arbeitserlaubnis-hint = Це написано у вашому документі про перебування. З Aufenthaltsgestattung (дозвіл на перебування) або Duldung (відстрочка депортації) вам потрібен на кожну роботу дозвіл від Ausländerbehörde (відомство у справах іноземців).
check-arbeitsuchend = Стати на облік як особа, що шукає роботу, в Agentur für Arbeit (агентство з питань праці) або в Jobcenter
check-arbeitsuchend-hint = Там вам допоможуть у пошуку роботи.
check-lebenslauf = Написати резюме (Lebenslauf) німецькою
check-lebenslauf-hint = У цьому допоможе консультаційний центр або Jobcenter.
check-arbeitsvertrag = Дати перевірити трудовий договір (Arbeitsvertrag) до підписання
check-arbeitsvertrag-hint = Підписуйте лише те, що розумієте. Зберігайте договір у надійному місці.
check-sozialversicherungsausweis = Зберегти посвідчення соціального страхування (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = Номер на ньому потрібен вам на кожній роботі. Воно приходить поштою від пенсійного страхування (Rentenversicherung).
check-lohnabrechnung = Щомісяця зберігати розрахункові листки (Lohnabrechnungen)
check-lohnabrechnung-hint = Розрахунковий листок показує вашу зарплату і що з неї утримують.
check-einkommen-melden = Одразу повідомляти про роботу та зарплату в Jobcenter або в Sozialamt (соціальне відомство)
check-einkommen-melden-hint = Інакше вам, можливо, доведеться повернути гроші.

## Tab 7: Професійне навчання та вища освіта

tab-training-intro = Тут ідеться про школу, професійне навчання та навчання у виші. Ваша освіта з країни походження може багато важити в Німеччині. Зберігайте тут атестати й дипломи, переклади та документи про визнання.
tab-training-tip-ausbildung = Професійне навчання (Ausbildung) зазвичай триває від 2 до 3,5 року. Ви вчитеся на підприємстві та в професійній школі (Berufsschule). Під час навчання ви отримуєте гроші.
tab-training-tip-anerkennung = З визнаним дипломом легше знайти хорошу роботу.
tab-training-tip-originale = Не віддавайте оригінали атестатів і дипломів. Віддавайте копії або засвідчені копії.
tab-training-tip-deutsch-niveau = Для професійного навчання часто потрібна німецька на рівні B1 або B2, для навчання у виші часто C1.
tab-training-tip-foerderung = Під час навчання держава іноді дає гроші, наприклад Berufsausbildungsbeihilfe (BAB) або BAföG. Запитайте в Agentur für Arbeit (агентство з питань праці).

check-zeugnisse = Зібрати шкільні атестати та професійні дипломи
check-zeugnisse-hint = Зберігайте оригінали в надійному місці. В інших випадках показуйте копії.
check-zeugnisse-uebersetzen = Замовити переклад атестатів і дипломів
check-zeugnisse-uebersetzen-hint = Установи часто хочуть засвідчений переклад (beglaubigte Übersetzung). Його робить присяжний перекладач.
check-anerkennung = Подати на визнання іноземного диплома
check-anerkennung-hint = Консультація з визнання (Anerkennungsberatung) допомагає безкоштовно, наприклад від IQ Netzwerk.
check-berufsberatung = Записатися на прийом на профорієнтацію (Berufsberatung) в Agentur für Arbeit (агентство з питань праці)
check-berufsberatung-hint = Там ви дізнаєтеся, яке навчання і яка професія вам підходять.
check-ausbildungsvertrag = Добре зберігати договір про професійне навчання (Ausbildungsvertrag)
check-ausbildungsvertrag-hint = У вас Duldung (відстрочка депортації)? Тоді професійне навчання може допомогти вам залишитися в Німеччині (Ausbildungsduldung). Запитайте в консультаційному центрі.
check-studium = Для навчання у виші звернутися до вишу (Hochschule)
check-studium-hint = Запитайте, які документи і який рівень німецької вам потрібні.

## Tab 8: Здоров'я

tab-health-intro = Тут ідеться про ваше здоров’я. Тут ви прочитаєте, як потрапити до лікаря і хто платить. Зберігайте тут паспорт щеплень, листи від лікарів і копію картки медичного страхування (Gesundheitskarte).
tab-health-tip-notruf = У надзвичайній ситуації телефонуйте 112: швидка допомога та пожежна служба. Поліція має номер 110. Дзвінки безкоштовні.
tab-health-tip-bereitschaftsdienst = Увечері та у вихідні допомагає чергова лікарська служба (ärztlicher Bereitschaftsdienst). Номер телефону: 116 117.
tab-health-tip-hausarzt-zuerst = Спочатку йдіть до сімейного лікаря (Hausarztpraxis). Якщо потрібно, лікар направить вас до спеціаліста.
tab-health-tip-termin = Заздалегідь запишіться на прийом. Скасуйте запис, якщо не можете прийти.
tab-health-tip-schweigepflicht = Лікарі не мають права нікому розповідати про вас. Це називається лікарська таємниця (Schweigepflicht). Ви можете говорити відкрито.
tab-health-tip-seele = Душа теж може захворіти, наприклад після війни та втечі. І для цього є допомога. Запитайте у вашого сімейного лікаря або в консультаційному центрі.

check-gesundheitskarte = Мати картку медичного страхування (Gesundheitskarte) або талон на лікування (Behandlungsschein)
check-gesundheitskarte-hint = Під час процедури надання притулку ви часто отримуєте талон на лікування від Sozialamt (соціальне відомство). У деяких містах одразу дають картку медичного страхування.
check-behandlungsschein = Отримати талон на лікування (Behandlungsschein) перед візитом до лікаря
check-behandlungsschein-hint = Талон на лікування дійсний лише певний час. У надзвичайній ситуації одразу йдіть до лікаря або до лікарні.
check-krankenkasse = Вибрати лікарняну касу (Krankenkasse), якщо ви працюєте або отримуєте Bürgergeld
check-krankenkasse-hint = Ви можете самі вибрати лікарняну касу. Тоді ви отримаєте картку медичного страхування (Gesundheitskarte).
check-impfpass = Зберігати паспорт щеплень (Impfpass) і дати перевірити щеплення
check-impfpass-hint = Беріть паспорт щеплень на кожен прийом у лікаря. Бракує щеплення? Ваш лікар вас проконсультує.
check-hausarzt = Знайти сімейного лікаря (Hausarztpraxis)
check-hausarzt-hint = Коли ви хворієте, спочатку йдіть туди. Запишіть дані лікаря в контакти.
check-arztbriefe = Збирати листи від лікарів і результати обстежень
check-arztbriefe-hint = Тоді не доведеться робити одне обстеження двічі. Це допомагає і тоді, коли ви змінюєте лікаря.
check-krankmeldung = Коли ви хворієте, здати лікарняний (Krankmeldung)
check-krankmeldung-hint = Здайте лікарняний на роботі, на мовному курсі або в Jobcenter. Запитайте, до якого дня його треба здати.

## Tab 9: Консультації та допомога

tab-advice-intro = Вам не треба справлятися з усім самотужки. Тут ви знайдете місця, де вам допоможуть, зазвичай безкоштовно. Зберігайте тут нотатки з консультацій.
tab-advice-tip-kostenlos = Більшість консультаційних центрів безкоштовні. Вони допомагають і тоді, коли ви мало говорите німецькою.
tab-advice-tip-nachfragen = Ви чогось не зрозуміли? Перепитайте. Попросіть говорити простими словами або попросіть перекладача.
tab-advice-tip-unterschrift = Підписуйте лише те, що розумієте.
tab-advice-tip-jmd-mbe = Людям, молодшим за 27 років, допомагає Jugendmigrationsdienst (JMD, молодіжна міграційна служба). Від 27 років допомагає Migrationsberatung für Erwachsene (MBE, міграційна консультація для дорослих).
tab-advice-tip-hilfetelefon = Телефон допомоги «Gewalt gegen Frauen» («Насильство щодо жінок») має номер 116 016. Він безкоштовний, працює вдень і вночі, багатьма мовами.
tab-advice-tip-schon-gesehen = Скажіть консультантові, в яких установах і службах ви вже були. Тоді вас ніхто не ганятиме по колу.

check-ordner-mitnehmen = Брати цю папку на кожен прийом
check-ordner-mitnehmen-hint = Так усі побачать, які документи у вас уже є і чого ще бракує.
check-beratung-finden = Знайти консультаційний центр поруч із вами
check-beratung-finden-hint = У цьому вам допоможуть контакти в цьому розділі. Консультація зазвичай безкоштовна.
check-beratungsnotizen = Після кожної консультації робити нотатку
check-beratungsnotizen-hint = Запишіть: коли це було? З ким ви говорили? Який наступний крок?
check-vollmacht = Давати довіреність (Vollmacht) лише людині, якій ви довіряєте
check-vollmacht-hint = За довіреністю інша людина може діяти від вашого імені та отримувати ваші листи.
check-rechtsberatung = Знати, де можна отримати допомогу адвоката
check-rechtsberatung-hint = У вас мало грошей? Запитайте в дільничному суді (Amtsgericht) про допомогу на консультацію (Beratungshilfe). Тоді консультація в адвоката коштує недорого.

## Tab 10: Інші документи

tab-documents-intro = Тут ви зберігаєте всі інші важливі документи: паспорт, свідоцтва, посвідчення водія. Добрий порядок заощаджує час на кожному прийомі.
tab-documents-tip-kopien = Зробіть копію або фото кожного важливого документа. Зберігайте оригінали в надійному місці.
tab-documents-tip-bestaetigung = Ви здаєте оригінал в установу? Попросіть підтвердження.
tab-documents-tip-botschaft = Під час процедури надання притулку: не йдіть до посольства своєї країни без консультації. Це може зашкодити вашій процедурі надання притулку.
tab-documents-tip-beglaubigt = Установи часто хочуть засвідчений переклад (beglaubigte Übersetzung). Це переклад із печаткою присяжного перекладача.
tab-documents-tip-app = Цей застосунок зберігає ваші фото на телефоні в зашифрованому вигляді. Але папери однаково зберігайте.

check-reisepass = Зберігати паспорт або посвідчення особи в надійному місці
check-reisepass-hint = Установа залишає ваш паспорт у себе? Тоді ви отримаєте підтвердження. Добре зберігайте його.
check-geburtsurkunde = Зберігати своє свідоцтво про народження
check-geburtsurkunde-hint = Воно потрібне вам, наприклад, для шлюбу або коли у вас народжується дитина.
check-heiratsurkunde = Зберігати свідоцтво про шлюб
check-heiratsurkunde-hint = Воно важливе для возз’єднання сім’ї та для допомоги для сім’ї.
check-fuehrerschein = Дати перевірити посвідчення водія
check-fuehrerschein-hint = Посвідчення водія з країни поза ЄС зазвичай дійсне в Німеччині лише 6 місяців. Після цього його треба обміняти на німецьке. { deadline-not-legal-advice }
check-kopien = Зробити фото або копії всіх важливих документів
check-kopien-hint = Так документи залишаться у вас, навіть якщо оригінал загубиться.
check-urkunden-uebersetzen = Замовити переклад важливих свідоцтв
check-urkunden-uebersetzen-hint = Спочатку запитайте в установі, чи потрібен їй засвідчений переклад.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (відомство у справах іноземців)
contact-type-auslaenderbehoerde-desc = Документи про перебування: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis і дозвіл на роботу.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF, Федеральне відомство з питань міграції та біженців)
contact-type-bamf-desc = Ухвалює рішення щодо заяви на притулок. Також організовує інтеграційні курси.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (консультація щодо процедури надання притулку)
contact-type-asylverfahrensberatung-desc = Консультує щодо процедури надання притулку, співбесіди (Anhörung) і листів від BAMF.
contact-type-buergeramt = Bürgeramt (бюро реєстрації громадян)
contact-type-buergeramt-desc = Реєстрація адреси (Anmeldung) і Meldebescheinigung (довідка про реєстрацію).
contact-type-sozialamt = Sozialamt (соціальне відомство)
contact-type-sozialamt-desc = Гроші, житло і талон на лікування (Behandlungsschein) під час процедури надання притулку (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (центр зайнятості)
contact-type-jobcenter-desc = Bürgergeld (громадянська допомога) і допомога в пошуку роботи, зазвичай після визнання.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (агентство з питань праці)
contact-type-agentur-fuer-arbeit-desc = Профорієнтація, пошук роботи та професійного навчання.
contact-type-familienkasse = Familienkasse (сімейна каса)
contact-type-familienkasse-desc = Виплачує допомогу на дітей (Kindergeld).
contact-type-schuldnerberatung = Schuldnerberatung (консультація для боржників)
contact-type-schuldnerberatung-desc = Допомагає з боргами та нагадуваннями про оплату, зазвичай безкоштовно.
contact-type-wohnungsamt = Wohnungsamt (житлове відомство)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) і допомога в пошуку квартири.
contact-type-sprachkurstraeger = Організатор курсів німецької (Kursträger)
contact-type-sprachkurstraeger-desc = Інтеграційні курси та інші курси німецької, наприклад у народному університеті (Volkshochschule).
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE, міграційна консультація для дорослих)
contact-type-migrationsberatung-desc = Консультації для людей від 27 років: мова, робота, житло, сім’я.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD, молодіжна міграційна служба)
contact-type-jugendmigrationsdienst-desc = Консультації для молодих людей від 12 до 27 років: школа, професійне навчання, мова.
contact-type-kita-schulamt = Kita- und Schulamt (управління дитячих садків і шкіл)
contact-type-kita-schulamt-desc = Місця в Kita і запис до школи.
contact-type-jugendamt = Jugendamt (служба у справах дітей)
contact-type-jugendamt-desc = Допомога дітям, підліткам і батькам.
contact-type-standesamt = Standesamt (РАЦС)
contact-type-standesamt-desc = Свідоцтва про народження та свідоцтва про шлюб у Німеччині.
contact-type-anerkennungsberatung = Anerkennungsberatung (консультація з визнання дипломів)
contact-type-anerkennungsberatung-desc = Допомагає з визнанням іноземних дипломів.
contact-type-krankenkasse = Krankenkasse (лікарняна каса)
contact-type-krankenkasse-desc = Картка медичного страхування (Gesundheitskarte) та оплата лікаря і лікарні.
contact-type-hausarzt = Hausarztpraxis (сімейний лікар)
contact-type-hausarzt-desc = Перше місце, куди йти, коли ви хворієте. Запишіть тут свого лікаря.
contact-type-gesundheitsamt = Gesundheitsamt (відомство охорони здоров’я)
contact-type-gesundheitsamt-desc = Щеплення, консультації та обстеження.
contact-type-rechtsanwalt = Адвокат (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Допомагає з позовом до суду (Klage), наприклад проти рішення BAMF.
contact-type-ehrenamt = Волонтерська допомога (Ehrenamt)
contact-type-ehrenamt-desc = Волонтери допомагають у повсякденному житті, наприклад з листами та прийомами.

## Labels of the fields of a contact

contact-field-organisation = Організація
contact-field-department = Відділ
contact-field-address = Адреса
contact-field-phone = Телефон
contact-field-email = Ел. пошта
contact-field-web = Сайт
contact-field-hours = Години роботи
contact-field-languages = Мови
contact-field-notes = Примітки
contact-by-appointment = Лише за попереднім записом на прийом
contact-facts-as-of = Інформація за { $year } рік
contact-facts-unknown = Невідомо, наскільки давня ця інформація.
