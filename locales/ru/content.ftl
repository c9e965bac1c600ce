### Содержание десяти разделов. Translated from locales/de/content.ftl (the source).
### German official terms stay in German, with a short explanation in Russian.

## Section headings of a tab page and of the printed folder

tab-section-tips = Правила и советы
tab-section-checklist = Список дел
tab-section-contacts = Контакты

## Tab 1: Прибытие

tab-arrival-intro = Здесь вы найдёте первые шаги в Германии. Речь идёт о вашем пребывании и о вашей процедуре предоставления убежища. Храните здесь все документы от BAMF и от Ausländerbehörde (ведомство по делам иностранцев).
tab-arrival-tip-gestattung-dabei = Всегда носите с собой Aufenthaltsgestattung (разрешение на пребывание на время процедуры предоставления убежища). Полиция и ведомства хотят его видеть.
tab-arrival-tip-briefe-oeffnen = Открывайте каждое письмо сразу. У многих писем есть срок. Срок — это последний день для ответа.
tab-arrival-tip-gelber-umschlag = Письма от BAMF часто приходят в жёлтом конверте. На конверте стоит дата. Сохраните конверт: срок начинается с этой даты.
tab-arrival-tip-adresse = Вы переезжаете? Сразу сообщите новый адрес в BAMF и в Ausländerbehörde (ведомство по делам иностранцев). Иначе важные письма до вас не дойдут.
tab-arrival-tip-beratung-vor-anhoerung = Перед собеседованием (Anhörung) сходите на консультацию по процедуре предоставления убежища (Asylverfahrensberatung). Консультация обычно бесплатная.
tab-arrival-tip-anhoerung-alles-sagen = На собеседовании (Anhörung) расскажите всё, что важно о вашем бегстве. Возьмите с собой доказательства, например фотографии или документы.
tab-arrival-tip-dolmetscher = На собеседовании (Anhörung) есть переводчик. Сразу скажите, если вы плохо его понимаете.
tab-arrival-tip-duldung = Duldung (отсрочка депортации) — это не вид на жительство. Она означает лишь: вашу депортацию на время приостановили (§ 60a AufenthG). Сразу идите с Duldung в консультационный центр.
tab-arrival-tip-fiktionsbescheinigung = Если вы подадите заявление на продление до даты окончания срока действия, ваш вид на жительство действует дальше, пока Ausländerbehörde не примет решение. Это подтверждает Fiktionsbescheinigung (§ 81 Abs. 4 и 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = В вашем документе может быть Wohnsitzauflage (обязанность жить в определённом месте): тогда вы должны жить именно там (§ 60 AsylG, § 12a AufenthG). räumliche Beschränkung (территориальное ограничение) означает: без разрешения нельзя покидать определённую территорию (§ 56 AsylG, § 61 AufenthG). Перед переездом или поездкой спросите в Ausländerbehörde.

check-ankunftsnachweis = Хорошо хранить Ankunftsnachweis (справка о прибытии)
check-ankunftsnachweis-hint = Это ваш первый документ в Германии. Вы получаете его после регистрации.
check-aufenthaltsgestattung = Получить Aufenthaltsgestattung (разрешение на пребывание) после подачи заявления на убежище
check-aufenthaltsgestattung-hint = Aufenthaltsgestattung показывает: вы имеете право находиться в Германии во время процедуры предоставления убежища. Всегда носите его с собой.
check-gestattung-verlaengern = Продлить Aufenthaltsgestattung (разрешение на пребывание) — до даты окончания срока действия
check-gestattung-verlaengern-hint = Дата окончания срока действия написана на документе. Сходите в Ausländerbehörde (ведомство по делам иностранцев) заранее, до этой даты. { deadline-not-legal-advice }
check-anhoerung = Пойти на собеседование (Anhörung) в BAMF
check-anhoerung-hint = Собеседование — это разговор о вашем бегстве. Дата приёма указана в письме от BAMF. Приходите вовремя и возьмите с собой все документы.
check-adresse-mitteilen = Сразу сообщить новый адрес в BAMF и в Ausländerbehörde (ведомство по делам иностранцев)
check-adresse-mitteilen-hint = BAMF отправляет письма на последний известный ему адрес. Срок начинается, даже если вы не получили письмо.
check-bamf-bescheid = Сразу отнести решение (Bescheid) от BAMF на консультацию
check-bamf-bescheid-hint = Bescheid — это письмо с решением. Запишите дату с жёлтого конверта. Если вам отказали, у вас есть только 1 или 2 недели, чтобы подать иск в суд (Klage). { deadline-not-legal-advice }
check-aufenthaltserlaubnis = После признания: подать заявление на Aufenthaltserlaubnis (вид на жительство) в Ausländerbehörde
check-aufenthaltserlaubnis-hint = У Aufenthaltserlaubnis (вид на жительство) тоже есть дата окончания срока действия. Подайте заявление на продление заранее, до этой даты. { deadline-not-legal-advice }
check-duldung = Продлить Duldung до даты окончания срока действия
check-duldung-hint = Duldung действует только до даты, написанной на документе. Сходите в Ausländerbehörde заранее, до этой даты. Спросите в консультационном центре, можете ли вы получить вид на жительство (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Хранить Fiktionsbescheinigung и продлить её до даты окончания срока действия
check-fiktionsbescheinigung-hint = Fiktionsbescheinigung подтверждает: ваше заявление рассматривается, и вы можете оставаться до решения (§ 81 Abs. 5 AufenthG). У неё тоже есть дата окончания срока действия. Сходите в Ausländerbehörde заранее, до этой даты. { deadline-not-legal-advice }
check-wohnsitzauflage = Проверить документ: Wohnsitzauflage или räumliche Beschränkung?
check-wohnsitzauflage-hint = В вашем документе написано «Wohnsitzauflage» или «räumlich beschränkt»? Тогда спросите в Ausländerbehörde, прежде чем переезжать или уезжать (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). Без разрешения грозит штраф или наказание.

## Tab 2: Деньги

tab-money-intro = Здесь речь идёт о деньгах на жизнь. Во время процедуры предоставления убежища обычно помогает Sozialamt (социальное ведомство), позже часто Jobcenter. Храните здесь решения ведомств (Bescheide), банковские и налоговые документы.
tab-money-tip-bescheid = Bescheid — это письмо от ведомства с решением. Сохраняйте каждый Bescheid.
tab-money-tip-aenderungen-melden = Сразу сообщайте в ведомство, если что-то меняется: новый адрес, новая работа, ребёнок, больше денег. Иначе вам, возможно, придётся вернуть деньги.
tab-money-tip-bezahlkarte = Некоторые города дают платёжную карту (Bezahlkarte) вместо наличных. Держите PIN-код в секрете.
tab-money-tip-basiskonto = Каждый человек в Германии имеет право на базовый банковский счёт (Basiskonto). Это право есть и у людей с Aufenthaltsgestattung (разрешение на пребывание) или Duldung (отсрочка депортации).
tab-money-tip-haustuer = Не подписывайте договоры у двери дома или по телефону. Сначала спросите в консультационном центре.
tab-money-tip-schulden = У вас долги или напоминания об оплате (Mahnungen)? Как можно раньше обратитесь в консультацию для должников (Schuldnerberatung). Обычно она бесплатная.

check-asylblg-leistungen = Подать заявление на пособия в Sozialamt (социальное ведомство)
check-asylblg-leistungen-hint = Во время процедуры предоставления убежища обычно платит Sozialamt. Закон об этом называется Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = После признания: подать заявление на Bürgergeld (гражданское пособие) в Jobcenter
check-buergergeld-hint = В законе Bürgergeld называется Grundsicherung für Arbeitsuchende (базовое обеспечение для ищущих работу). Подайте заявление сразу: Jobcenter платит только с того месяца, в котором вы подали заявление.
check-widerspruch = Дать проверить каждое решение (Bescheid) — возражение (Widerspruch) в течение 1 месяца
check-widerspruch-hint = Вы считаете решение неправильным? Тогда вы можете подать возражение (Widerspruch), обычно только в течение 1 месяца. Как это сделать, написано в конце решения. { deadline-not-legal-advice }
check-bankkonto = Открыть банковский счёт
check-bankkonto-hint = Возьмите с собой паспорт или Aufenthaltsgestattung (разрешение на пребывание). Банк обязан открыть вам базовый счёт (Basiskonto).
check-steuer-id = Сохранить налоговый идентификационный номер (Steuer-Identifikationsnummer)
check-steuer-id-hint = Он приходит по почте после регистрации по месту жительства (Anmeldung). Он нужен вам для работы и для детского пособия (Kindergeld).
check-rundfunkbeitrag = Подать заявление на освобождение от взноса за радио и телевидение (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = Rundfunkbeitrag — это сбор за радио и телевидение. Кто получает деньги от Sozialamt или от Jobcenter, может получить освобождение. Для этого отправьте копию решения (Bescheid).

## Tab 3: Жильё

tab-housing-intro = Здесь речь идёт о вашем жилье. Вы найдёте здесь правила проживания и информацию о регистрации адреса (Anmeldung). Храните здесь договор аренды и Meldebescheinigung (справка о регистрации).
tab-housing-tip-hausordnung = В каждом доме есть правила проживания (Hausordnung). Обычно с 22 до 6 часов — ночной покой. В это время все должны вести себя тихо.
tab-housing-tip-muell = Сортируйте мусор: бумага, упаковка, стекло, биоотходы и остальной мусор (Restmüll). Цвета контейнеров в каждом городе разные.
tab-housing-tip-lueften = Несколько раз в день полностью открывайте окна на несколько минут. Так не будет плесени.
tab-housing-tip-kaution = Залог (Kaution) — это деньги для арендодателя как гарантия. Вы получите их обратно при выезде, если квартира в порядке.
tab-housing-tip-kuendigen = Вы хотите выехать? Расторгните договор письменно. Обычно это нужно сделать за 3 месяца. За квартиру платит ведомство? Тогда заранее спросите и там.

check-wohnungsgeberbestaetigung = Получить Wohnungsgeberbestätigung (подтверждение арендодателя) от арендодателя
check-wohnungsgeberbestaetigung-hint = Арендодатель должен дать его вам, когда вы переезжаете в квартиру. Оно нужно вам для регистрации по месту жительства (Anmeldung).
check-anmeldung = Anmeldung (регистрация по месту жительства) в Bürgeramt (бюро регистрации граждан) — в течение 2 недель после переезда в квартиру
check-anmeldung-hint = Возьмите с собой Wohnungsgeberbestätigung (подтверждение арендодателя) и паспорт или Aufenthaltsgestattung (разрешение на пребывание). Тогда вы получите Meldebescheinigung (справка о регистрации). { deadline-not-legal-advice }
check-umzug-fragen = Перед переездом спросить Sozialamt (социальное ведомство) или Jobcenter
check-umzug-fragen-hint = Часто ведомство должно заранее разрешить новую квартиру. Иначе оно, возможно, не будет платить аренду. Во время процедуры предоставления убежища спросите также Ausländerbehörde (ведомство по делам иностранцев).
check-mietvertrag = Дать проверить договор аренды (Mietvertrag) до подписания
check-mietvertrag-hint = Попросите объяснить вам договор. Сохраните копию.
check-wohnberechtigungsschein = Подать заявление на Wohnberechtigungsschein (WBS, право на социальное жильё)
check-wohnberechtigungsschein-hint = Для социальной квартиры вам нужен WBS. Его выдаёт Wohnungsamt (жилищное ведомство), если у вас низкий доход.
check-energie = Оформить договор на электричество и газ
check-energie-hint = В день переезда в квартиру запишите цифры на счётчиках. И сфотографируйте их.
check-briefkasten = Написать своё имя на почтовом ящике и на звонке
check-briefkasten-hint = Иначе вы не получите важные письма. А срок всё равно идёт.

## Tab 4: Изучение немецкого

tab-german-intro = Немецкий язык помогает вам на работе, в школе и в повседневной жизни. Здесь вы найдёте путь к языковому курсу. Храните здесь документы о курсах и сертификаты.
tab-german-tip-jeden-tag = Учите язык каждый день понемногу. Даже 15 минут помогают.
tab-german-tip-integrationskurs = Интеграционный курс (Integrationskurs) состоит из двух частей: языковой курс и ориентационный курс. На ориентационном курсе вы много узнаёте о жизни в Германии.
tab-german-tip-kosten = Если у вас есть право на участие (Berechtigung), интеграционный курс стоит недорого или бесплатен.
tab-german-tip-kinderbetreuung = У вас маленькие дети? Спросите о курсе с присмотром за детьми.
tab-german-tip-sprechen = Говорите по-немецки, где только можно: в магазине, с соседями, в спортивном клубе. Во многих городах есть также языковые кафе (Sprachcafés).

check-integrationskurs-berechtigung = Получить право на участие в интеграционном курсе (Berechtigung)
check-integrationskurs-berechtigung-hint = Спросите в Ausländerbehörde (ведомство по делам иностранцев), в Jobcenter или в BAMF.
check-kurs-anmelden = Записаться к организатору курсов (Kursträger)
check-kurs-anmelden-hint = Организаторы курсов — это, например, народные университеты (Volkshochschulen) и языковые школы. Миграционная консультация (Migrationsberatung) поможет найти курс.
check-kurs-teilnahme = Регулярно ходить на курс
check-kurs-teilnahme-hint = Вы заболели? Сообщите об этом организатору курса и принесите больничный (Krankmeldung).
check-dtz = Сдать экзамен «Deutsch-Test für Zuwanderer» (DTZ, тест по немецкому для иммигрантов)
check-dtz-hint = В конце языкового курса есть экзамен. Сертификат важен для работы и для права на пребывание.
check-lid-test = Сдать тест «Leben in Deutschland» («Жизнь в Германии»)
check-lid-test-hint = Тест проходит в конце ориентационного курса.
check-berufssprachkurs = После этого пройти профессиональный языковой курс (Berufssprachkurs)
check-berufssprachkurs-hint = На Berufssprachkurs вы учите немецкий для работы. Спросите в Jobcenter или в Agentur für Arbeit (агентство по труду).

## Tab 5: Дети и семья

tab-family-intro = Здесь речь идёт о ваших детях и вашей семье: Kita (детский сад), школа, детское пособие (Kindergeld) и здоровье. Храните здесь свидетельства о рождении и документы о записи в Kita и в школу.
tab-family-tip-schulpflicht = В Германии все дети обязаны ходить в школу. Школа бесплатная.
tab-family-tip-kita = В Kita (детский сад) дети быстро учат немецкий. Запишите ребёнка заранее: часто есть очередь.
tab-family-tip-elterngespraech = Ходите на беседы в Kita и в школу. Попросите переводчика, если он вам нужен.
tab-family-tip-gewalt = В Германии насилие над детьми запрещено, в том числе в семье. Помощь можно получить в Jugendamt (служба защиты детей и молодёжи) и в консультационных центрах.
tab-family-tip-geburt = Ваш ребёнок родился в Германии? Зарегистрируйте рождение в Standesamt (ЗАГС). Спросите в консультационном центре, что нужно сделать для ребёнка в Ausländerbehörde (ведомство по делам иностранцев) и в BAMF.

check-geburtsurkunden-kinder = Держать наготове свидетельства о рождении детей
check-geburtsurkunden-kinder-hint = Ваш ребёнок родился в Германии? Тогда свидетельство о рождении вы получите в Standesamt (ЗАГС).
check-kita = Найти место в Kita (детский сад) и записать ребёнка
check-kita-hint = Дети с 1 года имеют право на место в Kita. Запишите ребёнка заранее.
check-schule = Записать детей в школу
check-schule-hint = В Германии дети обязаны ходить в школу. Schulamt (школьное управление) скажет вам, в какую школу должен ходить ваш ребёнок.
check-masern = Подтвердить прививку от кори
check-masern-hint = Для Kita и школы детям нужно подтверждение прививки от кори. Оно есть в прививочном паспорте (Impfpass).
check-u-untersuchungen = Проходить профилактические осмотры у детского врача
check-u-untersuchungen-hint = Эти осмотры называются от U1 до U9. Даты приёмов указаны в жёлтой книжке.
check-kindergeld = Подать заявление на детское пособие (Kindergeld) в Familienkasse (семейная касса)
check-kindergeld-hint = Обычно это возможно только с Aufenthaltserlaubnis (вид на жительство). Спросите в консультационном центре.
check-bildung-teilhabe = Подать заявление на деньги для школьных вещей и экскурсий (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Эти деньги положены детям, если семья получает деньги от Sozialamt (социальное ведомство) или от Jobcenter.

## Tab 6: Работа

tab-work-intro = Работа помогает освоиться в Германии. Здесь написано, что нужно знать до начала работы. Храните здесь разрешение на работу, договоры и расчётные листки.
tab-work-tip-ohne-erlaubnis = Работать без разрешения запрещено. Это может навредить вашему праву на пребывание.
tab-work-tip-mindestlohn = В Германии есть минимальная оплата труда (Mindestlohn). Для большинства работ оплата за час не может быть ниже.
tab-work-tip-schriftlich = Вы имеете право получить важные условия вашей работы на бумаге: зарплата, рабочее время и отпуск.
tab-work-tip-krank = Вы заболели? Сразу сообщите работодателю в первый же день, до начала работы.
tab-work-tip-probezeit = В начале часто бывает испытательный срок (Probezeit). В это время трудовой договор легче расторгнуть.

check-arbeitserlaubnis = Проверить: можно ли мне работать?
check-arbeitserlaubnis-hint = Это написано в вашем документе о пребывании. С Aufenthaltsgestattung (разрешение на пребывание) или Duldung (отсрочка депортации) вам нужно на каждую работу разрешение от Ausländerbehörde (ведомство по делам иностранцев).
check-arbeitsuchend = Встать на учёт как ищущий работу в Agentur für Arbeit (агентство по труду) или в Jobcenter
check-arbeitsuchend-hint = Там вам помогут в поиске работы.
check-lebenslauf = Написать резюме (Lebenslauf) на немецком
check-lebenslauf-hint = В этом поможет консультационный центр или Jobcenter.
check-arbeitsvertrag = Дать проверить трудовой договор (Arbeitsvertrag) до подписания
check-arbeitsvertrag-hint = Подписывайте только то, что понимаете. Храните договор в надёжном месте.
check-sozialversicherungsausweis = Сохранить удостоверение социального страхования (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = Номер на нём нужен вам на каждой работе. Оно приходит по почте от пенсионного страхования (Rentenversicherung).
check-lohnabrechnung = Каждый месяц сохранять расчётные листки (Lohnabrechnungen)
check-lohnabrechnung-hint = Расчётный листок показывает вашу зарплату и что из неё вычитают.
check-einkommen-melden = Сразу сообщать о работе и зарплате в Jobcenter или в Sozialamt (социальное ведомство)
check-einkommen-melden-hint = Иначе вам, возможно, придётся вернуть деньги.

## Tab 7: Профессиональное обучение и высшее образование

tab-training-intro = Здесь речь идёт о школе, профессиональном обучении и учёбе в вузе. Ваше образование из родной страны может много значить в Германии. Храните здесь аттестаты и дипломы, переводы и документы о признании.
tab-training-tip-ausbildung = Профессиональное обучение (Ausbildung) обычно длится от 2 до 3,5 лет. Вы учитесь на предприятии и в профессиональной школе (Berufsschule). Во время обучения вы получаете деньги.
tab-training-tip-anerkennung = С признанным дипломом легче найти хорошую работу.
tab-training-tip-originale = Не отдавайте оригиналы аттестатов и дипломов. Отдавайте копии или заверенные копии.
tab-training-tip-deutsch-niveau = Для профессионального обучения часто нужен немецкий на уровне B1 или B2, для учёбы в вузе часто C1.
tab-training-tip-foerderung = Во время обучения государство иногда даёт деньги, например Berufsausbildungsbeihilfe (BAB) или BAföG. Спросите в Agentur für Arbeit (агентство по труду).

check-zeugnisse = Собрать школьные аттестаты и профессиональные дипломы
check-zeugnisse-hint = Храните оригиналы в надёжном месте. В остальных случаях показывайте копии.
check-zeugnisse-uebersetzen = Заказать перевод аттестатов и дипломов
check-zeugnisse-uebersetzen-hint = Ведомства часто хотят заверенный перевод (beglaubigte Übersetzung). Его делает присяжный переводчик.
check-anerkennung = Подать на признание иностранного диплома
check-anerkennung-hint = Консультация по признанию (Anerkennungsberatung) помогает бесплатно, например от IQ Netzwerk.
check-berufsberatung = Записаться на приём на профориентацию (Berufsberatung) в Agentur für Arbeit (агентство по труду)
check-berufsberatung-hint = Там вы узнаете, какое обучение и какая профессия вам подходят.
check-ausbildungsvertrag = Хорошо хранить договор о профессиональном обучении (Ausbildungsvertrag)
check-ausbildungsvertrag-hint = У вас Duldung (отсрочка депортации)? Тогда профессиональное обучение может помочь вам остаться в Германии (Ausbildungsduldung). Спросите в консультационном центре.
check-studium = Для учёбы в вузе обратиться в вуз (Hochschule)
check-studium-hint = Спросите, какие документы и какой уровень немецкого вам нужны.

## Tab 8: Здоровье

tab-health-intro = Здесь речь идёт о вашем здоровье. Здесь вы прочитаете, как попасть к врачу и кто платит. Храните здесь прививочный паспорт, письма от врачей и копию медицинской карты страхования (Gesundheitskarte).
tab-health-tip-notruf = В экстренном случае звоните 112: скорая помощь и пожарная служба. У полиции номер 110. Звонки бесплатные.
tab-health-tip-bereitschaftsdienst = Вечером и в выходные помогает дежурная врачебная служба (ärztlicher Bereitschaftsdienst). Номер телефона: 116 117.
tab-health-tip-hausarzt-zuerst = Сначала идите к семейному врачу (Hausarztpraxis). Если нужно, врач направит вас к специалисту.
tab-health-tip-termin = Заранее запишитесь на приём. Отмените запись, если не можете прийти.
tab-health-tip-schweigepflicht = Врачи не имеют права никому рассказывать о вас. Это называется врачебная тайна (Schweigepflicht). Вы можете говорить открыто.
tab-health-tip-seele = Душа тоже может заболеть, например после войны и бегства. И для этого есть помощь. Спросите у вашего семейного врача или в консультационном центре.

check-gesundheitskarte = Иметь медицинскую карту страхования (Gesundheitskarte) или талон на лечение (Behandlungsschein)
check-gesundheitskarte-hint = Во время процедуры предоставления убежища вы часто получаете талон на лечение от Sozialamt (социальное ведомство). В некоторых городах сразу выдают медицинскую карту страхования.
check-behandlungsschein = Получить талон на лечение (Behandlungsschein) до визита к врачу
check-behandlungsschein-hint = Талон на лечение действует только определённое время. В экстренном случае сразу идите к врачу или в больницу.
check-krankenkasse = Выбрать больничную кассу (Krankenkasse), если вы работаете или получаете Bürgergeld
check-krankenkasse-hint = Вы можете сами выбрать больничную кассу. Тогда вы получите медицинскую карту страхования (Gesundheitskarte).
check-impfpass = Хранить прививочный паспорт (Impfpass) и дать проверить прививки
check-impfpass-hint = Берите прививочный паспорт на каждый приём у врача. Не хватает прививки? Ваш врач вас проконсультирует.
check-hausarzt = Найти семейного врача (Hausarztpraxis)
check-hausarzt-hint = При болезни сначала идите туда. Запишите данные врача в контакты.
check-arztbriefe = Собирать письма от врачей и результаты обследований
check-arztbriefe-hint = Тогда не придётся делать одно обследование два раза. Это помогает и при смене врача.
check-krankmeldung = При болезни сдать больничный (Krankmeldung)
check-krankmeldung-hint = Сдайте больничный на работе, на языковом курсе или в Jobcenter. Спросите, до какого дня нужно его сдать.

## Tab 9: Консультации и помощь

tab-advice-intro = Вам не нужно справляться со всем в одиночку. Здесь вы найдёте места, где вам помогут, обычно бесплатно. Храните здесь заметки с консультаций.
tab-advice-tip-kostenlos = Большинство консультационных центров бесплатные. Они помогают и тогда, когда вы мало говорите по-немецки.
tab-advice-tip-nachfragen = Вы что-то не поняли? Переспросите. Попросите говорить простыми словами или попросите переводчика.
tab-advice-tip-unterschrift = Подписывайте только то, что понимаете.
tab-advice-tip-jmd-mbe = Людям младше 27 лет помогает Jugendmigrationsdienst (JMD, молодёжная миграционная служба). С 27 лет помогает Migrationsberatung für Erwachsene (MBE, миграционная консультация для взрослых).
tab-advice-tip-hilfetelefon = У телефона помощи «Gewalt gegen Frauen» («Насилие в отношении женщин») номер 116 016. Он бесплатный, работает днём и ночью, на многих языках.
tab-advice-tip-schon-gesehen = Скажите консультанту, в каких ведомствах и службах вы уже были. Так вас никто не будет гонять по кругу.

check-ordner-mitnehmen = Брать эту папку на каждый приём
check-ordner-mitnehmen-hint = Так все увидят, какие документы у вас уже есть и чего ещё не хватает.
check-beratung-finden = Найти консультационный центр рядом с вами
check-beratung-finden-hint = В этом вам помогут контакты в этом разделе. Консультация обычно бесплатная.
check-beratungsnotizen = После каждой консультации делать заметку
check-beratungsnotizen-hint = Запишите: когда это было? С кем вы говорили? Какой следующий шаг?
check-vollmacht = Давать доверенность (Vollmacht) только человеку, которому вы доверяете
check-vollmacht-hint = По доверенности другой человек может действовать за вас и получать ваши письма.
check-rechtsberatung = Знать, где можно получить помощь адвоката
check-rechtsberatung-hint = У вас мало денег? Спросите в участковом суде (Amtsgericht) о помощи на консультацию (Beratungshilfe). Тогда консультация у адвоката стоит недорого.

## Tab 10: Другие документы

tab-documents-intro = Здесь вы храните все остальные важные документы: паспорт, свидетельства, водительские права. Хороший порядок экономит время на каждом приёме.
tab-documents-tip-kopien = Сделайте копию или фото каждого важного документа. Храните оригиналы в надёжном месте.
tab-documents-tip-bestaetigung = Вы сдаёте оригинал в ведомство? Попросите подтверждение.
tab-documents-tip-botschaft = Во время процедуры предоставления убежища: не ходите в посольство своей страны без консультации. Это может навредить вашей процедуре предоставления убежища.
tab-documents-tip-beglaubigt = Ведомства часто хотят заверенный перевод (beglaubigte Übersetzung). Это перевод с печатью присяжного переводчика.
tab-documents-tip-app = Это приложение хранит ваши фото на телефоне в зашифрованном виде. Но бумаги всё равно храните.

check-reisepass = Хранить паспорт или удостоверение личности в надёжном месте
check-reisepass-hint = Ведомство оставляет ваш паспорт у себя? Тогда вы получите подтверждение. Хорошо храните его.
check-geburtsurkunde = Хранить своё свидетельство о рождении
check-geburtsurkunde-hint = Оно нужно вам, например, для брака или когда у вас рождается ребёнок.
check-heiratsurkunde = Хранить свидетельство о браке
check-heiratsurkunde-hint = Оно важно для воссоединения семьи и для пособий для семьи.
check-fuehrerschein = Дать проверить водительские права
check-fuehrerschein-hint = Права из страны за пределами ЕС обычно действуют в Германии только 6 месяцев. После этого их нужно обменять на немецкие. { deadline-not-legal-advice }
check-kopien = Сделать фото или копии всех важных документов
check-kopien-hint = Так документы останутся у вас, даже если оригинал потеряется.
check-urkunden-uebersetzen = Заказать перевод важных свидетельств
check-urkunden-uebersetzen-hint = Сначала спросите в ведомстве, нужен ли ему заверенный перевод.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (ведомство по делам иностранцев)
contact-type-auslaenderbehoerde-desc = Документы о пребывании: Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis и разрешение на работу.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF, Федеральное ведомство по делам миграции и беженцев)
contact-type-bamf-desc = Принимает решение по заявлению на убежище. Также организует интеграционные курсы.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (консультация по процедуре предоставления убежища)
contact-type-asylverfahrensberatung-desc = Консультирует о процедуре предоставления убежища, о собеседовании (Anhörung) и о письмах от BAMF.
contact-type-buergeramt = Bürgeramt (бюро регистрации граждан)
contact-type-buergeramt-desc = Регистрация адреса (Anmeldung) и Meldebescheinigung (справка о регистрации).
contact-type-sozialamt = Sozialamt (социальное ведомство)
contact-type-sozialamt-desc = Деньги, жильё и талон на лечение (Behandlungsschein) во время процедуры предоставления убежища (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter (центр занятости)
contact-type-jobcenter-desc = Bürgergeld (гражданское пособие) и помощь в поиске работы, обычно после признания.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (агентство по труду)
contact-type-agentur-fuer-arbeit-desc = Профориентация, поиск работы и профессионального обучения.
contact-type-familienkasse = Familienkasse (семейная касса)
contact-type-familienkasse-desc = Выплачивает детское пособие (Kindergeld).
contact-type-schuldnerberatung = Schuldnerberatung (консультация для должников)
contact-type-schuldnerberatung-desc = Помогает при долгах и напоминаниях об оплате, обычно бесплатно.
contact-type-wohnungsamt = Wohnungsamt (жилищное ведомство)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) и помощь в поиске квартиры.
contact-type-sprachkurstraeger = Организатор курсов немецкого (Kursträger)
contact-type-sprachkurstraeger-desc = Интеграционные курсы и другие курсы немецкого, например в народном университете (Volkshochschule).
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE, миграционная консультация для взрослых)
contact-type-migrationsberatung-desc = Консультации для людей от 27 лет: язык, работа, жильё, семья.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD, молодёжная миграционная служба)
contact-type-jugendmigrationsdienst-desc = Консультации для молодых людей от 12 до 27 лет: школа, профессиональное обучение, язык.
contact-type-kita-schulamt = Kita- und Schulamt (управление детских садов и школ)
contact-type-kita-schulamt-desc = Места в Kita и запись в школу.
contact-type-jugendamt = Jugendamt (служба защиты детей и молодёжи)
contact-type-jugendamt-desc = Помощь детям, подросткам и родителям.
contact-type-standesamt = Standesamt (ЗАГС)
contact-type-standesamt-desc = Свидетельства о рождении и свидетельства о браке в Германии.
contact-type-anerkennungsberatung = Anerkennungsberatung (консультация по признанию дипломов)
contact-type-anerkennungsberatung-desc = Помогает с признанием иностранных дипломов.
contact-type-krankenkasse = Krankenkasse (больничная касса)
contact-type-krankenkasse-desc = Медицинская карта страхования (Gesundheitskarte) и оплата врача и больницы.
contact-type-hausarzt = Hausarztpraxis (семейный врач)
contact-type-hausarzt-desc = Первое место, куда идти при болезни. Запишите здесь своего врача.
contact-type-gesundheitsamt = Gesundheitsamt (ведомство здравоохранения)
contact-type-gesundheitsamt-desc = Прививки, консультации и обследования.
contact-type-rechtsanwalt = Адвокат (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Помогает с иском в суд (Klage), например против решения BAMF.
contact-type-ehrenamt = Волонтёрская помощь (Ehrenamt)
contact-type-ehrenamt-desc = Волонтёры помогают в повседневной жизни, например с письмами и приёмами.

## Labels of the fields of a contact

contact-field-organisation = Организация
contact-field-department = Отдел
contact-field-address = Адрес
contact-field-phone = Телефон
contact-field-email = Эл. почта
contact-field-web = Сайт
contact-field-hours = Часы работы
contact-field-languages = Языки
contact-field-notes = Примечания
contact-by-appointment = Только по предварительной записи на приём
contact-facts-as-of = Информация за { $year } год
contact-facts-unknown = Неизвестно, насколько стара эта информация.
