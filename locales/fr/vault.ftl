# The safe folder (encrypted data on the device). Translated from locales/de/vault.ftl.

vault-title = Mon classeur sécurisé
vault-nav = Mes données
vault-intro = Ici, vous enregistrez vos données personnelles. Tout est chiffré. On peut les lire seulement avec votre mot de passe.
vault-status-locked = Le classeur est verrouillé.
vault-status-unlocked = Le classeur est ouvert.
vault-working = Veuillez patienter. Cela prend quelques secondes.
vault-cancel = Annuler
vault-done = Terminé

# Create
vault-create-title = Créer le classeur sécurisé
vault-create-intro = Choisissez un mot de passe. Une longue phrase est une bonne idée, par exemple quatre mots que personne d’autre ne connaît.
vault-passphrase = Mot de passe
vault-passphrase-repeat = Répéter le mot de passe
vault-passphrase-show = Afficher le mot de passe
vault-passphrase-mismatch = Les deux mots de passe ne sont pas identiques.
vault-passphrase-too-short = Le mot de passe est trop court. Il faut au moins { $min ->
    [one] { $min } caractère
   *[other] { $min } caractères
}.
vault-strength-label = Force du mot de passe
vault-strength-weak = Faible. Veuillez choisir un mot de passe plus long.
vault-strength-fair = Moyen. Un mot de passe plus long est plus sûr.
vault-strength-good = Bon.
vault-strength-strong = Très bon.
vault-create-warning = Important : personne ne peut récupérer votre mot de passe, nous non plus. Sans le mot de passe ou la clé de récupération, vos données sont perdues pour toujours.
vault-create-understood = J’ai compris.
vault-create-button = Créer le classeur

# Recovery sheet
vault-recovery-title = Feuille de récupération
vault-recovery-intro = Voici votre clé de récupération. Avec elle, vous ouvrez votre classeur si vous avez oublié le mot de passe.
vault-recovery-once = La clé est affichée seulement maintenant. L’application ne l’enregistre pas.
vault-recovery-step-print = Imprimez cette feuille ou recopiez la clé exactement.
vault-recovery-step-keep = Gardez la feuille à la maison, loin de votre téléphone. Ne la mettez pas dans le classeur que vous montrez aux rendez-vous. Ne la montrez à personne.
vault-recovery-step-use = Mot de passe oublié ? Touchez « Mot de passe oublié ? » et entrez cette clé.
vault-recovery-key-label = Clé de récupération
vault-recovery-qr-label = Code QR avec la clé de récupération
vault-recovery-created = Créée le { $date }
vault-recovery-print = Imprimer
vault-recovery-kept = J’ai bien gardé la clé.
vault-recovery-replace-title = Nouvelle clé de récupération
vault-recovery-replace-intro = Vous avez perdu la feuille ? Créez une nouvelle clé. Ensuite, l’ancienne clé n’ouvre plus ce classeur.
vault-recovery-replace-button = Créer une nouvelle clé

# Unlock
vault-unlock-title = Ouvrir le classeur
vault-unlock-intro = Votre classeur est verrouillé. Entrez votre mot de passe.
vault-unlock-button = Ouvrir
vault-forgot = Mot de passe oublié ?
vault-recovery-unlock-title = Ouvrir avec la clé de récupération
vault-recovery-unlock-intro = Entrez la clé de votre feuille de récupération. Ensuite, choisissez un nouveau mot de passe.
vault-recovery-input = Clé de récupération
vault-recovery-unlock-button = Ouvrir et enregistrer le nouveau mot de passe

# Lock
vault-lock-now = Verrouiller maintenant
vault-locked-manual = Le classeur est maintenant verrouillé.
vault-locked-auto = Le classeur a été verrouillé automatiquement.

