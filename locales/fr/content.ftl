### Contenu des dix sections. Translated from locales/de/content.ftl (the source).
### German official terms stay in German, with a short explanation in French.

## Section headings of a tab page and of the printed folder

tab-section-tips = Règles et conseils
tab-section-checklist = Liste de contrôle
tab-section-contacts = Contacts

## Tab 1: Arrivée

tab-arrival-intro = Ici, vous trouvez les premières étapes en Allemagne. Il s’agit de votre séjour et de votre procédure d’asile. Rangez ici tous les papiers du BAMF et de l’Ausländerbehörde (service des étrangers).
tab-arrival-tip-gestattung-dabei = Ayez toujours votre Aufenthaltsgestattung (autorisation de séjour pendant la procédure d’asile) sur vous. La police et les administrations veulent la voir.
tab-arrival-tip-briefe-oeffnen = Ouvrez chaque lettre tout de suite. Beaucoup de lettres ont un délai. Un délai est le dernier jour pour répondre.
tab-arrival-tip-gelber-umschlag = Les lettres du BAMF arrivent souvent dans une enveloppe jaune. Il y a une date sur l’enveloppe. Gardez l’enveloppe : le délai commence à cette date.
tab-arrival-tip-adresse = Vous déménagez ? Donnez tout de suite votre nouvelle adresse au BAMF et à l’Ausländerbehörde (service des étrangers). Sinon, des lettres importantes n’arrivent pas.
tab-arrival-tip-beratung-vor-anhoerung = Avant l’audition (Anhörung), allez voir un service de conseil sur la procédure d’asile (Asylverfahrensberatung). Le conseil est le plus souvent gratuit.
tab-arrival-tip-anhoerung-alles-sagen = Pendant l’audition (Anhörung), racontez tout ce qui est important pour votre fuite. Apportez des preuves, par exemple des photos ou des papiers.
tab-arrival-tip-dolmetscher = À l’audition (Anhörung), il y a un interprète. Dites-le tout de suite si vous ne le comprenez pas bien.
tab-arrival-tip-duldung = Une Duldung (sursis à l’expulsion) n’est pas un titre de séjour. Elle veut seulement dire : votre expulsion est suspendue pour un temps (§ 60a AufenthG). Allez tout de suite avec votre Duldung dans un centre de conseil.
tab-arrival-tip-fiktionsbescheinigung = Si vous demandez la prolongation avant la date d’expiration, votre titre de séjour reste valable jusqu’à ce que l’Ausländerbehörde décide. C’est ce que montre la Fiktionsbescheinigung (§ 81 Abs. 4 et 5 AufenthG).
tab-arrival-tip-wohnsitzauflage = Votre papier peut porter une Wohnsitzauflage (obligation de résidence) : vous devez alors habiter à cet endroit (§ 60 AsylG, § 12a AufenthG). Une räumliche Beschränkung (restriction de circulation) veut dire : vous ne pouvez pas quitter une zone sans autorisation (§ 56 AsylG, § 61 AufenthG). Demandez à l’Ausländerbehörde avant de déménager ou de voyager.

