### Deadlines, appointments, the consultation log and the calendar export (.ics).
### Translated from locales/de/dates.ftl (the source).

## Weekdays and dates. { $date } is always written 21.11.2026.
date-weekday-mon = lundi
date-weekday-tue = mardi
date-weekday-wed = mercredi
date-weekday-thu = jeudi
date-weekday-fri = vendredi
date-weekday-sat = samedi
date-weekday-sun = dimanche
date-with-weekday = { $weekday } { $date }

## Deadlines
deadline-title-lawsuit = Recours (Klage) au tribunal administratif
deadline-title-urgent-application = Demande urgente (Eilantrag) au tribunal administratif
deadline-title-objection = Faire opposition (Widerspruch)
deadline-title-tax-objection = Faire opposition (Einspruch)
deadline-title-objection-or-lawsuit = Opposition (Widerspruch) ou recours (Klage) : voir la fin de la décision
deadline-title-register-address = Déclarer votre adresse (Anmeldung)
deadline-title-expiry = Le papier expire
deadline-title-renew-early = Prolongation : prenez rendez-vous maintenant
deadline-title-renew-last = Prolongation : dernier rappel
deadline-title-appointment = Rendez-vous
deadline-title-bamf-appointment = Rendez-vous au BAMF : très important
deadline-title-family-reunification = Regroupement familial (Familiennachzug) : faire la demande
deadline-title-missing-date = Aucun délai calculé : la date manque
deadline-missing-date-short = Date manquante
deadline-last-day = Dernier jour : { $date }
deadline-based-on = Base légale : { $law }
deadline-note-moved = Le délai devait finir le { $date }, un week-end ou un jour férié. Il finit donc le jour ouvrable suivant. L’application compte seulement les jours fériés de toute l’Allemagne, pas ceux de votre seul Land.
deadline-note-outcome-unknown = Vous n’avez pas encore choisi ce que dit la décision. L’application montre donc le délai le plus court : 1 semaine.
deadline-note-instructions-missing = Vous avez choisi : la Rechtsbehelfsbelehrung (le texte sur vos droits) manque ou est fausse. Seul un avocat ou une avocate peut vérifier si c’est vrai. Seulement dans ce cas, un délai de 1 an peut s’appliquer ({ $law }). C’est pourquoi l’application montre le délai court : 1 semaine pour le recours et la demande urgente. N’attendez pas.
deadline-missing-date = Aucun délai calculé : entrez la date écrite sur l’enveloppe jaune (ou le jour où la lettre est arrivée). Le délai court peut-être déjà. Demandez conseil à un centre de conseil aujourd’hui.
deadline-advice = Demandez de l’aide tout de suite : Asylverfahrensberatung (conseil en asile), Flüchtlingsrat (conseil des réfugiés), Migrationsberatung (conseil en migration) ou un avocat ou une avocate. Les adresses sont dans la section « Conseil et aide ».
deadline-due-title = Bientôt
deadline-due-empty = Rien dans les 30 prochains jours.
deadline-due-overdue = Déjà passé
deadline-due-week = Dans les 7 prochains jours
deadline-due-month = Dans les 30 prochains jours
deadline-due-today = Aujourd’hui
deadline-from-document = Du papier : { $doctype }

## Appointments
appt-title = Rendez-vous
appt-intro = Vos rendez-vous dans les administrations et les services de conseil. Ils sont enregistrés chiffrés dans votre classeur sécurisé.
appt-locked = Ouvrez d’abord votre classeur sécurisé. Vous voyez ensuite vos rendez-vous et vos délais.
appt-open-folder = Ouvrir le classeur sécurisé
appt-add = Nouveau rendez-vous
appt-edit = Modifier
appt-delete = Supprimer
appt-delete-confirm = Vraiment supprimer ? Appuyez encore une fois sur « Supprimer ».
appt-save = Enregistrer
appt-cancel = Annuler
appt-date = Date
appt-time = Heure (si vous la connaissez)
appt-office = Où ? Administration ou service, bureau
appt-contact = Contact du répertoire
appt-contact-none = Aucun contact
appt-bring = À apporter
appt-bring-hint = Choisissez des points de vos listes.
appt-notes = Notes
appt-empty = Pas encore de rendez-vous.
appt-past = Rendez-vous passés
appt-saved = Enregistré.
appt-deleted = Supprimé.
appt-when-time = { $date }, { $time }
appt-error-no-date = Veuillez entrer une date.
appt-error-no-office = Veuillez écrire où ou chez qui est le rendez-vous.
appt-error-too-long = Le texte est trop long.
appt-deadlines = Délais de vos papiers
appt-deadlines-none = Pas encore de délais. Les délais viennent des dates sur vos papiers.
appt-export = Créer le fichier de calendrier (.ics)
appt-export-hint = Ouvrez le fichier avec le calendrier de votre téléphone. Il vous rappellera alors les délais et les rendez-vous. Attention : le fichier n’est pas chiffré.
appt-all = Tous les rendez-vous et délais

## Consultation log
log-title = Entretiens de conseil
log-intro = Chez qui étiez-vous ? Qu’est-ce qui a été convenu ? Quelle est la prochaine étape ? Ainsi, toutes les personnes qui vous aident voient la même chose.
log-add = Nouvelle entrée
log-date = Date
log-who = Chez qui ? Personne ou service
log-agreed = Qu’est-ce qui a été convenu ?
log-next = Prochaines étapes
log-empty = Pas encore d’entrée.
log-error-no-who = Veuillez écrire chez qui vous étiez.
log-open = Voir les entretiens

## Calendar file
ics-deadline-summary = Délai : { $title }
ics-appt-summary = Rendez-vous : { $office }
