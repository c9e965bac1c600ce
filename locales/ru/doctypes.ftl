### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Прибытие

doctype-ankunftsnachweis = Ankunftsnachweis (справка о прибытии)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (разрешение на пребывание на время процедуры предоставления убежища)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (вид на жительство)
doctype-duldung = Duldung (отсрочка депортации)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (временное подтверждение права на пребывание)
doctype-bamf-einladung = Письмо от BAMF с датой приёма (например, собеседование)
doctype-bamf-anhoerung = Протокол собеседования (Anhörung) в BAMF
doctype-bamf-bescheid = Решение (Bescheid) от BAMF

## Деньги

doctype-sozialamt-bescheid = Решение (Bescheid) от Sozialamt (AsylbLG)
doctype-bezahlkarte = Платёжная карта (Bezahlkarte)
doctype-jobcenter-bescheid = Решение (Bescheid) от Jobcenter (Bürgergeld)
doctype-kontovertrag = Документы из банка
doctype-steuer-id = Налоговый идентификационный номер (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Освобождение от взноса за радио и телевидение (Rundfunkbeitrag)

## Жильё

doctype-meldebescheinigung = Meldebescheinigung (справка о регистрации)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (подтверждение арендодателя)
doctype-mietvertrag = Договор аренды (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, право на социальное жильё)
doctype-energievertrag = Договор на электричество или газ

## Изучение немецкого

doctype-integrationskurs-berechtigung = Право на участие в интеграционном курсе (Berechtigung)
doctype-kurs-anmeldung = Запись на языковой курс
doctype-teilnahmebestaetigung = Подтверждение участия в курсе
doctype-sprachzertifikat = Языковой сертификат (например, DTZ)
doctype-leben-in-deutschland = Сертификат «Leben in Deutschland» («Жизнь в Германии»)

## Дети и семья

doctype-kita-anmeldung = Запись или направление (Gutschein) в Kita
doctype-schulanmeldung = Запись в школу
doctype-kindergeld-bescheid = Решение (Bescheid) от Familienkasse (Kindergeld)
doctype-kinderuntersuchungsheft = Жёлтая книжка детских осмотров (U-Heft)

## Работа

doctype-beschaeftigungserlaubnis = Разрешение на работу (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Трудовой договор (Arbeitsvertrag)
doctype-lohnabrechnung = Расчётный листок (Lohnabrechnung)
doctype-sozialversicherungsausweis = Удостоверение социального страхования (Sozialversicherungsausweis)
doctype-lebenslauf = Резюме и заявление о приёме на работу

## Профессиональное обучение и высшее образование

doctype-schulzeugnis = Школьный аттестат (Schulzeugnis)
doctype-berufszeugnis = Документ о профессии или об учёбе в вузе
doctype-anerkennungsbescheid = Решение (Bescheid) о признании диплома
doctype-ausbildungsvertrag = Договор о профессиональном обучении (Ausbildungsvertrag)

## Здоровье

doctype-gesundheitskarte = Медицинская карта страхования (Gesundheitskarte)
doctype-behandlungsschein = Талон на лечение (Behandlungsschein)
doctype-impfpass = Прививочный паспорт (Impfpass)
doctype-arztbrief = Письмо от врача или результат обследования
doctype-krankmeldung = Больничный (Arbeitsunfähigkeitsbescheinigung)

## Консультации и помощь

doctype-beratungsnotiz = Заметка с консультации
doctype-vollmacht = Доверенность (Vollmacht)
doctype-anwaltsschreiben = Письмо от адвоката или из суда

## Другие документы

doctype-reisepass = Паспорт (Reisepass)
doctype-id-karte = Удостоверение личности из родной страны
doctype-geburtsurkunde = Свидетельство о рождении
doctype-heiratsurkunde = Свидетельство о браке
doctype-fuehrerschein = Водительские права
doctype-beglaubigte-uebersetzung = Заверенный перевод (beglaubigte Übersetzung)
doctype-sonstiges = Другой документ

## Deadline rules

deadline-not-legal-advice = Этот срок — только подсказка, а не юридическая консультация. Сразу обратитесь в консультационный центр или к адвокату.
deadline-renew-before-expiry = Этот документ действует только до даты окончания срока. Дата написана на документе. Заранее, до этой даты, подайте заявление на новый документ или на продление. { deadline-not-legal-advice }
deadline-asylum-decision = Если BAMF отклоняет ваше заявление на убежище, у вас мало времени, чтобы подать иск (Klage) в административный суд (Verwaltungsgericht). Иск означает: суд проверяет решение. Срок начинается в день, когда письмо официально вручено (Zustellung). Эта дата написана на жёлтом конверте. { deadline-not-legal-advice }
deadline-asylum-unfounded = Отказ как «unbegründet» («необоснованно»): иск (Klage) в течение 2 недель после вручения (Zustellung). { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Отказ как «offensichtlich unbegründet» («явно необоснованно»): иск (Klage) и срочное ходатайство (Eilantrag) в течение 1 недели после вручения (Zustellung). Срочное ходатайство — это срочная просьба к суду. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Отказ как «unzulässig» («недопустимо»): иск (Klage) и срочное ходатайство (Eilantrag) в течение 1 недели после вручения (Zustellung). Срочное ходатайство — это срочная просьба к суду. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Вы признаны беженцем или лицом с правом на убежище: если ваш супруг, ваша супруга или ваши дети до 18 лет живут за границей, подайте заявление на воссоединение семьи (Familiennachzug) в течение 3 месяцев. Тогда вам не нужно доказывать, что у вас достаточно денег и жилья. Вы можете подать заявление и сами в Германии, например в Ausländerbehörde. Эти 3 месяца начинаются со дня, когда решение (Bescheid) больше нельзя обжаловать; приложение считает уже со дня вручения (Zustellung), чтобы срок никогда не был показан слишком поздно. Если часть вашего заявления отклонена, может понадобиться иск (Klage) в течение 2 недель. { deadline-not-legal-advice }
deadline-register-address = Зарегистрируйте свой адрес (Anmeldung) в Bürgeramt (бюро регистрации граждан) в течение 2 недель после переезда в квартиру. { deadline-not-legal-advice }
deadline-objection = Вы не согласны с решением (Bescheid)? Тогда вы можете подать возражение (Widerspruch), обычно в течение 1 месяца после того, как получили письмо. Как это сделать, написано в конце решения. { deadline-not-legal-advice }
deadline-tax-objection = Вы не согласны с решением (Bescheid) Familienkasse (касса пособий на детей)? Тогда подайте возражение Einspruch, а не Widerspruch: в течение 1 месяца после того, как получили письмо. Как это сделать, написано в конце решения. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Вы не согласны с решением (Bescheid) о признании вашей квалификации? Тогда у вас есть 1 месяц после того, как вы получили письмо. В зависимости от федеральной земли вы подаёте возражение (Widerspruch) или иск (Klage) в административный суд. Что действует для вас, написано в конце решения. { deadline-not-legal-advice }
deadline-appointment = Приходите на приём вовремя. Не можете прийти? Сообщите заранее и назовите причину. { deadline-not-legal-advice }
deadline-bamf-appointment = Обязательно и вовремя придите на этот приём в BAMF. Если человек не приходит без уважительной причины, его процедуру предоставления убежища могут прекратить. Не можете прийти, например, потому что болеете? Немедленно, ещё до приёма, сообщите в BAMF и отправьте подтверждение, например справку от врача. { deadline-not-legal-advice }