check-ankunftsnachweis = Bien garder l’Ankunftsnachweis (attestation d’arrivée)
check-ankunftsnachweis-hint = C’est votre premier papier en Allemagne. Vous le recevez après l’enregistrement.
check-aufenthaltsgestattung = Recevoir l’Aufenthaltsgestattung (autorisation de séjour) après la demande d’asile
check-aufenthaltsgestattung-hint = L’Aufenthaltsgestattung montre que vous avez le droit d’être en Allemagne pendant la procédure d’asile. Ayez-la toujours sur vous.
check-gestattung-verlaengern = Prolonger l’Aufenthaltsgestattung (autorisation de séjour) — avant la date d’expiration
check-gestattung-verlaengern-hint = La date d’expiration est écrite sur le papier. Allez à l’Ausländerbehörde (service des étrangers) assez tôt avant cette date. { deadline-not-legal-advice }
check-anhoerung = Aller à l’audition (Anhörung) au BAMF
check-anhoerung-hint = L’audition est un entretien sur votre fuite. La date du rendez-vous est dans la lettre du BAMF. Venez à l’heure et apportez tous vos papiers.
check-adresse-mitteilen = Donner tout de suite la nouvelle adresse au BAMF et à l’Ausländerbehörde (service des étrangers)
check-adresse-mitteilen-hint = Le BAMF envoie les lettres à la dernière adresse qu’il connaît. Un délai commence aussi si vous ne recevez pas la lettre.
check-bamf-bescheid = Apporter tout de suite la décision (Bescheid) du BAMF à un service de conseil
check-bamf-bescheid-hint = Un Bescheid est une lettre avec une décision. Notez la date qui est sur l’enveloppe jaune. En cas de refus, vous avez seulement 1 ou 2 semaines pour un recours en justice (Klage). { deadline-not-legal-advice }
check-aufenthaltserlaubnis = Après la reconnaissance : demander l’Aufenthaltserlaubnis (titre de séjour) à l’Ausländerbehörde
check-aufenthaltserlaubnis-hint = L’Aufenthaltserlaubnis (titre de séjour) a aussi une date d’expiration. Demandez la prolongation assez tôt avant cette date. { deadline-not-legal-advice }
check-duldung = Faire prolonger la Duldung avant la date d’expiration
check-duldung-hint = La Duldung n’est valable que jusqu’à la date écrite sur le papier. Allez à l’Ausländerbehörde assez tôt avant cette date. Demandez à un centre de conseil si vous pouvez obtenir un titre de séjour (§ 60a AufenthG). { deadline-not-legal-advice }
check-fiktionsbescheinigung = Garder la Fiktionsbescheinigung et la faire prolonger avant la date d’expiration
check-fiktionsbescheinigung-hint = La Fiktionsbescheinigung montre : votre demande est en cours, et vous pouvez rester jusqu’à la décision (§ 81 Abs. 5 AufenthG). Elle a aussi une date d’expiration. Allez à l’Ausländerbehörde assez tôt avant cette date. { deadline-not-legal-advice }
check-wohnsitzauflage = Vérifier votre papier : Wohnsitzauflage ou räumliche Beschränkung ?
check-wohnsitzauflage-hint = Votre papier dit « Wohnsitzauflage » ou « räumlich beschränkt » ? Alors demandez à l’Ausländerbehörde avant de déménager ou de voyager (§ 56, § 60 AsylG ; § 12a, § 61 AufenthG). Sans autorisation, vous risquez une amende ou une peine.

## Tab 2: Argent

tab-money-intro = Ici, il s’agit de l’argent pour vivre. Pendant la procédure d’asile, c’est le plus souvent le Sozialamt (service social) qui aide, plus tard souvent le Jobcenter. Rangez ici les décisions (Bescheide), les papiers de la banque et les papiers des impôts.
tab-money-tip-bescheid = Un Bescheid est une lettre d’une administration avec une décision. Gardez chaque Bescheid.
tab-money-tip-aenderungen-melden = Dites tout de suite à l’administration quand quelque chose change : nouvelle adresse, nouveau travail, un enfant, plus d’argent. Sinon, vous devrez peut-être rembourser de l’argent.
tab-money-tip-bezahlkarte = Certaines villes donnent une carte de paiement (Bezahlkarte) au lieu d’argent liquide. Gardez le code PIN secret.
tab-money-tip-basiskonto = En Allemagne, chaque personne a droit à un compte bancaire de base (Basiskonto). C’est valable aussi avec une Aufenthaltsgestattung (autorisation de séjour) ou une Duldung (sursis à l’expulsion).
tab-money-tip-haustuer = Ne signez pas de contrat à la porte de chez vous ou au téléphone. Demandez d’abord conseil à un service de conseil.
tab-money-tip-schulden = Vous avez des dettes ou des lettres de rappel (Mahnungen) ? Allez tôt dans un service de conseil pour les dettes (Schuldnerberatung). Il est le plus souvent gratuit.

check-asylblg-leistungen = Demander des aides au Sozialamt (service social)
check-asylblg-leistungen-hint = Pendant la procédure d’asile, c’est le plus souvent le Sozialamt qui paie. La loi pour cela s’appelle Asylbewerberleistungsgesetz (AsylbLG).
check-buergergeld = Après la reconnaissance : demander le Bürgergeld (aide sociale de base) au Jobcenter
check-buergergeld-hint = Dans la loi, le Bürgergeld s’appelle Grundsicherung für Arbeitsuchende (revenu de base pour les personnes qui cherchent un travail). Faites la demande tout de suite : le Jobcenter paie seulement à partir du mois où vous faites la demande.
check-widerspruch = Faire vérifier chaque décision (Bescheid) — opposition (Widerspruch) dans un délai de 1 mois
check-widerspruch-hint = Vous pensez qu’une décision est fausse ? Alors vous pouvez faire une opposition (Widerspruch), le plus souvent seulement dans un délai de 1 mois. La fin de la décision dit comment faire. { deadline-not-legal-advice }
check-bankkonto = Ouvrir un compte bancaire
check-bankkonto-hint = Prenez votre passeport ou votre Aufenthaltsgestattung (autorisation de séjour). La banque doit vous donner un compte de base (Basiskonto).
check-steuer-id = Garder le numéro d’identification fiscale (Steuer-Identifikationsnummer)
check-steuer-id-hint = Il arrive par la poste après la déclaration de domicile (Anmeldung). Vous en avez besoin pour le travail et pour les allocations familiales (Kindergeld).
check-rundfunkbeitrag = Demander une dispense de la redevance radio et télévision (Rundfunkbeitrag)
check-rundfunkbeitrag-hint = Le Rundfunkbeitrag est une taxe pour la radio et la télévision. Si vous recevez de l’argent du Sozialamt ou du Jobcenter, vous pouvez en être dispensé. Pour cela, envoyez une copie de votre décision (Bescheid).