# My details
vault-data-title = Mes informations
vault-name-label = Mon nom
vault-notes-label = Notes
vault-save = Enregistrer
vault-saved = Enregistré.
vault-damaged = Une entrée est abîmée et ne peut pas être ouverte : { $name }. Tout le reste est en ordre.
vault-kind-profile = Nom
vault-kind-note = Notes
vault-kind-checklist = Coches dans les listes de contrôle
vault-kind-settings = Réglages
vault-kind-document = Un document
vault-kind-appointment = Un rendez-vous
vault-kind-consultation = Un entretien de conseil
vault-kind-other = Entrée { $id }
vault-checklist-locked = Ouvrez votre classeur sécurisé. Ensuite, vous pouvez cocher et enregistrer.

# Settings
vault-settings-title = Réglages
vault-autolock-label = Verrouiller automatiquement quand personne n’utilise l’application, après
vault-autolock-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
vault-autolock-hidden = Le classeur se verrouille aussi quand l’application est en arrière-plan pendant 30 secondes, sauf pendant que vous prenez une photo ou choisissez un fichier.

# Change passphrase
vault-change-title = Changer le mot de passe
vault-current-passphrase = Mot de passe actuel
vault-new-passphrase = Nouveau mot de passe
vault-new-passphrase-repeat = Répéter le nouveau mot de passe
vault-change-button = Changer le mot de passe
vault-changed = Le mot de passe a été changé.

# Storage
vault-storage-title = Espace de stockage
vault-storage-usage = Utilisé : { $used } sur { $available }
vault-storage-unknown = Le navigateur ne dit pas combien de place est libre.
vault-storage-persisted = Le navigateur garde vos données de façon durable.
vault-storage-not-persisted = Le navigateur peut effacer vos données quand il manque de place. Enregistrez souvent une copie de sauvegarde.

# Backup
vault-backup-title = Copie de sauvegarde
vault-backup-intro = Une copie de sauvegarde est un fichier avec toutes les données, chiffré. Enregistrez-la dans un autre endroit, par exemple sur une clé USB. Vous l’ouvrez avec votre mot de passe ou avec la clé de récupération.
vault-backup-export = Enregistrer une copie de sauvegarde
vault-backup-exported = La copie de sauvegarde a été enregistrée : { $file }
vault-backup-skipped = { $count ->
    [one] { $count } entrée abîmée manque dans la copie de sauvegarde.
   *[other] { $count } entrées abîmées manquent dans la copie de sauvegarde.
}
vault-import-title = Charger une copie de sauvegarde
vault-import-file = Fichier de la copie de sauvegarde
vault-import-secret = Mot de passe ou clé de récupération de la copie de sauvegarde
vault-import-button = Vérifier et charger
vault-import-exists = Il y a déjà un classeur sur cet appareil. Si vous chargez la copie de sauvegarde, il sera remplacé. Toutes les données du classeur actuel seront alors perdues.
vault-import-replace = Oui, remplacer le classeur actuel
vault-import-done = La copie de sauvegarde a été chargée : { $records ->
    [one] { $records } entrée
   *[other] { $records } entrées
} et { $blobs ->
    [one] { $blobs } fichier
   *[other] { $blobs } fichiers
}.
vault-import-no-file = Veuillez d’abord choisir un fichier.

# Delete everything
vault-delete-title = Supprimer
vault-delete-intro = Supprimer le classeur : cela supprime votre classeur avec tous les documents et données sur cet appareil. L’application reste et fonctionne toujours sans internet. On ne peut pas l’annuler.
vault-delete-button = Supprimer mon classeur
vault-delete-confirm = Voulez-vous vraiment supprimer votre classeur ? Ensuite tout est perdu, sauf si vous avez une copie de sauvegarde.
vault-delete-yes = Oui, supprimer le classeur
vault-deleted = Votre classeur a été supprimé.

