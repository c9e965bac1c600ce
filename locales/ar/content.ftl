### Content of the ten tabs in Arabic. Translated from locales/de/content.ftl (the source).
### German official terms stay in German (people find them on their letters), with an Arabic
### explanation beside them.

## Section headings

tab-section-tips = قواعد ونصائح
tab-section-checklist = قائمة المهام
tab-section-contacts = جهات الاتصال

## Tab 1: الوصول

tab-arrival-intro = هنا تجد خطواتك الأولى في ألمانيا. الموضوع هو إقامتك وإجراءات لجوئك. احفظ هنا كل الأوراق من المكتب الاتحادي للهجرة واللاجئين (BAMF) ومن دائرة الأجانب (Ausländerbehörde).
tab-arrival-tip-gestattung-dabei = احمل معك دائمًا تصريح الإقامة أثناء إجراءات اللجوء (Aufenthaltsgestattung). الشرطة والدوائر الرسمية تطلب رؤيته.
tab-arrival-tip-briefe-oeffnen = افتح كل رسالة فورًا. كثير من الرسائل فيها مهلة. المهلة هي آخر يوم للرد.
tab-arrival-tip-gelber-umschlag = رسائل BAMF تصل غالبًا في ظرف أصفر. على الظرف تاريخ. احتفظ بالظرف: المهلة تبدأ من هذا التاريخ.
tab-arrival-tip-adresse = هل تنتقل إلى سكن آخر؟ أخبر BAMF ودائرة الأجانب (Ausländerbehörde) بعنوانك الجديد فورًا. وإلا فلن تصلك رسائل مهمة.
tab-arrival-tip-beratung-vor-anhoerung = قبل المقابلة الشخصية (Anhörung) اذهب إلى مكتب استشارة إجراءات اللجوء (Asylverfahrensberatung). الاستشارة مجانية في الغالب.
tab-arrival-tip-anhoerung-alles-sagen = في المقابلة احكِ كل ما هو مهم عن سبب هروبك. أحضر معك الأدلة، مثل الصور أو الأوراق.
tab-arrival-tip-dolmetscher = في المقابلة يوجد مترجم. قل فورًا إذا كنت لا تفهمه جيدًا.
tab-arrival-tip-duldung = الـ Duldung (وقف الترحيل المؤقت) ليست تصريح إقامة. معناها فقط أن الترحيل موقوف لفترة (§ 60a AufenthG). اذهب بالـ Duldung فورًا إلى مركز استشارة.
tab-arrival-tip-fiktionsbescheinigung = إذا طلبت التمديد قبل تاريخ الانتهاء، يبقى تصريح إقامتك ساريًا حتى تقرر دائرة الأجانب (Ausländerbehörde). هذا ما تثبته الـ Fiktionsbescheinigung (§ 81 Abs. 4 und 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = قد يكون على ورقتك Wohnsitzauflage (إلزام بمكان السكن): عندها يجب أن تسكن في ذلك المكان (§ 60 AsylG, § 12a AufenthG). وتعني räumliche Beschränkung (تقييد مكاني) أنه لا يجوز لك مغادرة منطقة معينة دون إذن (§ 56 AsylG, § 61 AufenthG). اسأل دائرة الأجانب (Ausländerbehörde) قبل الانتقال أو السفر.

check-ankunftsnachweis = احفظ إثبات الوصول (Ankunftsnachweis) جيدًا
check-ankunftsnachweis-hint = هذه أول ورقة لك في ألمانيا. تحصل عليها بعد التسجيل.
check-aufenthaltsgestattung = احصل على Aufenthaltsgestattung بعد تقديم طلب اللجوء
check-aufenthaltsgestattung-hint = تثبت هذه الورقة أنه يحق لك البقاء في ألمانيا أثناء إجراءات اللجوء. احملها معك دائمًا.
check-gestattung-verlaengern = مدّد Aufenthaltsgestattung — قبل تاريخ انتهائها
check-gestattung-verlaengern-hint = تاريخ الانتهاء مكتوب على الورقة. اذهب إلى دائرة الأجانب (Ausländerbehörde) قبله بوقت كافٍ. { deadline-not-legal-advice }
check-anhoerung = اذهب إلى المقابلة الشخصية (Anhörung) في BAMF
check-anhoerung-hint = المقابلة حديث عن سبب هروبك. الموعد مكتوب في رسالة BAMF. كن في الموعد وأحضر كل أوراقك.
check-adresse-mitteilen = أخبر BAMF ودائرة الأجانب بعنوانك الجديد فورًا
check-adresse-mitteilen-hint = يرسل BAMF الرسائل إلى آخر عنوان يعرفه. المهلة تبدأ حتى لو لم تصلك الرسالة.
check-bamf-bescheid = خذ قرار BAMF (Bescheid) فورًا إلى مكتب استشارة
check-bamf-bescheid-hint = القرار (Bescheid) رسالة فيها قرار رسمي. اكتب التاريخ المكتوب على الظرف الأصفر. إذا رُفض طلبك فليس لديك إلا أسبوع أو أسبوعان لرفع دعوى. { deadline-not-legal-advice }
check-aufenthaltserlaubnis = بعد الاعتراف: اطلب تصريح الإقامة (Aufenthaltserlaubnis) من دائرة الأجانب
check-aufenthaltserlaubnis-hint = لتصريح الإقامة أيضًا تاريخ انتهاء. اطلب التمديد قبل ذلك بوقت كافٍ. { deadline-not-legal-advice }
check-duldung = مدّد الـ Duldung قبل تاريخ انتهائها
check-duldung-hint = الـ Duldung سارية فقط حتى التاريخ المكتوب على الورقة. اذهب إلى دائرة الأجانب (Ausländerbehörde) قبله بوقت كافٍ. واسأل مركز استشارة هل يمكنك الحصول على تصريح إقامة (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = احتفظ بالـ Fiktionsbescheinigung ومدّدها قبل تاريخ انتهائها
check-fiktionsbescheinigung-hint = الـ Fiktionsbescheinigung تثبت أن طلبك قيد المعالجة وأنه يحق لك البقاء حتى يُبتّ فيه (§ 81 Abs. 5 AufenthG). لها أيضًا تاريخ انتهاء. اذهب إلى دائرة الأجانب (Ausländerbehörde) قبله بوقت كافٍ. { deadline-not-legal-advice }
check-wohnsitzauflage = افحص ورقتك: هل عليها Wohnsitzauflage أو räumliche Beschränkung؟
check-wohnsitzauflage-hint = هل مكتوب على ورقتك „Wohnsitzauflage“ أو „räumlich beschränkt“؟ إذن اسأل دائرة الأجانب (Ausländerbehörde) قبل أن تنتقل أو تسافر (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بدون إذن قد تُفرض عليك غرامة أو عقوبة.

## Tab 2: المال

tab-money-intro = هنا الحديث عن المال اللازم للعيش. أثناء إجراءات اللجوء يساعد غالبًا مكتب الشؤون الاجتماعية (Sozialamt)، وبعد ذلك غالبًا مركز العمل (Jobcenter). احفظ هنا القرارات وأوراق البنك وأوراق الضرائب.
tab-money-tip-bescheid = القرار (Bescheid) رسالة من دائرة رسمية فيها قرار. احتفظ بكل قرار.
tab-money-tip-aenderungen-melden = أخبر الدائرة فورًا عندما يتغير شيء: عنوان جديد، عمل جديد، طفل، دخل أكبر. وإلا فقد تضطر إلى إعادة المال.
tab-money-tip-bezahlkarte = بعض المدن تعطي بطاقة دفع (Bezahlkarte) بدلًا من النقود. احتفظ برقم PIN سرًّا.
tab-money-tip-basiskonto = لكل إنسان في ألمانيا حق في حساب مصرفي أساسي (Basiskonto). هذا يسري أيضًا مع Aufenthaltsgestattung أو Duldung.
tab-money-tip-haustuer = لا توقّع أي عقد عند باب البيت أو عبر الهاتف. اسأل مكتب استشارة أولًا.
tab-money-tip-schulden = هل عليك ديون أو رسائل مطالبة؟ اذهب مبكرًا إلى استشارة الديون (Schuldnerberatung). هي مجانية في الغالب.

check-asylblg-leistungen = اطلب المساعدات من مكتب الشؤون الاجتماعية (Sozialamt)
check-asylblg-leistungen-hint = أثناء إجراءات اللجوء يدفع غالبًا مكتب الشؤون الاجتماعية. اسم القانون هو قانون إعانات طالبي اللجوء (Asylbewerberleistungsgesetz، واختصاره AsylbLG).
check-buergergeld = بعد الاعتراف: اطلب إعانة المواطن (Bürgergeld) من مركز العمل (Jobcenter)
check-buergergeld-hint = اسم Bürgergeld في القانون هو الضمان الأساسي للباحثين عن عمل (Grundsicherung für Arbeitsuchende). قدّم الطلب فورًا: مركز العمل يدفع فقط ابتداءً من الشهر الذي تقدّم فيه الطلب.
check-widerspruch = اطلب فحص كل قرار — الاعتراض (Widerspruch) خلال شهر واحد
check-widerspruch-hint = هل ترى أن قرارًا ما خاطئ؟ عندها يمكنك تقديم اعتراض (Widerspruch)، وغالبًا خلال شهر واحد فقط. طريقة الاعتراض مكتوبة في آخر القرار. { deadline-not-legal-advice }
check-bankkonto = افتح حسابًا مصرفيًا
check-bankkonto-hint = خذ معك جواز سفرك أو Aufenthaltsgestattung. يجب على البنك أن يعطيك حسابًا أساسيًا.
check-steuer-id = احتفظ بالرقم الضريبي (Steuer-Identifikationsnummer)
check-steuer-id-hint = يصلك بالبريد بعد تسجيل عنوانك. تحتاجه للعمل ولإعانة الأطفال.
check-rundfunkbeitrag = اطلب الإعفاء من رسوم الإذاعة والتلفزيون (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = رسوم Rundfunkbeitrag هي رسوم على الراديو والتلفزيون. من يحصل على مال من مكتب الشؤون الاجتماعية أو من مركز العمل يمكنه أن يطلب الإعفاء. أرسل لذلك نسخة من القرار.

## Tab 3: السكن

tab-housing-intro = هنا الحديث عن مسكنك. تجد هنا قواعد السكن وتسجيل عنوانك. احفظ هنا عقد الإيجار وشهادة تسجيل السكن (Meldebescheinigung).
tab-housing-tip-hausordnung = لكل بناية نظام داخلي (Hausordnung). في الغالب يكون وقت الهدوء من الساعة 10 ليلًا حتى 6 صباحًا. يجب على الجميع الهدوء في هذا الوقت.
tab-housing-tip-muell = افصل النفايات: الورق، والتغليف، والزجاج، والنفايات العضوية، وبقية النفايات. ألوان الحاويات تختلف من مدينة إلى أخرى.
tab-housing-tip-lueften = افتح النوافذ بالكامل عدة مرات في اليوم لبضع دقائق. هكذا لا يتكوّن العفن.
tab-housing-tip-kaution = مبلغ التأمين (Kaution) مال يأخذه المؤجّر ضمانًا. تستعيده عند خروجك من الشقة إذا كانت الشقة سليمة.
tab-housing-tip-kuendigen = هل تريد ترك الشقة؟ أنهِ العقد كتابيًا. في الغالب يجب أن تنهي العقد قبل 3 أشهر. هل تدفع دائرة رسمية الإيجار؟ عندها اسألها أيضًا قبل ذلك.

check-wohnungsgeberbestaetigung = احصل على تأكيد المؤجّر (Wohnungsgeberbestätigung)
check-wohnungsgeberbestaetigung-hint = يجب على المؤجّر أن يعطيك إياه عند دخولك الشقة. تحتاجه لتسجيل العنوان.
check-anmeldung = سجّل عنوانك في مكتب المواطنين (Bürgeramt) — خلال أسبوعين من السكن
check-anmeldung-hint = أحضر معك Wohnungsgeberbestätigung وجواز سفرك أو Aufenthaltsgestattung. ستحصل بعدها على شهادة تسجيل السكن (Meldebescheinigung). { deadline-not-legal-advice }
check-umzug-fragen = اسأل مكتب الشؤون الاجتماعية أو مركز العمل قبل الانتقال
check-umzug-fragen-hint = غالبًا يجب على الدائرة أن توافق على الشقة الجديدة مسبقًا. وإلا فقد لا تدفع الإيجار. أثناء إجراءات اللجوء اسأل دائرة الأجانب (Ausländerbehörde) أيضًا.
check-mietvertrag = اطلب فحص عقد الإيجار قبل التوقيع
check-mietvertrag-hint = اطلب من أحد أن يشرح لك العقد. احتفظ بنسخة منه.
check-wohnberechtigungsschein = اطلب شهادة استحقاق السكن الاجتماعي (Wohnberechtigungsschein، واختصارها WBS)
check-wohnberechtigungsschein-hint = تحتاج شهادة WBS للحصول على شقة سكن اجتماعي. تحصل عليها من مكتب الإسكان (Wohnungsamt) إذا كان دخلك منخفضًا.
check-energie = سجّل اشتراك الكهرباء والغاز
check-energie-hint = في يوم دخولك الشقة اكتب الأرقام الظاهرة على العدّادات. والتقط لها صورة أيضًا.
check-briefkasten = اكتب اسمك على صندوق البريد وعلى جرس الباب
check-briefkasten-hint = وإلا فلن تصلك الرسائل المهمة. والمهلة تسري مع ذلك.

## Tab 4: تعلّم الألمانية

tab-german-intro = اللغة الألمانية تساعدك في العمل وفي المدرسة وفي الحياة اليومية. هنا تجد الطريق إلى دورة اللغة. احفظ هنا أوراق الدورة والشهادات.
tab-german-tip-jeden-tag = تعلّم قليلًا كل يوم. حتى 15 دقيقة تفيد.
tab-german-tip-integrationskurs = لدورة الاندماج (Integrationskurs) جزآن: دورة لغة ودورة توجيه. في دورة التوجيه تتعلم الكثير عن الحياة في ألمانيا.
tab-german-tip-kosten = مع وجود استحقاق (Berechtigung) تكون تكلفة دورة الاندماج قليلة أو مجانية.
tab-german-tip-kinderbetreuung = هل لديك أطفال صغار؟ اسأل عن دورة فيها رعاية للأطفال.
tab-german-tip-sprechen = تكلّم الألمانية حيثما استطعت: عند التسوّق، ومع الجيران، وفي النادي الرياضي. في مدن كثيرة توجد أيضًا مقاهٍ لتعلّم اللغة (Sprachcafé).

check-integrationskurs-berechtigung = احصل على استحقاق دورة الاندماج (Berechtigung)
check-integrationskurs-berechtigung-hint = اسأل في دائرة الأجانب (Ausländerbehörde) أو في مركز العمل (Jobcenter) أو في BAMF.
check-kurs-anmelden = سجّل لدى جهة تقدّم الدورات (Kursträger)
check-kurs-anmelden-hint = الجهات التي تقدّم الدورات هي مثلًا الجامعات الشعبية (Volkshochschule) ومدارس اللغة. استشارة المهاجرين تساعدك في البحث.
check-kurs-teilnahme = احضر الدورة بانتظام
check-kurs-teilnahme-hint = هل أنت مريض؟ أخبر الجهة التي تقدّم الدورة وأحضر شهادة مرضية.
check-dtz = أدِّ امتحان „Deutsch-Test für Zuwanderer“ (DTZ)
check-dtz-hint = في نهاية دورة اللغة يوجد امتحان. الشهادة مهمة للعمل وللإقامة.
check-lid-test = أدِّ اختبار „Leben in Deutschland“ (الحياة في ألمانيا)
check-lid-test-hint = يكون الاختبار في نهاية دورة التوجيه.
check-berufssprachkurs = بعد ذلك: خذ دورة لغة مهنية (Berufssprachkurs)
check-berufssprachkurs-hint = في دورة اللغة المهنية تتعلم الألمانية للعمل. اسأل في مركز العمل (Jobcenter) أو في وكالة العمل (Agentur für Arbeit).

## Tab 5: الأطفال والعائلة

tab-family-intro = هنا الحديث عن أطفالك وعائلتك: الحضانة (Kita)، والمدرسة، وإعانة الأطفال، والصحة. احفظ هنا شهادات الميلاد وأوراق التسجيل في الحضانة والمدرسة.
tab-family-tip-schulpflicht = في ألمانيا يجب على كل الأطفال الذهاب إلى المدرسة. المدرسة مجانية.
tab-family-tip-kita = في الحضانة (Kita) يتعلم الأطفال الألمانية بسرعة. سجّل طفلك مبكرًا: غالبًا توجد قائمة انتظار.
tab-family-tip-elterngespraech = احضر اللقاءات مع الحضانة والمدرسة. اطلب مترجمًا إذا احتجت إليه.
tab-family-tip-gewalt = العنف ضد الأطفال ممنوع في ألمانيا، وفي العائلة أيضًا. توجد مساعدة في مكتب رعاية الشباب (Jugendamt) وفي مكاتب الاستشارة.
tab-family-tip-geburt = هل وُلد طفلك في ألمانيا؟ سجّل الولادة في مكتب الأحوال المدنية (Standesamt). واسأل مكتب استشارة ماذا يجب أن تفعل للطفل لدى دائرة الأجانب ولدى BAMF.

check-geburtsurkunden-kinder = جهّز شهادات ميلاد الأطفال
check-geburtsurkunden-kinder-hint = هل وُلد طفلك في ألمانيا؟ عندها تحصل على شهادة الميلاد من مكتب الأحوال المدنية (Standesamt).
check-kita = ابحث عن مكان في الحضانة (Kita) وسجّل طفلك
check-kita-hint = للأطفال من عمر سنة واحدة حق في مكان في الحضانة. سجّل طفلك مبكرًا.
check-schule = سجّل أطفالك في المدرسة
check-schule-hint = في ألمانيا يجب على الأطفال الذهاب إلى المدرسة. مكتب المدارس (Schulamt) يخبرك أي مدرسة هي المسؤولة.
check-masern = قدّم إثبات التطعيم ضد الحصبة
check-masern-hint = للحضانة وللمدرسة يحتاج الأطفال إلى إثبات التطعيم ضد الحصبة (Masern). الإثبات مكتوب في دفتر التطعيم (Impfpass).
check-u-untersuchungen = اذهب بطفلك إلى الفحوص الوقائية عند طبيب الأطفال
check-u-untersuchungen-hint = اسم هذه الفحوص U1 حتى U9. مواعيدها مكتوبة في الدفتر الأصفر.
check-kindergeld = اطلب إعانة الأطفال (Kindergeld) من صندوق الأسرة (Familienkasse)
check-kindergeld-hint = هذا ممكن غالبًا فقط مع تصريح إقامة (Aufenthaltserlaubnis). اسأل مكتب استشارة.
check-bildung-teilhabe = اطلب مالًا لأدوات المدرسة والرحلات (Bildung und Teilhabe)
check-bildung-teilhabe-hint = يحصل الأطفال على ذلك إذا كانت العائلة تحصل على مال من مكتب الشؤون الاجتماعية أو من مركز العمل.

## Tab 6: العمل

tab-work-intro = العمل يساعدك على الاستقرار في ألمانيا. هنا تقرأ ما يجب أن تعرفه قبل أن تبدأ عملًا. احفظ هنا تصريح العمل والعقود وكشوف الراتب.
tab-work-tip-ohne-erlaubnis = العمل بدون تصريح ممنوع. وقد يضرّ بإقامتك.
tab-work-tip-mindestlohn = في ألمانيا يوجد حدّ أدنى للأجور. في معظم الأعمال لا يجوز أن يكون أجرك في الساعة أقل منه.
tab-work-tip-schriftlich = من حقك أن تحصل على القواعد المهمة لعملك مكتوبة على ورق: الأجر، وساعات العمل، والإجازة.
tab-work-tip-krank = هل أنت مريض؟ أخبر صاحب العمل فورًا في اليوم الأول، قبل بدء العمل.
tab-work-tip-probezeit = في البداية توجد غالبًا فترة تجربة (Probezeit). في هذه الفترة يكون إنهاء العمل أسهل.

check-arbeitserlaubnis = تحقّق: هل يُسمح لي بالعمل؟
check-arbeitserlaubnis-hint = هذا مكتوب على ورقة إقامتك. مع Aufenthaltsgestattung أو Duldung تحتاج لكل عمل إلى إذن من دائرة الأجانب (Ausländerbehörde).
check-arbeitsuchend = سجّل نفسك باحثًا عن عمل في وكالة العمل (Agentur für Arbeit) أو في مركز العمل (Jobcenter)
check-arbeitsuchend-hint = هناك تحصل على مساعدة في البحث عن عمل.
check-lebenslauf = اكتب سيرتك الذاتية (Lebenslauf) بالألمانية
check-lebenslauf-hint = مكتب استشارة أو مركز العمل يساعدك في ذلك.
check-arbeitsvertrag = اطلب من أحد قراءة عقد العمل قبل أن توقّع
check-arbeitsvertrag-hint = لا توقّع إلا ما تفهمه. احفظ العقد جيدًا.
check-sozialversicherungsausweis = احتفظ ببطاقة الضمان الاجتماعي (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = تحتاج الرقم المكتوب عليها في كل عمل. تصلك بالبريد من هيئة التأمين على التقاعد (Rentenversicherung).
check-lohnabrechnung = احتفظ بكشوف الراتب كل شهر
check-lohnabrechnung-hint = كشف الراتب (Lohnabrechnung) يبيّن أجرك وما يُخصم منه.
check-einkommen-melden = أبلغ مركز العمل أو مكتب الشؤون الاجتماعية فورًا بعملك وأجرك
check-einkommen-melden-hint = وإلا فقد تضطر إلى إعادة المال.

## Tab 7: التدريب المهني والدراسة

tab-training-intro = هنا الحديث عن المدرسة والتدريب المهني والدراسة الجامعية. شهادتك من بلدك قد تكون لها قيمة كبيرة في ألمانيا. احفظ هنا الشهادات والترجمات وقرارات الاعتراف.
tab-training-tip-ausbildung = التدريب المهني (Ausbildung) يستغرق غالبًا من سنتين إلى ثلاث سنوات ونصف. تتعلم في شركة وفي مدرسة مهنية، وتحصل أثناء ذلك على مال.
tab-training-tip-anerkennung = مع شهادة معترف بها تجد عملًا جيدًا بسهولة أكبر.
tab-training-tip-originale = لا تعطِ أصول شهاداتك لأحد. قدّم نسخًا أو نسخًا مصدّقة.
tab-training-tip-deutsch-niveau = للتدريب المهني تحتاج غالبًا إلى مستوى B1 أو B2 في الألمانية، وللدراسة الجامعية غالبًا إلى C1.
tab-training-tip-foerderung = أثناء التدريب توجد أحيانًا مساعدة مالية من الدولة، مثل Berufsausbildungsbeihilfe (BAB) أو BAföG. اسأل في وكالة العمل (Agentur für Arbeit).

check-zeugnisse = اجمع شهادات المدرسة وشهادات المهنة
check-zeugnisse-hint = احفظ الأصول في مكان آمن. وأظهر النسخ في غير ذلك.
check-zeugnisse-uebersetzen = اطلب ترجمة شهاداتك
check-zeugnisse-uebersetzen-hint = الدوائر الرسمية تطلب غالبًا ترجمة معتمدة (beglaubigte Übersetzung). يقوم بها مترجم محلّف.
check-anerkennung = اطلب الاعتراف بشهادتك الأجنبية
check-anerkennung-hint = استشارة الاعتراف بالشهادات (Anerkennungsberatung) تساعدك مجانًا، مثلًا من شبكة IQ Netzwerk.
check-berufsberatung = احجز موعدًا للإرشاد المهني في وكالة العمل (Agentur für Arbeit)
check-berufsberatung-hint = هناك تعرف أي تدريب وأي مهنة تناسبك.
check-ausbildungsvertrag = احفظ عقد التدريب المهني (Ausbildungsvertrag) جيدًا
check-ausbildungsvertrag-hint = هل لديك Duldung؟ عندها قد يساعدك التدريب المهني على البقاء في ألمانيا (Ausbildungsduldung). اسأل مكتب استشارة.
check-studium = للدراسة الجامعية: اسأل الجامعة
check-studium-hint = اسأل ما الأوراق التي تحتاجها وما مستوى الألمانية المطلوب.

## Tab 8: الصحة

tab-health-intro = هنا الحديث عن صحتك. تقرأ هنا كيف تذهب إلى الطبيب ومن يدفع. احفظ هنا دفتر التطعيم ورسائل الأطباء ونسخة من بطاقة التأمين الصحي.
tab-health-tip-notruf = في حالة الطوارئ اتصل بالرقم 112: الإسعاف والإطفاء. رقم الشرطة 110. المكالمات مجانية.
tab-health-tip-bereitschaftsdienst = في المساء وفي عطلة نهاية الأسبوع تساعدك خدمة الطبيب المناوب. رقم الهاتف 116 117.
tab-health-tip-hausarzt-zuerst = اذهب أولًا إلى عيادة طبيب الأسرة (Hausarztpraxis). الطبيب يرسلك إلى طبيب مختص عند الحاجة.
tab-health-tip-termin = احجز موعدًا مسبقًا. ألغِ الموعد إذا لم تستطع الحضور.
tab-health-tip-schweigepflicht = لا يجوز للأطباء أن يخبروا أحدًا بشيء عنك. هذا اسمه واجب الكتمان (Schweigepflicht). يمكنك أن تتكلم بصراحة.
tab-health-tip-seele = النفس أيضًا قد تمرض، مثلًا بعد الحرب والهروب. لذلك أيضًا توجد مساعدة. اسأل في عيادة طبيب الأسرة أو في مكتب استشارة.

check-gesundheitskarte = احصل على بطاقة التأمين الصحي أو قسيمة العلاج (Behandlungsschein)
check-gesundheitskarte-hint = أثناء إجراءات اللجوء تحصل غالبًا على قسيمة علاج من مكتب الشؤون الاجتماعية. في بعض المدن تحصل مباشرة على بطاقة تأمين صحي (Gesundheitskarte).
check-behandlungsschein = احصل على قسيمة العلاج قبل زيارة الطبيب
check-behandlungsschein-hint = قسيمة العلاج صالحة لفترة محددة فقط. في حالة الطوارئ اذهب فورًا إلى الطبيب أو إلى المستشفى.
check-krankenkasse = اختر صندوق تأمين صحي (Krankenkasse) عندما تعمل أو تحصل على Bürgergeld
check-krankenkasse-hint = يحق لك أن تختار صندوق التأمين الصحي بنفسك. بعدها تحصل على بطاقة تأمين صحي.
check-impfpass = احفظ دفتر التطعيم واطلب فحص تطعيماتك
check-impfpass-hint = أحضر دفتر التطعيم (Impfpass) إلى كل زيارة للطبيب. هل ينقصك تطعيم؟ طبيبك سيقدّم لك النصيحة.
check-hausarzt = ابحث عن عيادة طبيب أسرة
check-hausarzt-hint = عندما تمرض اذهب إليها أولًا. أضف العيادة إلى جهات الاتصال.
check-arztbriefe = اجمع رسائل الأطباء ونتائج الفحوص
check-arztbriefe-hint = هكذا لا يُعاد أي فحص مرتين. وهذا يساعد أيضًا إذا غيّرت الطبيب.
check-krankmeldung = عند المرض قدّم شهادة مرضية (Krankmeldung)
check-krankmeldung-hint = قدّم الشهادة المرضية في العمل، أو في دورة اللغة، أو في مركز العمل. اسأل حتى متى يجب أن تقدّمها.

## Tab 9: الاستشارة والمساعدة

tab-advice-intro = لست مضطرًا إلى أن تفعل كل شيء وحدك. هنا تجد جهات تساعدك، مجانًا في الغالب. احفظ هنا ملاحظاتك من جلسات الاستشارة.
tab-advice-tip-kostenlos = معظم مكاتب الاستشارة مجانية. وهي تساعدك أيضًا إذا كنت تتكلم القليل من الألمانية.
tab-advice-tip-nachfragen = لا تفهم شيئًا؟ اسأل مرة أخرى. اطلب كلمات بسيطة أو مترجمًا.
tab-advice-tip-unterschrift = لا توقّع إلا ما تفهمه.
tab-advice-tip-jmd-mbe = لمن هم دون 27 سنة تساعد خدمة هجرة الشباب (Jugendmigrationsdienst، واختصارها JMD). ومن عمر 27 سنة تساعدك استشارة الهجرة للبالغين (Migrationsberatung für Erwachsene، واختصارها MBE).
tab-advice-tip-hilfetelefon = رقم هاتف المساعدة „Gewalt gegen Frauen“ (العنف ضد النساء) هو 116 016. الخدمة مجانية، ليلًا ونهارًا، وبلغات كثيرة.
tab-advice-tip-schon-gesehen = أخبر المستشار بالدوائر والجهات التي زرتها من قبل. هكذا لا يرسلك أحد من مكان إلى آخر بلا فائدة.

check-ordner-mitnehmen = خذ هذا المجلد معك إلى كل موعد
check-ordner-mitnehmen-hint = هكذا يرى الجميع الأوراق التي لديك وما الذي ما زال ناقصًا.
check-beratung-finden = ابحث عن مكتب استشارة قريب منك
check-beratung-finden-hint = جهات الاتصال في هذا القسم تساعدك في ذلك. الاستشارة مجانية في الغالب.
check-beratungsnotizen = اكتب ملاحظة بعد كل جلسة استشارة
check-beratungsnotizen-hint = اكتب: متى كان ذلك؟ مع من تكلمت؟ ما الخطوة التالية؟
check-vollmacht = لا تعطِ توكيلًا (Vollmacht) إلا لشخص تثق به
check-vollmacht-hint = بالتوكيل يحق لشخص آخر أن يتصرف باسمك وأن يستلم رسائلك.
check-rechtsberatung = اعرف أين تحصل على مساعدة من محامٍ أو محامية
check-rechtsberatung-hint = مالك قليل؟ اسأل في المحكمة المحلية (Amtsgericht) عن المساعدة الاستشارية (Beratungshilfe). عندها تكون استشارة المحامي قليلة التكلفة.

## Tab 10: وثائق أخرى

tab-documents-intro = احفظ هنا كل أوراقك المهمة الأخرى: جواز السفر، والشهادات الرسمية، ورخصة القيادة. الترتيب الجيد يوفّر الوقت في كل موعد.
tab-documents-tip-kopien = اصنع نسخة أو صورة من كل ورقة مهمة. احفظ الأصول في مكان آمن.
tab-documents-tip-bestaetigung = هل تسلّم ورقة أصلية لدائرة رسمية؟ اطلب إيصالًا بالاستلام.
tab-documents-tip-botschaft = أثناء إجراءات اللجوء: لا تذهب إلى سفارة بلدك الأصلي دون أن تسأل مكتب استشارة أولًا. قد يضرّ ذلك بإجراءات لجوئك.
tab-documents-tip-beglaubigt = الدوائر الرسمية تطلب غالبًا ترجمة معتمدة (beglaubigte Übersetzung). هي ترجمة عليها ختم مترجم محلّف.
tab-documents-tip-app = هذا التطبيق يحفظ صورك مشفّرة على هاتفك. احتفظ بالأوراق مع ذلك.

check-reisepass = احفظ جواز السفر أو بطاقة الهوية في مكان آمن
check-reisepass-hint = هل تحتفظ دائرة رسمية بجواز سفرك؟ عندها تحصل على إيصال. احفظه جيدًا.
check-geburtsurkunde = احتفظ بشهادة ميلادك
check-geburtsurkunde-hint = تحتاجها مثلًا للزواج أو عند ولادة طفلك.
check-heiratsurkunde = احتفظ بعقد الزواج
check-heiratsurkunde-hint = عقد الزواج مهم من أجل لمّ شمل الأسرة ومن أجل المساعدات المالية للعائلة.
check-fuehrerschein = اطلب فحص رخصة القيادة
check-fuehrerschein-hint = رخصة القيادة من بلد خارج الاتحاد الأوروبي صالحة في ألمانيا غالبًا لمدة 6 أشهر فقط. بعد ذلك يجب أن تطلب تحويلها إلى رخصة ألمانية. { deadline-not-legal-advice }
check-kopien = اصنع صورًا أو نسخًا من كل الأوراق المهمة
check-kopien-hint = هكذا تبقى الأوراق لديك إذا ضاع أصل ورقة ما.
check-urkunden-uebersetzen = اطلب ترجمة الشهادات الرسمية المهمة
check-urkunden-uebersetzen-hint = اسأل الدائرة أولًا هل تحتاج إلى ترجمة معتمدة.

## Contact types

contact-type-auslaenderbehoerde = دائرة الأجانب (Ausländerbehörde)
contact-type-auslaenderbehoerde-desc = أوراق الإقامة: Aufenthaltsgestattung وDuldung وAufenthaltserlaubnis وإذن العمل.
contact-type-bamf = المكتب الاتحادي للهجرة واللاجئين (BAMF)
contact-type-bamf-desc = يقرّر في طلب اللجوء. وينظّم أيضًا دورات الاندماج.
contact-type-asylverfahrensberatung = استشارة إجراءات اللجوء (Asylverfahrensberatung)
contact-type-asylverfahrensberatung-desc = تقدّم الاستشارة حول إجراءات اللجوء والمقابلة الشخصية ورسائل BAMF.
contact-type-buergeramt = مكتب المواطنين (Bürgeramt)
contact-type-buergeramt-desc = تسجيل العنوان وشهادة تسجيل السكن (Meldebescheinigung).
contact-type-sozialamt = مكتب الشؤون الاجتماعية (Sozialamt)
contact-type-sozialamt-desc = المال والسكن وقسيمة العلاج أثناء إجراءات اللجوء (Asylbewerberleistungsgesetz).
contact-type-jobcenter = مركز العمل (Jobcenter)
contact-type-jobcenter-desc = إعانة المواطن (Bürgergeld) والمساعدة في البحث عن عمل، غالبًا بعد الاعتراف.
contact-type-agentur-fuer-arbeit = وكالة العمل (Agentur für Arbeit)
contact-type-agentur-fuer-arbeit-desc = الإرشاد المهني والبحث عن عمل والتدريب المهني.
contact-type-familienkasse = صندوق الأسرة (Familienkasse)
contact-type-familienkasse-desc = يدفع إعانة الأطفال (Kindergeld).
contact-type-schuldnerberatung = استشارة الديون (Schuldnerberatung)
contact-type-schuldnerberatung-desc = تساعد في الديون ورسائل المطالبة، مجانًا في الغالب.
contact-type-wohnungsamt = مكتب الإسكان (Wohnungsamt)
contact-type-wohnungsamt-desc = شهادة استحقاق السكن الاجتماعي (WBS) والمساعدة في البحث عن شقة.
contact-type-sprachkurstraeger = جهة تقدّم دورات الألمانية (Kursträger)
contact-type-sprachkurstraeger-desc = دورات الاندماج ودورات ألمانية أخرى، مثلًا في الجامعة الشعبية (Volkshochschule).
contact-type-migrationsberatung = استشارة الهجرة للبالغين (MBE)
contact-type-migrationsberatung-desc = استشارة للأشخاص من عمر 27 سنة فما فوق: اللغة والعمل والسكن والعائلة.
contact-type-jugendmigrationsdienst = خدمة هجرة الشباب (JMD)
contact-type-jugendmigrationsdienst-desc = استشارة للشباب من 12 إلى 27 سنة: المدرسة والتدريب المهني واللغة.
contact-type-kita-schulamt = مكتب الحضانات والمدارس (Kita- und Schulamt)
contact-type-kita-schulamt-desc = أماكن في الحضانات والتسجيل في المدرسة.
contact-type-jugendamt = مكتب رعاية الشباب (Jugendamt)
contact-type-jugendamt-desc = مساعدة للأطفال والشباب والوالدين.
contact-type-standesamt = مكتب الأحوال المدنية (Standesamt)
contact-type-standesamt-desc = شهادات الميلاد وعقود الزواج في ألمانيا.
contact-type-anerkennungsberatung = استشارة الاعتراف بالشهادات (Anerkennungsberatung)
contact-type-anerkennungsberatung-desc = تساعد في الاعتراف بالشهادات الأجنبية.
contact-type-krankenkasse = صندوق التأمين الصحي (Krankenkasse)
contact-type-krankenkasse-desc = بطاقة التأمين الصحي وتكاليف الطبيب والمستشفى.
contact-type-hausarzt = عيادة طبيب الأسرة (Hausarztpraxis)
contact-type-hausarzt-desc = أول مكان تذهب إليه عند المرض. اكتب هنا عيادتك.
contact-type-gesundheitsamt = دائرة الصحة (Gesundheitsamt)
contact-type-gesundheitsamt-desc = التطعيمات والاستشارة والفحوص.
contact-type-rechtsanwalt = محامية أو محامٍ (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = يساعد في رفع دعوى، مثلًا ضد قرار من BAMF.
contact-type-ehrenamt = مساعدة تطوعية (Ehrenamt)
contact-type-ehrenamt-desc = متطوعون يساعدون في الحياة اليومية، مثلًا في الرسائل والمواعيد.

## Labels of the fields of a contact

contact-field-organisation = الجهة
contact-field-department = القسم
contact-field-address = العنوان
contact-field-phone = الهاتف
contact-field-email = البريد الإلكتروني
contact-field-web = الموقع الإلكتروني
contact-field-hours = أوقات الدوام
contact-field-languages = اللغات
contact-field-notes = ملاحظات
contact-by-appointment = بموعد مسبق فقط
contact-facts-as-of = معلومات من عام { $year }
contact-facts-unknown = تاريخ هذه المعلومات غير معروف.