## Tab 3: Logement

tab-housing-intro = Ici, il s’agit de votre logement. Vous trouvez les règles pour le logement et pour la déclaration de votre adresse (Anmeldung). Rangez ici le contrat de location et la Meldebescheinigung (attestation de domicile).
tab-housing-tip-hausordnung = Chaque immeuble a un règlement intérieur (Hausordnung). Le plus souvent, le repos de la nuit va de 22 h à 6 h. Pendant ce temps, tout le monde doit être silencieux.
tab-housing-tip-muell = Triez les déchets : papier, emballages, verre, déchets bio et autres déchets (Restmüll). Les couleurs des poubelles sont différentes dans chaque ville.
tab-housing-tip-lueften = Plusieurs fois par jour, ouvrez complètement les fenêtres pendant quelques minutes. Comme ça, il n’y a pas de moisissure.
tab-housing-tip-kaution = Une caution (Kaution) est de l’argent pour le propriétaire, comme garantie. Vous la récupérez quand vous partez, si le logement est en bon état.
tab-housing-tip-kuendigen = Vous voulez partir ? Résiliez le contrat par écrit. Le plus souvent, vous devez résilier 3 mois avant. Une administration paie le loyer ? Alors demandez-lui aussi avant.

check-wohnungsgeberbestaetigung = Recevoir la Wohnungsgeberbestätigung (attestation du propriétaire) de la part du propriétaire
check-wohnungsgeberbestaetigung-hint = Le propriétaire doit vous la donner quand vous emménagez. Vous en avez besoin pour la déclaration de domicile (Anmeldung).
check-anmeldung = Anmeldung (déclaration de domicile) au Bürgeramt (bureau des citoyens) — dans les 2 semaines après l’emménagement
check-anmeldung-hint = Apportez la Wohnungsgeberbestätigung (attestation du propriétaire) et votre passeport ou votre Aufenthaltsgestattung (autorisation de séjour). Vous recevez alors une Meldebescheinigung (attestation de domicile). { deadline-not-legal-advice }
check-umzug-fragen = Avant de déménager, demander au Sozialamt (service social) ou au Jobcenter
check-umzug-fragen-hint = Souvent, l’administration doit d’abord accepter le nouveau logement. Sinon, elle ne paiera peut-être pas le loyer. Pendant la procédure d’asile, demandez aussi à l’Ausländerbehörde (service des étrangers).
check-mietvertrag = Faire vérifier le contrat de location (Mietvertrag) avant de signer
check-mietvertrag-hint = Demandez qu’on vous explique le contrat. Gardez une copie.
check-wohnberechtigungsschein = Demander un Wohnberechtigungsschein (WBS, certificat pour un logement social)
check-wohnberechtigungsschein-hint = Pour un logement social, il vous faut un WBS. Vous le recevez au Wohnungsamt (service du logement) si vos revenus sont bas.
check-energie = S’inscrire pour l’électricité et le gaz
check-energie-hint = Le jour de l’emménagement, notez les chiffres sur les compteurs. Prenez-les aussi en photo.
check-briefkasten = Écrire votre nom sur la boîte aux lettres et sur la sonnette
check-briefkasten-hint = Sinon, vous ne recevez pas les lettres importantes. Un délai court quand même.

## Tab 4: Apprendre l'allemand

tab-german-intro = L’allemand vous aide au travail, à l’école et dans la vie de tous les jours. Ici, vous trouvez le chemin vers un cours de langue. Rangez ici les papiers des cours et les certificats.
tab-german-tip-jeden-tag = Apprenez un peu chaque jour. Même 15 minutes, ça aide.
tab-german-tip-integrationskurs = Le cours d’intégration (Integrationskurs) a deux parties : un cours de langue et un cours d’orientation. Dans le cours d’orientation, vous apprenez beaucoup de choses sur la vie en Allemagne.
tab-german-tip-kosten = Avec une autorisation (Berechtigung), le cours d’intégration coûte peu ou rien.
tab-german-tip-kinderbetreuung = Vous avez de jeunes enfants ? Demandez un cours avec garde d’enfants.
tab-german-tip-sprechen = Parlez allemand quand c’est possible : dans les magasins, avec les voisins, au club de sport. Beaucoup de villes ont aussi des cafés de langue (Sprachcafés).

