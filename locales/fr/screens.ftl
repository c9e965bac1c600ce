# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = Section { $number } : { $title }
tabs-progress = Fait : { $done } sur { $total }
tabs-back = Retour à la vue d’ensemble
tabs-section-intro = C’est important
tabs-item-doctype = Papier pour ce point : { $doctype }
tabs-ticks-memory-only = Vos coches ne sont pas encore enregistrées. Si vous fermez l’application, elles sont perdues.
tabs-ticks-vault = Vos coches sont enregistrées de façon chiffrée sur cet appareil.
tabs-contact-to-fill = à remplir par votre ville
tabs-contact-copy = Copier l’adresse
tabs-contact-copied = L’adresse est copiée.
tabs-contact-copy-failed = La copie n’a pas marché. Veuillez recopier l’adresse à la main.
tabs-contact-call = Appeler : { $phone }
tabs-no-contacts = Il n’y a pas encore de contacts pour cette section.
tabs-german-only = seulement en allemand

## Town

town-heading = Votre ville
town-hint = Choisissez votre ville. Vous voyez alors les contacts et les informations pour votre ville.
town-none = Pas de ville : seulement des informations générales pour l’Allemagne
town-current = Ville choisie : { $town }
town-current-none = Aucune ville choisie
town-change = Choisir la ville
town-updated = Informations à jour au : { $date }
town-import-heading = Charger le fichier d’une ville
town-import-hint = Une administration ou un service de conseil peut vous donner un fichier avec les contacts de votre ville (terminaison .toml).
town-import-button = Choisir un fichier
town-import-ok = Le fichier pour { $town } est chargé.
town-memory-only = La ville choisie n’est pas encore enregistrée. La prochaine fois que vous ouvrez l’application, veuillez la choisir à nouveau.
town-vault = La ville choisie est enregistrée de façon chiffrée sur cet appareil.
town-imported = chargé depuis un fichier

## Search

search-button = Rechercher
search-heading = Rechercher
search-label = Que cherchez-vous ?
search-hint = Vous pouvez chercher en allemand ou dans votre langue.
search-results = { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-none = Rien trouvé. Essayez un autre mot.
search-kind-title = Section
search-kind-intro = Introduction
search-kind-tip = Conseil
search-kind-item = Liste de contrôle
search-kind-contact = Contact

## Office editor

office-open = Modifier le fichier d’une ville (pour les administrations)
office-heading = Modifier le fichier d’une ville
office-intro = Ici, une administration ou un service de conseil prépare le fichier pour sa ville : entrer les contacts, traduire les informations, vérifier et enregistrer comme fichier.
office-start-empty = Commencer avec un fichier vide
office-start-from = Commencer avec { $town }
office-start-confirm = Vos modifications ici seront perdues. Recommencer quand même ?
office-town-name = Nom de la ville
office-key = Nom court du fichier (seulement a–z, 0–9 et -)
office-contacts = Contacts
office-contact-heading = Contact { $number }
office-add-contact = Ajouter un contact
office-remove = Supprimer
office-move-up = Monter
office-move-down = Descendre
office-contact-key = Clé (seulement a–z, 0–9 et -)
office-contact-type = Type de service
office-contact-type-none = aucun
office-contact-tabs = Dans quelles sections ?
office-languages-hint = Codes de langue, séparés par des virgules, par exemple : de, ar, en
office-contact-facts-as-of = Date des informations (selon la source)
office-text-german = Allemand
office-add-translation = Ajouter une traduction
office-remove-translation = Supprimer la traduction
office-translation-language = Langue de la traduction
office-missing-languages = Pas encore de traduction – l’application y montre le texte allemand :
office-check = Vérifier
office-export = Enregistrer comme fichier
office-issues = { $count ->
        [one] { $count } problème trouvé. Veuillez le corriger avant d’enregistrer.
       *[other] { $count } problèmes trouvés. Veuillez les corriger avant d’enregistrer.
    }
office-exported = Le fichier { $file } est enregistré.

# About this app (#12 §8)
home-about-title = À propos de cette application
home-about-build = Numéro de build : { $build }
home-about-build-help = Avec ce numéro, un service de conseil ou une administration peut voir quelle version de l’application fonctionne sur cet appareil.
home-about-origin = Cette application est chargée depuis : { $origin }
