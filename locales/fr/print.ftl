# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = Préparation de l’impression …
print-working-load = Chargement des polices et des textes …
print-working-pages = Mise en page …
print-done = Terminé. Pages : { $pages } · Taille : { $size } · Temps : { $seconds } s
print-error-worker = L’impression n’a pas pu démarrer. Rechargez la page et réessayez.
print-error-offline = Les polices pour l’impression ne sont pas encore sur cet appareil. Ouvrez l’application une fois avec Internet et réessayez.
print-error-font = Un fichier de police pour l’impression est abîmé. Rechargez la page.
print-error-pack = Le fichier de la ville ne peut pas être lu. Vérifiez-le dans « Choisir la ville ».
print-error-scan = La page { $index } des documents scannés n’est pas une image JPEG lisible. Scannez cette page à nouveau.
print-error-internal = Le PDF n’a pas pu être créé. Réessayez.
print-blank-open = Imprimer un classeur vide (pour les services)
print-blank-title = Imprimer un classeur vide
print-blank-intro = Pour les services et les centres de conseil : un classeur vide à imprimer, en allemand et dans une deuxième langue, avec les contacts d’une ville. A4, avec une marge pour perforer.
print-blank-language = Deuxième langue
print-blank-german-only = Allemand seulement
print-blank-unreviewed = Personne de langue maternelle n’a encore vérifié cette traduction.
print-blank-town = Ville
print-blank-town-none = Sans ville (lignes vides à remplir)
print-blank-town-file = Fichier chargé : { $file }
print-blank-town-load = Charger le fichier d’une ville
print-blank-button = Créer le classeur en PDF
print-recovery-pdf = Créer un PDF
print-consult-open = Imprimer les papiers pour un rendez-vous de conseil
print-consult-title = Papiers pour le rendez-vous de conseil
print-consult-intro = Vous choisissez ce qui est sur l’impression. Elle commence par un résumé pour la conseillère ou le conseiller : ce qui est là, ce qui manque, ce qui arrive bientôt.
print-consult-tabs = Onglets
print-consult-personal = Personnel
print-consult-locked = Votre classeur est verrouillé. Les coches, le nom, les notes et les documents sont disponibles seulement quand il est ouvert.
print-consult-open-folder = Ouvrir le classeur
print-consult-ticks = Montrer ce qui est fait dans les listes
print-consult-name = Imprimer mon nom
print-consult-name-field = Nom
print-consult-notes = Imprimer mes notes
print-consult-documents = Documents
print-consult-deadlines = Délais
print-consult-appointments = Rendez-vous
print-consult-log = Rendez-vous de conseil précédents
print-consult-nothing = Rien n’est encore enregistré.
print-consult-privacy = L’impression contient des données personnelles. Donnez-la seulement à des personnes de confiance. L’application n’envoie rien.
print-consult-button = Créer l’impression en PDF

# A finished file: print, share or save (#12 §1)
print-ready = Le fichier est prêt. Il n’est encore enregistré nulle part. Choisissez ce que vous voulez en faire.
print-print = Imprimer
print-share = Partager (par exemple avec une application d’imprimante)
print-save-file = Enregistrer comme fichier
print-save-warning = Attention : un fichier enregistré n’est pas protégé. Toute personne qui utilise cet appareil peut l’ouvrir. Supprimez le fichier après l’impression.
print-save-warning-key = Avec ce fichier, n’importe qui peut ouvrir votre classeur. Ne l’enregistrez que si vous ne pouvez pas l’imprimer autrement.
print-saved = Enregistré sous { $file }.
print-saved-personal = Enregistré sous { $file }. Après l’impression, supprimez le fichier dans « Téléchargements ».
print-print-failed = L’impression n’a pas pu démarrer. Vous pouvez partager ou enregistrer le fichier.
print-share-failed = Le partage n’a pas marché. Vous pouvez imprimer ou enregistrer le fichier.
print-save-failed = Le fichier n’a pas pu être enregistré.