check-integrationskurs-berechtigung = Recevoir l’autorisation (Berechtigung) pour le cours d’intégration
check-integrationskurs-berechtigung-hint = Demandez à l’Ausländerbehörde (service des étrangers), au Jobcenter ou au BAMF.
check-kurs-anmelden = S’inscrire chez un organisme de cours (Kursträger)
check-kurs-anmelden-hint = Les organismes de cours sont par exemple les Volkshochschulen (centres de cours pour adultes) et les écoles de langue. Le service de conseil en migration (Migrationsberatung) aide à chercher.
check-kurs-teilnahme = Aller au cours régulièrement
check-kurs-teilnahme-hint = Vous êtes malade ? Dites-le à l’organisme de cours et apportez un certificat de maladie (Krankmeldung).
check-dtz = Passer l’examen « Deutsch-Test für Zuwanderer » (DTZ, test d’allemand pour immigrés)
check-dtz-hint = À la fin du cours de langue, il y a un examen. Le certificat est important pour le travail et pour le droit de séjour.
check-lid-test = Passer le test « Leben in Deutschland » (Vivre en Allemagne)
check-lid-test-hint = Le test a lieu à la fin du cours d’orientation.
check-berufssprachkurs = Ensuite, suivre un cours d’allemand pour le travail (Berufssprachkurs)
check-berufssprachkurs-hint = Dans le Berufssprachkurs, vous apprenez l’allemand pour le travail. Demandez au Jobcenter ou à l’Agentur für Arbeit (agence pour l’emploi).

## Tab 5: Enfants et famille

tab-family-intro = Ici, il s’agit de vos enfants et de votre famille : Kita (crèche et jardin d’enfants), école, allocations familiales (Kindergeld) et santé. Rangez ici les actes de naissance et les inscriptions à la Kita et à l’école.
tab-family-tip-schulpflicht = En Allemagne, tous les enfants doivent aller à l’école. L’école est gratuite.
tab-family-tip-kita = À la Kita (crèche et jardin d’enfants), les enfants apprennent vite l’allemand. Inscrivez votre enfant tôt : souvent, il y a une liste d’attente.
tab-family-tip-elterngespraech = Allez aux rendez-vous avec la Kita et avec l’école. Demandez un interprète si vous en avez besoin.
tab-family-tip-gewalt = En Allemagne, la violence contre les enfants est interdite, aussi dans la famille. Il y a de l’aide au Jugendamt (service de protection de l’enfance) et dans les services de conseil.
tab-family-tip-geburt = Votre enfant est né en Allemagne ? Déclarez la naissance au Standesamt (bureau de l’état civil). Demandez à un service de conseil ce que vous devez faire pour l’enfant à l’Ausländerbehörde (service des étrangers) et au BAMF.

check-geburtsurkunden-kinder = Avoir les actes de naissance des enfants à portée de main
check-geburtsurkunden-kinder-hint = Votre enfant est né en Allemagne ? Alors vous recevez l’acte de naissance au Standesamt (bureau de l’état civil).
check-kita = Chercher une place en Kita (crèche et jardin d’enfants) et inscrire l’enfant
check-kita-hint = À partir de 1 an, les enfants ont droit à une place dans une Kita. Inscrivez votre enfant tôt.
check-schule = Inscrire les enfants à l’école
check-schule-hint = En Allemagne, les enfants doivent aller à l’école. Le Schulamt (office scolaire) vous dit quelle école est la bonne pour votre enfant.
check-masern = Montrer la preuve du vaccin contre la rougeole
check-masern-hint = Pour la Kita et l’école, les enfants ont besoin d’une preuve du vaccin contre la rougeole. Elle est dans le carnet de vaccination (Impfpass).
check-u-untersuchungen = Faire les examens de prévention chez le pédiatre
check-u-untersuchungen-hint = Ces examens s’appellent U1 à U9. Les dates des rendez-vous sont dans le carnet jaune.
check-kindergeld = Demander les allocations familiales (Kindergeld) à la Familienkasse (caisse des allocations familiales)
check-kindergeld-hint = Le plus souvent, c’est possible seulement avec une Aufenthaltserlaubnis (titre de séjour). Demandez à un service de conseil.
check-bildung-teilhabe = Demander de l’argent pour le matériel scolaire et les sorties (Bildung und Teilhabe)
check-bildung-teilhabe-hint = Les enfants y ont droit si la famille reçoit de l’argent du Sozialamt (service social) ou du Jobcenter.