# Errors
vault-error-decrypt = Cela n’a pas marché. Le mot de passe ou la clé est faux, ou les données sont abîmées.
vault-error-recovery-length = La clé de récupération n’a pas la bonne longueur. Elle a 36 caractères en 9 groupes.
vault-error-recovery-character = Dans la clé de récupération, il y a un caractère qui n’est jamais dans une clé de récupération. Veuillez vérifier chaque caractère.
vault-error-recovery-typo = Il y a une faute de frappe dans la clé de récupération. Veuillez vérifier chaque caractère.
vault-error-empty-passphrase = Veuillez entrer un mot de passe.
vault-error-kdf-params = Ces données ont des réglages de sécurité non valables. Elles ne seront pas ouvertes.
vault-error-kdf-failed = L’appareil n’a pas assez de mémoire. Veuillez fermer d’autres applications et réessayer.
vault-error-not-a-backup = Ce fichier n’est pas une copie de sauvegarde de Mon classeur (Mein Ordner).
vault-error-newer-version = Ces données viennent d’une version plus récente de l’application. Veuillez recharger l’application.
vault-error-damaged = Les données sont incomplètes ou abîmées. Rien n’a été changé.
vault-error-internal = Une erreur dans l’application. Rien n’a été changé.
vault-error-too-large = Le fichier est trop gros.
vault-error-exists = Il y a déjà un classeur sur cet appareil.
vault-error-no-vault = Il n’y a pas encore de classeur sur cet appareil.
vault-error-storage-full = La mémoire est pleine. Rien n’a été enregistré. Effacez des fichiers ou libérez de la place sur l’appareil.
vault-error-storage = Le navigateur n’a pas pu enregistrer. Rien n’a été changé.
vault-error-worker = Le chiffrement n’a pas pu démarrer. Veuillez recharger la page.
vault-no-browser-save = Ne laissez pas le navigateur enregistrer le mot de passe. S’il demande s’il doit l’enregistrer, choisissez « Jamais ». Sinon, toute personne qui a cet appareil peut ouvrir le classeur.

# Re-confirmed key actions, weak passphrases, backup size (#12 §2, §6)
vault-confirm-needed = Pour cela, il faut votre mot de passe actuel.
vault-autolock-confirm = Un délai plus long avant le verrouillage demande votre mot de passe. Tapez-le et appuyez sur « Confirmer ».
vault-confirm-button = Confirmer
vault-key-replaced = La clé de récupération a été remplacée le { $date }. Les anciennes feuilles de récupération n’ouvrent plus ce classeur.
vault-passphrase-common = Beaucoup de gens utilisent ce mot de passe. Choisissez-en un autre, s’il vous plaît.
vault-passphrase-weak = Ce mot de passe est trop facile à deviner. Utilisez plusieurs mots, ou prenez la proposition.
vault-passphrase-suggest = Proposer un mot de passe
vault-passphrase-suggestion = Mot de passe proposé. Écrivez-le sur papier et gardez-le en lieu sûr :
vault-error-backup-too-large = Une copie de sauvegarde peut faire au plus { $size }. Celle-ci est plus grande, l’application ne peut pas l’utiliser.
vault-remove-app-intro = Retirer l’application : cela supprime le classeur, la langue choisie et l’application enregistrée de ce navigateur. Ensuite l’application a de nouveau besoin d’internet pour démarrer.
vault-remove-app-button = Retirer l’application et toutes les données de ce navigateur
vault-remove-app-confirm = Voulez-vous vraiment retirer l’application et toutes ses données de ce navigateur ?
vault-remove-app-yes = Oui, tout retirer
vault-app-removed = L’application et toutes ses données sont retirées de ce navigateur. Fermez maintenant cet onglet. Si vous rouvrez l’application, elle recommence à zéro.
vault-saved-files = L’application ne peut pas supprimer les fichiers que vous avez enregistrés ou partagés avant : impressions (mein-ordner-….pdf), fichier de calendrier (….ics) et copies de sauvegarde (….meinordner). Cherchez-les dans « Téléchargements » et dans les applications avec lesquelles vous avez partagé, et supprimez-les là.

# The recovery key copied by hand, no screenshot (#12 §1)
vault-recovery-handwrite = Vous pouvez aussi recopier la clé à la main sur une feuille de papier et la garder chez vous. Vérifiez chaque groupe deux fois.
vault-recovery-no-screenshot = Ne faites pas de capture d’écran de cette clé. Une image sur le téléphone est une copie : la personne qui a le téléphone peut ouvrir votre classeur avec elle.
