# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = Le classeur pour vos papiers importants
pdf-name = Nom
pdf-date = Date
pdf-town = Ville
pdf-town-placeholder = votre ville
pdf-notes = Notes
pdf-contents = Sommaire
pdf-not-reviewed-title = Remarque sur la traduction
pdf-howto-title = Comment utiliser ce classeur
pdf-howto-1 = Le classeur a dix sections. Chaque section a un thème, par exemple l’argent ou le logement.
pdf-howto-2 = Rangez chaque papier derrière la bonne section. Le papier le plus récent va devant.
pdf-howto-3 = Chaque section a une liste de contrôle. Cochez ce que vous avez déjà. Comme ça, vous voyez ce qui manque encore.
pdf-howto-4 = Prenez le classeur à chaque rendez-vous. Comme ça, tout le monde voit la même chose, et vous n’avez pas besoin de tout expliquer deux fois.
pdf-howto-5 = Écrivez tout de suite les nouveaux rendez-vous et les délais sur la page de notes de la section.
pdf-divider-file-here = Rangez vos papiers sur ce thème derrière cette feuille.
pdf-checklist-tick = Cochez ce que vous avez déjà.
pdf-contact-blank = Autre service
pdf-spine-title = Étiquette de dos pour classeur avec un dos de { $width } mm
pdf-spine-cut = Découpez et glissez dans la pochette sur le dos du classeur.

## Recovery sheet

pdf-recovery-title = Feuille de récupération
pdf-recovery-intro = Avec cette clé, vous pouvez ouvrir à nouveau vos données si vous avez oublié votre mot de passe.
pdf-recovery-key = Clé de récupération
pdf-recovery-step-1 = Ouvrez Mon classeur (Mein Ordner) et choisissez « Mot de passe oublié ? ».
pdf-recovery-step-2 = Scannez le code QR ou tapez la clé.
pdf-recovery-step-3 = Ensuite, choisissez un nouveau mot de passe.
pdf-recovery-warning = Toute personne qui a cette feuille peut ouvrir vos données. Gardez-la à la maison, loin de votre téléphone, et pas dans le classeur que vous montrez aux rendez-vous. Ne la montrez à personne.
pdf-recovery-created = Créée le { $date }

## Consultation printout

pdf-consult-title = Documents pour le rendez-vous de conseil
pdf-consult-summary = Vue d’ensemble pour le conseil
pdf-consult-for = Pour
pdf-consult-printed = Imprimé le { $date }
pdf-consult-tabs = Sections
pdf-consult-have = Déjà là
pdf-consult-missing = Manque encore
pdf-consult-due = Délais et rendez-vous
pdf-consult-deadlines = Délais
pdf-consult-appointments = Rendez-vous
pdf-consult-documents = Documents
pdf-consult-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
pdf-consult-valid-until = valable jusqu’au { $date }
pdf-consult-served = notifié le { $date }
pdf-consult-received = reçu le { $date }
pdf-consult-letter-date = lettre du { $date }
pdf-consult-log = Rendez-vous de conseil précédents
pdf-consult-notes = Notes du rendez-vous de conseil
pdf-consult-own-notes = Mes notes
pdf-consult-none = Aucune entrée.
pdf-consult-scan = Scan : { $title }, page { $page } sur { $count }
pdf-consult-privacy = Ce document imprimé contient des données personnelles. La personne a choisi elle-même ce qu’il contient. Merci de ne pas le copier ni le transmettre, et de le rendre ou de le détruire après le rendez-vous.