## Tab 6: Travail

tab-work-intro = Le travail aide à bien arriver en Allemagne. Ici, vous lisez ce que vous devez savoir avant de commencer un travail. Rangez ici votre autorisation de travail, vos contrats et vos fiches de paie.
tab-work-tip-ohne-erlaubnis = Travailler sans autorisation est interdit. Cela peut nuire à votre droit de séjour.
tab-work-tip-mindestlohn = En Allemagne, il y a un salaire minimum (Mindestlohn). Pour la plupart des travaux, le salaire par heure ne doit pas être plus bas.
tab-work-tip-schriftlich = Vous avez droit aux règles importantes de votre travail sur papier : salaire, heures de travail et congés.
tab-work-tip-krank = Vous êtes malade ? Dites-le tout de suite à votre employeur, le premier jour, avant le début du travail.
tab-work-tip-probezeit = Au début, il y a souvent une période d’essai (Probezeit). Pendant cette période, il est plus facile de mettre fin au contrat.

check-arbeitserlaubnis = Vérifier : est-ce que j’ai le droit de travailler ?
check-arbeitserlaubnis-hint = C’est écrit sur votre papier de séjour. Avec une Aufenthaltsgestattung (autorisation de séjour) ou une Duldung (sursis à l’expulsion), il vous faut pour chaque travail une autorisation de l’Ausländerbehörde (service des étrangers).
check-arbeitsuchend = S’inscrire comme personne qui cherche un travail à l’Agentur für Arbeit (agence pour l’emploi) ou au Jobcenter
check-arbeitsuchend-hint = Là-bas, vous recevez de l’aide pour chercher un travail.
check-lebenslauf = Écrire un CV (Lebenslauf) en allemand
check-lebenslauf-hint = Un service de conseil ou le Jobcenter vous aide pour cela.
check-arbeitsvertrag = Faire lire le contrat de travail (Arbeitsvertrag) avant de signer
check-arbeitsvertrag-hint = Signez seulement ce que vous comprenez. Gardez bien le contrat.
check-sozialversicherungsausweis = Garder la carte de sécurité sociale (Sozialversicherungsausweis)
check-sozialversicherungsausweis-hint = Vous avez besoin du numéro sur cette carte pour chaque travail. Elle arrive par la poste, envoyée par l’assurance retraite (Rentenversicherung).
check-lohnabrechnung = Garder les fiches de paie (Lohnabrechnungen) chaque mois
check-lohnabrechnung-hint = La fiche de paie montre votre salaire et ce qui est retiré du salaire.
check-einkommen-melden = Dire tout de suite au Jobcenter ou au Sozialamt (service social) que vous travaillez et combien vous gagnez
check-einkommen-melden-hint = Sinon, vous devrez peut-être rembourser de l’argent.

## Tab 7: Formation professionnelle et études

tab-training-intro = Ici, il s’agit de l’école, de la formation professionnelle et des études. Votre diplôme de votre pays d’origine peut avoir beaucoup de valeur en Allemagne. Rangez ici les certificats et bulletins, les traductions et les reconnaissances.
tab-training-tip-ausbildung = Une formation professionnelle (Ausbildung) dure le plus souvent de 2 à 3,5 ans. Vous apprenez dans une entreprise et dans une école professionnelle (Berufsschule). Pendant ce temps, vous recevez de l’argent.
tab-training-tip-anerkennung = Avec un diplôme reconnu, vous trouvez plus facilement un bon travail.
tab-training-tip-originale = Ne donnez pas les originaux de vos certificats. Donnez des copies ou des copies certifiées conformes.
tab-training-tip-deutsch-niveau = Pour une formation professionnelle, il faut souvent un niveau d’allemand B1 ou B2, pour des études souvent C1.
tab-training-tip-foerderung = Pendant la formation, l’État donne parfois de l’argent, par exemple la Berufsausbildungsbeihilfe (BAB) ou le BAföG. Demandez à l’Agentur für Arbeit (agence pour l’emploi).

