### Document types and deadline rules in Arabic. Translated from locales/de/doctypes.ftl.
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## الوصول

doctype-ankunftsnachweis = إثبات الوصول (Ankunftsnachweis)
doctype-aufenthaltsgestattung = تصريح الإقامة أثناء إجراءات اللجوء (Aufenthaltsgestattung)
doctype-aufenthaltserlaubnis = تصريح الإقامة (Aufenthaltserlaubnis)
doctype-duldung = وثيقة وقف الترحيل (Duldung)
doctype-fiktionsbescheinigung = شهادة إقامة مؤقتة (Fiktionsbescheinigung)
doctype-bamf-einladung = رسالة من BAMF فيها موعد (مثلًا المقابلة الشخصية)
doctype-bamf-anhoerung = محضر المقابلة الشخصية في BAMF
doctype-bamf-bescheid = قرار BAMF (Bescheid)

## المال

doctype-sozialamt-bescheid = قرار مكتب الشؤون الاجتماعية (Sozialamt، AsylbLG)
doctype-bezahlkarte = بطاقة الدفع (Bezahlkarte)
doctype-jobcenter-bescheid = قرار مركز العمل (Jobcenter، Bürgergeld)
doctype-kontovertrag = أوراق البنك
doctype-steuer-id = الرقم الضريبي (Steuer-ID)
doctype-rundfunkbeitrag-befreiung = الإعفاء من رسوم الإذاعة والتلفزيون (Rundfunkbeitrag)

## السكن

doctype-meldebescheinigung = شهادة تسجيل السكن (Meldebescheinigung)
doctype-wohnungsgeberbestaetigung = تأكيد المؤجّر (Wohnungsgeberbestätigung)
doctype-mietvertrag = عقد الإيجار (Mietvertrag)
doctype-wohnberechtigungsschein = شهادة استحقاق السكن الاجتماعي (Wohnberechtigungsschein، WBS)
doctype-energievertrag = عقد الكهرباء أو الغاز

## تعلّم الألمانية

doctype-integrationskurs-berechtigung = استحقاق دورة الاندماج (Berechtigung)
doctype-kurs-anmeldung = التسجيل في دورة اللغة
doctype-teilnahmebestaetigung = شهادة حضور الدورة
doctype-sprachzertifikat = شهادة لغة (مثلًا DTZ)
doctype-leben-in-deutschland = شهادة „Leben in Deutschland“ (الحياة في ألمانيا)

## الأطفال والعائلة

doctype-kita-anmeldung = التسجيل في الحضانة أو قسيمة الحضانة (Kita)
doctype-schulanmeldung = التسجيل في المدرسة
doctype-kindergeld-bescheid = قرار صندوق الأسرة (Familienkasse، Kindergeld)
doctype-kinderuntersuchungsheft = الدفتر الأصفر لفحوص الأطفال (U-Heft)

## العمل

