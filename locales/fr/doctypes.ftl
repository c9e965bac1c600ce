### Document types and deadline rules. Translated from locales/de/doctypes.ftl (the source).
### Keep the reference { deadline-not-legal-advice } in every deadline text.

## Arrivée

doctype-ankunftsnachweis = Ankunftsnachweis (attestation d’arrivée)
doctype-aufenthaltsgestattung = Aufenthaltsgestattung (autorisation de séjour pendant la procédure d’asile)
doctype-aufenthaltserlaubnis = Aufenthaltserlaubnis (titre de séjour)
doctype-duldung = Duldung (sursis à l’expulsion)
doctype-fiktionsbescheinigung = Fiktionsbescheinigung (attestation provisoire de séjour)
doctype-bamf-einladung = Lettre du BAMF avec un rendez-vous (par exemple l’audition)
doctype-bamf-anhoerung = Procès-verbal de l’audition (Anhörung) au BAMF
doctype-bamf-bescheid = Décision (Bescheid) du BAMF

## Argent

doctype-sozialamt-bescheid = Décision (Bescheid) du Sozialamt (AsylbLG)
doctype-bezahlkarte = Carte de paiement (Bezahlkarte)
doctype-jobcenter-bescheid = Décision (Bescheid) du Jobcenter (Bürgergeld)
doctype-kontovertrag = Papiers de la banque
doctype-steuer-id = Numéro d’identification fiscale (Steuer-Identifikationsnummer)
doctype-rundfunkbeitrag-befreiung = Dispense de la redevance radio et télévision (Rundfunkbeitrag)

## Logement

doctype-meldebescheinigung = Meldebescheinigung (attestation de domicile)
doctype-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung (attestation du propriétaire)
doctype-mietvertrag = Contrat de location (Mietvertrag)
doctype-wohnberechtigungsschein = Wohnberechtigungsschein (WBS, certificat pour un logement social)
doctype-energievertrag = Contrat d’électricité ou de gaz

## Apprendre l'allemand

doctype-integrationskurs-berechtigung = Autorisation (Berechtigung) pour le cours d’intégration
doctype-kurs-anmeldung = Inscription au cours de langue
doctype-teilnahmebestaetigung = Attestation de participation au cours
doctype-sprachzertifikat = Certificat de langue (par exemple DTZ)
doctype-leben-in-deutschland = Certificat « Leben in Deutschland » (Vivre en Allemagne)

## Enfants et famille

doctype-kita-anmeldung = Inscription ou bon (Gutschein) pour la Kita
doctype-schulanmeldung = Inscription à l’école
doctype-kindergeld-bescheid = Décision (Bescheid) de la Familienkasse (Kindergeld)
doctype-kinderuntersuchungsheft = Carnet jaune des examens de l’enfant (U-Heft)

## Travail

doctype-beschaeftigungserlaubnis = Autorisation de travailler (Beschäftigungserlaubnis)
doctype-arbeitsvertrag = Contrat de travail (Arbeitsvertrag)
doctype-lohnabrechnung = Fiche de paie (Lohnabrechnung)
doctype-sozialversicherungsausweis = Carte de sécurité sociale (Sozialversicherungsausweis)
doctype-lebenslauf = CV et candidature

## Formation professionnelle et études

doctype-schulzeugnis = Bulletin ou diplôme scolaire (Schulzeugnis)
doctype-berufszeugnis = Certificat d’un métier ou d’études
doctype-anerkennungsbescheid = Décision (Bescheid) sur la reconnaissance d’un diplôme
doctype-ausbildungsvertrag = Contrat de formation (Ausbildungsvertrag)

## Santé

doctype-gesundheitskarte = Carte d’assurance maladie (Gesundheitskarte)
doctype-behandlungsschein = Bon de soins (Behandlungsschein)
doctype-impfpass = Carnet de vaccination (Impfpass)
doctype-arztbrief = Lettre du médecin ou résultat d’examen
doctype-krankmeldung = Certificat de maladie (Arbeitsunfähigkeitsbescheinigung)

## Conseil et aide

doctype-beratungsnotiz = Note d’un rendez-vous de conseil
doctype-vollmacht = Procuration (Vollmacht)
doctype-anwaltsschreiben = Lettre d’une avocate, d’un avocat ou d’un tribunal

## Autres documents