check-zeugnisse = Réunir les bulletins scolaires et les certificats professionnels
check-zeugnisse-hint = Gardez les originaux en lieu sûr. Sinon, montrez des copies.
check-zeugnisse-uebersetzen = Faire traduire les certificats
check-zeugnisse-uebersetzen-hint = Les administrations veulent souvent une traduction certifiée (beglaubigte Übersetzung). Elle est faite par une traductrice assermentée ou un traducteur assermenté.
check-anerkennung = Faire reconnaître un diplôme étranger
check-anerkennung-hint = Un service de conseil pour la reconnaissance (Anerkennungsberatung) aide gratuitement, par exemple celui de l’IQ Netzwerk.
check-berufsberatung = Prendre un rendez-vous pour l’orientation professionnelle (Berufsberatung) à l’Agentur für Arbeit (agence pour l’emploi)
check-berufsberatung-hint = Là-bas, vous apprenez quelle formation et quel métier vous conviennent.
check-ausbildungsvertrag = Bien garder le contrat de formation (Ausbildungsvertrag)
check-ausbildungsvertrag-hint = Vous avez une Duldung (sursis à l’expulsion) ? Alors une formation professionnelle peut vous aider à rester en Allemagne (Ausbildungsduldung). Demandez à un service de conseil.
check-studium = Pour des études, demander à l’université ou à la haute école (Hochschule)
check-studium-hint = Demandez quels papiers et quel niveau d’allemand il vous faut.

## Tab 8: Santé

tab-health-intro = Ici, il s’agit de votre santé. Vous lisez ici comment aller chez le médecin et qui paie. Rangez ici le carnet de vaccination, les lettres des médecins et une copie de la carte d’assurance maladie (Gesundheitskarte).
tab-health-tip-notruf = En cas d’urgence, appelez le 112 : secours et pompiers. La police a le numéro 110. Les appels sont gratuits.
tab-health-tip-bereitschaftsdienst = Le soir et le week-end, le service médical de garde (ärztlicher Bereitschaftsdienst) aide. Le numéro de téléphone est le 116 117.
tab-health-tip-hausarzt-zuerst = Allez d’abord dans un cabinet de médecin généraliste (Hausarztpraxis). Le médecin vous envoie chez un spécialiste si c’est nécessaire.
tab-health-tip-termin = Prenez rendez-vous avant. Annulez le rendez-vous si vous ne pouvez pas venir.
tab-health-tip-schweigepflicht = Les médecins n’ont pas le droit de dire à d’autres personnes ce qu’ils savent sur vous. Cela s’appelle le secret médical (Schweigepflicht). Vous pouvez parler librement.
tab-health-tip-seele = L’esprit aussi peut tomber malade, par exemple après la guerre et la fuite. Pour cela aussi, il y a de l’aide. Demandez dans votre cabinet de médecin généraliste ou dans un service de conseil.

check-gesundheitskarte = Avoir une carte d’assurance maladie (Gesundheitskarte) ou un bon de soins (Behandlungsschein)
check-gesundheitskarte-hint = Pendant la procédure d’asile, vous recevez souvent un bon de soins (Behandlungsschein) du Sozialamt (service social). Dans certaines villes, vous recevez tout de suite une carte d’assurance maladie.
check-behandlungsschein = Aller chercher un bon de soins (Behandlungsschein) avant d’aller chez le médecin
check-behandlungsschein-hint = Un bon de soins est valable seulement pour une certaine période. En cas d’urgence, allez tout de suite chez le médecin ou à l’hôpital.
check-krankenkasse = Choisir une caisse d’assurance maladie (Krankenkasse) si vous travaillez ou si vous recevez le Bürgergeld
check-krankenkasse-hint = Vous pouvez choisir vous-même la caisse d’assurance maladie. Vous recevez ensuite une carte d’assurance maladie (Gesundheitskarte).
check-impfpass = Garder le carnet de vaccination (Impfpass) et faire vérifier les vaccins
check-impfpass-hint = Apportez le carnet de vaccination à chaque visite chez le médecin. Il manque un vaccin ? Votre médecin vous conseille.
check-hausarzt = Trouver un cabinet de médecin généraliste (Hausarztpraxis)
check-hausarzt-hint = Quand vous êtes malade, allez d’abord là-bas. Ajoutez le cabinet à vos contacts.
check-arztbriefe = Réunir les lettres des médecins et les résultats d’examens
check-arztbriefe-hint = Comme ça, aucun examen n’est fait deux fois. Cela aide aussi si vous changez de cabinet médical.
check-krankmeldung = En cas de maladie, donner un certificat de maladie (Krankmeldung)
check-krankmeldung-hint = Donnez le certificat de maladie au travail, au cours de langue ou au Jobcenter. Demandez jusqu’à quand vous devez le donner.

## Tab 9: Conseil et aide