doctype-beschaeftigungserlaubnis = إذن العمل (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = عقد العمل (Arbeitsvertrag)
doctype-lohnabrechnung = كشف الراتب (Lohnabrechnung)
doctype-sozialversicherungsausweis = بطاقة الضمان الاجتماعي (Sozialversicherungsausweis)
doctype-lebenslauf = السيرة الذاتية وطلب العمل

## التدريب المهني والدراسة

doctype-schulzeugnis = شهادة مدرسية
doctype-berufszeugnis = شهادة مهنة أو شهادة جامعية
doctype-anerkennungsbescheid = قرار الاعتراف بالشهادة
doctype-ausbildungsvertrag = عقد التدريب المهني (Ausbildungsvertrag)

## الصحة

doctype-gesundheitskarte = بطاقة التأمين الصحي (Gesundheitskarte)
doctype-behandlungsschein = قسيمة العلاج (Behandlungsschein)
doctype-impfpass = دفتر التطعيم (Impfpass)
doctype-arztbrief = رسالة طبيب أو نتيجة فحص
doctype-krankmeldung = شهادة مرضية (Arbeitsunfähigkeitsbescheinigung)

## الاستشارة والمساعدة

doctype-beratungsnotiz = ملاحظة من جلسة استشارة
doctype-vollmacht = توكيل (Vollmacht)
doctype-anwaltsschreiben = رسالة من محامٍ أو محامية أو من محكمة

## وثائق أخرى

doctype-reisepass = جواز السفر
doctype-id-karte = بطاقة هوية من بلدك الأصلي
doctype-geburtsurkunde = شهادة الميلاد
doctype-heiratsurkunde = عقد الزواج
doctype-fuehrerschein = رخصة القيادة
doctype-beglaubigte-uebersetzung = ترجمة معتمدة (beglaubigte Übersetzung)
doctype-sonstiges = ورقة أخرى

## Deadline rules

deadline-not-legal-advice = هذه المهلة مجرد مساعدة، وليست استشارة قانونية. اسأل فورًا مكتب استشارة أو محاميًا أو محامية.
deadline-renew-before-expiry = هذه الورقة صالحة فقط حتى تاريخ انتهائها. التاريخ مكتوب على الورقة. اطلب ورقة جديدة أو تمديدًا قبل ذلك بوقت كافٍ. { deadline-not-legal-advice }
deadline-asylum-decision = إذا رفض BAMF طلب لجوئك فليس لديك إلا وقت قصير لرفع دعوى (Klage) أمام المحكمة الإدارية. الدعوى تعني: محكمة تفحص القرار. تبدأ المهلة في يوم التبليغ الرسمي للرسالة (Zustellung). هذا التاريخ مكتوب على الظرف الأصفر. { deadline-not-legal-advice }
deadline-asylum-unfounded = رُفض الطلب بوصفه „unbegründet“ (غير مُبرَّر): الدعوى خلال أسبوعين من التبليغ. { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = رُفض الطلب بوصفه „offensichtlich unbegründet“ (غير مُبرَّر بشكل واضح): الدعوى والطلب المستعجل (Eilantrag) خلال أسبوع واحد من التبليغ. الطلب المستعجل رجاء عاجل إلى المحكمة. { deadline-not-legal-advice }
deadline-asylum-inadmissible = رُفض الطلب بوصفه „unzulässig“ (غير مقبول): الدعوى والطلب المستعجل (Eilantrag) خلال أسبوع واحد من التبليغ. الطلب المستعجل رجاء عاجل إلى المحكمة. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = اعتُرف بك لاجئًا أو صاحب حق في اللجوء: إذا كان زوجك أو زوجتك أو أطفالك دون 18 سنة يعيشون في الخارج، فقدّم طلب لمّ شمل الأسرة (Familiennachzug) خلال 3 أشهر. عندها لا يلزمك إثبات أن لديك ما يكفي من المال والسكن. يمكنك أيضًا تقديم الطلب بنفسك في ألمانيا، مثلًا في دائرة الأجانب (Ausländerbehörde). تبدأ الأشهر الثلاثة عندما يصبح القرار نهائيًا لا يمكن الطعن فيه؛ لكن التطبيق يحسب من يوم التبليغ، حتى لا تظهر المهلة متأخرة أبدًا. إذا رُفض جزء من طلبك، فقد تلزم دعوى خلال أسبوعين. { deadline-not-legal-advice }
deadline-register-address = سجّل عنوانك في مكتب المواطنين (Bürgeramt) خلال أسبوعين من دخولك السكن. { deadline-not-legal-advice }
deadline-objection = لا توافق على قرار ما؟ عندها يمكنك تقديم اعتراض (Widerspruch)، غالبًا خلال شهر واحد من استلامك الرسالة. طريقة الاعتراض مكتوبة في آخر القرار. { deadline-not-legal-advice }
deadline-tax-objection = لا توافق على قرار Familienkasse (مكتب إعانة الأطفال)؟ عندها قدّم اعتراضًا اسمه Einspruch، وليس Widerspruch: خلال شهر واحد من استلامك الرسالة. طريقة الاعتراض مكتوبة في آخر القرار. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = لا توافق على القرار بشأن الاعتراف بشهادتك المهنية؟ عندها لديك شهر واحد من استلامك الرسالة. حسب الولاية تقدّم اعتراضًا (Widerspruch) أو دعوى (Klage) أمام المحكمة الإدارية. ما ينطبق عليك مكتوب في آخر القرار. { deadline-not-legal-advice }
deadline-appointment = احضر الموعد في وقته. لا تستطيع الحضور؟ أخبرهم قبل الموعد واذكر السبب. { deadline-not-legal-advice }
deadline-bamf-appointment = اذهب حتمًا وفي الوقت المحدد إلى هذا الموعد في BAMF. من لا يحضر بدون سبب مهم، قد يتم إيقاف إجراءات لجوئه. لا تستطيع الحضور، مثلًا لأنك مريض؟ أخبر BAMF فورًا قبل الموعد، وأرسل إثباتًا، مثلًا شهادة من الطبيب. { deadline-not-legal-advice }