doctype-reisepass = Passeport
doctype-id-karte = Carte d’identité du pays d’origine
doctype-geburtsurkunde = Acte de naissance
doctype-heiratsurkunde = Acte de mariage
doctype-fuehrerschein = Permis de conduire
doctype-beglaubigte-uebersetzung = Traduction certifiée (beglaubigte Übersetzung)
doctype-sonstiges = Autre papier

## Deadline rules

deadline-not-legal-advice = Ce délai est seulement une aide, pas un conseil juridique. Demandez tout de suite à un service de conseil ou à une avocate ou un avocat.
deadline-renew-before-expiry = Ce papier est valable seulement jusqu’à la date d’expiration. La date est écrite sur le papier. Demandez assez tôt avant cette date un nouveau papier ou une prolongation. { deadline-not-legal-advice }
deadline-asylum-decision = Si le BAMF refuse votre demande d’asile, vous avez seulement peu de temps pour un recours en justice (Klage) au tribunal administratif (Verwaltungsgericht). Un recours en justice veut dire : un tribunal vérifie la décision. Le délai commence le jour où la lettre vous est notifiée officiellement (Zustellung). Cette date est écrite sur l’enveloppe jaune. { deadline-not-legal-advice }
deadline-asylum-unfounded = Refusé comme « unbegründet » (non fondé) : recours en justice (Klage) dans un délai de 2 semaines après la notification (Zustellung). { deadline-not-legal-advice }
deadline-asylum-manifestly-unfounded = Refusé comme « offensichtlich unbegründet » (manifestement non fondé) : recours en justice (Klage) et demande urgente (Eilantrag) dans un délai de 1 semaine après la notification (Zustellung). Une demande urgente est une demande pressante au tribunal. { deadline-not-legal-advice }
deadline-asylum-inadmissible = Refusé comme « unzulässig » (irrecevable) : recours en justice (Klage) et demande urgente (Eilantrag) dans un délai de 1 semaine après la notification (Zustellung). Une demande urgente est une demande pressante au tribunal. { deadline-not-legal-advice }
deadline-asylum-refugee-recognised = Reconnu(e) comme réfugié(e) ou ayant droit à l’asile : si votre conjoint ou vos enfants de moins de 18 ans vivent à l’étranger, faites la demande de regroupement familial (Familiennachzug) dans un délai de 3 mois. Vous n’aurez alors pas à prouver que vous avez assez d’argent et de logement. Vous pouvez aussi faire la demande vous-même en Allemagne, par exemple à l’Ausländerbehörde. Les 3 mois commencent quand la décision (Bescheid) ne peut plus être contestée ; l’application compte déjà à partir de la notification (Zustellung), pour que le délai ne soit jamais affiché trop tard. Si une partie de votre demande a été rejetée, un recours en justice (Klage) dans un délai de 2 semaines peut être nécessaire. { deadline-not-legal-advice }
deadline-register-address = Déclarez votre adresse (Anmeldung) au Bürgeramt (bureau des citoyens) dans les 2 semaines après l’emménagement. { deadline-not-legal-advice }
deadline-objection = Vous n’êtes pas d’accord avec une décision (Bescheid) ? Alors vous pouvez faire une opposition (Widerspruch), le plus souvent dans un délai de 1 mois après avoir reçu la lettre. La fin de la décision dit comment faire. { deadline-not-legal-advice }
deadline-tax-objection = Vous n’êtes pas d’accord avec la décision (Bescheid) de la Familienkasse (caisse des allocations familiales) ? Alors faites une opposition appelée Einspruch, pas Widerspruch : dans un délai de 1 mois après avoir reçu la lettre. La fin de la décision dit comment faire. { deadline-not-legal-advice }
deadline-objection-or-lawsuit = Vous n’êtes pas d’accord avec la décision (Bescheid) sur la reconnaissance de votre diplôme ? Alors vous avez 1 mois après avoir reçu la lettre. Selon le Land, vous faites une opposition (Widerspruch) ou un recours (Klage) au tribunal administratif. La fin de la décision dit ce qui s’applique à vous. { deadline-not-legal-advice }
deadline-appointment = Allez au rendez-vous à l’heure. Vous ne pouvez pas venir ? Prévenez avant et donnez la raison. { deadline-not-legal-advice }
deadline-bamf-appointment = Allez absolument et à l’heure à ce rendez-vous au BAMF. Si une personne ne vient pas sans raison importante, sa procédure d’asile peut être arrêtée. Vous ne pouvez pas venir, par exemple parce que vous êtes malade ? Prévenez le BAMF tout de suite, avant le rendez-vous, et envoyez une preuve, par exemple un certificat médical. { deadline-not-legal-advice }