tab-advice-intro = Vous n’avez pas besoin de tout faire sans aide. Ici, vous trouvez des services qui vous aident, le plus souvent gratuitement. Rangez ici les notes des rendez-vous de conseil.
tab-advice-tip-kostenlos = La plupart des services de conseil sont gratuits. Ils aident aussi si vous parlez peu allemand.
tab-advice-tip-nachfragen = Vous ne comprenez pas quelque chose ? Posez la question. Demandez des mots simples ou un interprète.
tab-advice-tip-unterschrift = Signez seulement ce que vous comprenez.
tab-advice-tip-jmd-mbe = Pour les moins de 27 ans, c’est le Jugendmigrationsdienst (JMD, service migration pour les jeunes) qui aide. À partir de 27 ans, la Migrationsberatung für Erwachsene (MBE, conseil en migration pour adultes) aide.
tab-advice-tip-hilfetelefon = Le numéro d’aide « Gewalt gegen Frauen » (violence contre les femmes) est le 116 016. Il est gratuit, jour et nuit, en beaucoup de langues.
tab-advice-tip-schon-gesehen = Dites au service de conseil quelles administrations et quels services vous avez déjà rencontrés. Comme ça, personne ne vous fait tourner en rond.

check-ordner-mitnehmen = Prendre ce classeur à chaque rendez-vous
check-ordner-mitnehmen-hint = Comme ça, tout le monde voit quels papiers vous avez déjà et ce qui manque encore.
check-beratung-finden = Trouver un service de conseil près de chez vous
check-beratung-finden-hint = Les contacts dans cette section vous aident. Le conseil est le plus souvent gratuit.
check-beratungsnotizen = Après chaque rendez-vous de conseil, prendre une note
check-beratungsnotizen-hint = Notez : c’était quand ? Avec qui avez-vous parlé ? Quelle est la prochaine étape ?
check-vollmacht = Donner une procuration (Vollmacht) seulement à une personne de confiance
check-vollmacht-hint = Avec une procuration, une autre personne a le droit d’agir pour vous et de recevoir vos lettres.
check-rechtsberatung = Savoir où vous pouvez recevoir l’aide d’une avocate ou d’un avocat
check-rechtsberatung-hint = Vous avez peu d’argent ? Demandez une aide pour le conseil juridique (Beratungshilfe) au tribunal local (Amtsgericht). Alors le conseil chez l’avocat coûte peu.

## Tab 10: Autres documents

tab-documents-intro = Ici, vous rangez tous les autres papiers importants : passeport, actes officiels, permis de conduire. Avec un bon classement, vous gagnez du temps à chaque rendez-vous.
tab-documents-tip-kopien = Faites une copie ou une photo de chaque papier important. Gardez les originaux dans un endroit sûr.
tab-documents-tip-bestaetigung = Vous donnez un original à une administration ? Demandez une confirmation écrite.
tab-documents-tip-botschaft = Pendant la procédure d’asile : n’allez pas à l’ambassade de votre pays d’origine sans avoir demandé conseil. Cela peut nuire à votre procédure d’asile.
tab-documents-tip-beglaubigt = Les administrations veulent souvent une traduction certifiée (beglaubigte Übersetzung). C’est une traduction avec le tampon d’une traductrice assermentée ou d’un traducteur assermenté.
tab-documents-tip-app = Cette application enregistre vos photos de façon chiffrée sur votre téléphone. Gardez quand même les papiers.

check-reisepass = Garder en lieu sûr le passeport ou la carte d’identité
check-reisepass-hint = Une administration garde votre passeport ? Alors vous recevez une confirmation. Gardez-la bien.
check-geburtsurkunde = Garder votre propre acte de naissance
check-geburtsurkunde-hint = Vous en avez besoin par exemple pour un mariage ou quand votre enfant naît.
check-heiratsurkunde = Garder l’acte de mariage
check-heiratsurkunde-hint = Il est important pour le regroupement familial et pour les aides pour la famille.
check-fuehrerschein = Faire vérifier le permis de conduire
check-fuehrerschein-hint = Un permis de conduire d’un pays hors de l’UE est valable en Allemagne le plus souvent seulement 6 mois. Après, vous devez le faire échanger contre un permis allemand. { deadline-not-legal-advice }
check-kopien = Faire des photos ou des copies de tous les papiers importants
check-kopien-hint = Comme ça, vous avez encore les papiers si un original est perdu.
check-urkunden-uebersetzen = Faire traduire les actes officiels importants
check-urkunden-uebersetzen-hint = Demandez d’abord à l’administration si elle a besoin d’une traduction certifiée.

## Contact types: generic offices that a town pack fills in with its own address.

contact-type-auslaenderbehoerde = Ausländerbehörde (service des étrangers)
contact-type-auslaenderbehoerde-desc = Papiers de séjour : Aufenthaltsgestattung, Duldung, Aufenthaltserlaubnis et l’autorisation de travailler.
contact-type-bamf = Bundesamt für Migration und Flüchtlinge (BAMF, Office fédéral des migrations et des réfugiés)
contact-type-bamf-desc = Décide sur la demande d’asile. Organise aussi les cours d’intégration.
contact-type-asylverfahrensberatung = Asylverfahrensberatung (conseil sur la procédure d’asile)
contact-type-asylverfahrensberatung-desc = Conseille sur la procédure d’asile, sur l’audition (Anhörung) et sur les lettres du BAMF.
contact-type-buergeramt = Bürgeramt (bureau des citoyens)
contact-type-buergeramt-desc = Déclaration de l’adresse (Anmeldung) et Meldebescheinigung (attestation de domicile).
contact-type-sozialamt = Sozialamt (service social)
contact-type-sozialamt-desc = Argent, hébergement et bon de soins (Behandlungsschein) pendant la procédure d’asile (Asylbewerberleistungsgesetz).
contact-type-jobcenter = Jobcenter
contact-type-jobcenter-desc = Bürgergeld (aide sociale de base) et aide pour chercher un travail, le plus souvent après la reconnaissance.
contact-type-agentur-fuer-arbeit = Agentur für Arbeit (agence pour l’emploi)
contact-type-agentur-fuer-arbeit-desc = Orientation professionnelle, recherche d’un travail et d’une formation.
contact-type-familienkasse = Familienkasse (caisse des allocations familiales)
contact-type-familienkasse-desc = Paie les allocations familiales (Kindergeld).
contact-type-schuldnerberatung = Schuldnerberatung (conseil pour les dettes)
contact-type-schuldnerberatung-desc = Aide en cas de dettes et de lettres de rappel, le plus souvent gratuitement.
contact-type-wohnungsamt = Wohnungsamt (service du logement)
contact-type-wohnungsamt-desc = Wohnberechtigungsschein (WBS) et aide pour chercher un logement.
contact-type-sprachkurstraeger = Organisme de cours d’allemand (Kursträger)
contact-type-sprachkurstraeger-desc = Cours d’intégration et autres cours d’allemand, par exemple à la Volkshochschule.
contact-type-migrationsberatung = Migrationsberatung für Erwachsene (MBE, conseil en migration pour adultes)
contact-type-migrationsberatung-desc = Conseil pour les personnes à partir de 27 ans : langue, travail, logement, famille.
contact-type-jugendmigrationsdienst = Jugendmigrationsdienst (JMD, service migration pour les jeunes)
contact-type-jugendmigrationsdienst-desc = Conseil pour les jeunes de 12 à 27 ans : école, formation, langue.
contact-type-kita-schulamt = Kita- und Schulamt (service des crèches et des écoles)
contact-type-kita-schulamt-desc = Places en Kita et inscription à l’école.
contact-type-jugendamt = Jugendamt (service de protection de l’enfance)
contact-type-jugendamt-desc = Aide pour les enfants, les jeunes et les parents.
contact-type-standesamt = Standesamt (bureau de l’état civil)
contact-type-standesamt-desc = Actes de naissance et actes de mariage en Allemagne.
contact-type-anerkennungsberatung = Anerkennungsberatung (conseil pour la reconnaissance des diplômes)
contact-type-anerkennungsberatung-desc = Aide pour la reconnaissance des diplômes étrangers.
contact-type-krankenkasse = Krankenkasse (caisse d’assurance maladie)
contact-type-krankenkasse-desc = Carte d’assurance maladie (Gesundheitskarte) et frais de médecin et d’hôpital.
contact-type-hausarzt = Hausarztpraxis (cabinet de médecin généraliste)
contact-type-hausarzt-desc = Le premier endroit où aller en cas de maladie. Notez ici votre propre cabinet.
contact-type-gesundheitsamt = Gesundheitsamt (service de santé publique)
contact-type-gesundheitsamt-desc = Vaccins, conseils et examens médicaux.
contact-type-rechtsanwalt = Avocate ou avocat (Anwältin oder Anwalt)
contact-type-rechtsanwalt-desc = Aide pour un recours en justice (Klage), par exemple contre une décision du BAMF.
contact-type-ehrenamt = Aide bénévole (Ehrenamt)
contact-type-ehrenamt-desc = Des bénévoles aident dans la vie de tous les jours, par exemple pour les lettres et les rendez-vous.

## Labels of the fields of a contact

contact-field-organisation = Organisme
contact-field-department = Service
contact-field-address = Adresse
contact-field-phone = Téléphone
contact-field-email = E-mail
contact-field-web = Site internet
contact-field-hours = Heures d’ouverture
contact-field-languages = Langues
contact-field-notes = Remarques
contact-by-appointment = Uniquement sur rendez-vous
contact-facts-as-of = Informations de { $year }
contact-facts-unknown = On ne sait pas de quand datent ces informations.
