### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file (for example
### contacts[2].phone, counted from 1), $value = what the file says there.
### French plural: [one] is 0 and 1, so it uses the number, not a fixed "1".

pack-error-summary = { $file } : { $count ->
        [one] { $count } erreur.
       *[other] { $count } erreurs.
    } Le paquet n’a pas été chargé. Les contenus d’avant restent comme ils sont.
pack-warning-missing-languages = Remarque : { $file }, ligne { $line }, { $field } : pas de texte dans ces langues : { $languages }. L’application y montre le texte allemand.
pack-warning-unprintable = Remarque : { $file }, ligne { $line }, { $field } : ces caractères ne peuvent pas être imprimés : { $chars }. L’impression montre « { "\uFFFD" } » à leur place.
pack-check-ok = { $file } : le paquet pour { $town } est correct : { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $items ->
        [one] { $items } point
       *[other] { $items } points
    } pour les listes de contrôle, { $tips ->
        [one] { $tips } conseil.
       *[other] { $tips } conseils.
    }

pack-error-syntax = { $file }, ligne { $line } : le fichier n’est pas un fichier TOML valide. Vérifiez les guillemets, les crochets et les signes égal. ({ $detail })
pack-error-too-large = { $file } : le fichier est trop gros. Au maximum { $max } Ko sont autorisés.
pack-error-not-utf8 = { $file }, ligne { $line } : le fichier n’est pas enregistré en UTF-8. Enregistrez-le en UTF-8.
pack-error-unreadable = { $file } : le fichier ne peut pas être lu. ({ $detail })
pack-error-unsupported-format = { $file }, ligne { $line }, { $field } : cette application ne connaît pas la version de format { $found }. Elle lit les versions de format 1 à { $supported }.
pack-error-missing-field = { $file }, ligne { $line } : le champ « { $field } » manque.
pack-error-unknown-field = { $file }, ligne { $line } : le champ « { $field } » n’existe pas. Est-ce une faute d’orthographe ?
pack-error-wrong-type = { $file }, ligne { $line }, { $field } : ici, il y a { $found ->
        [string] un texte
        [integer] un nombre entier
        [float] un nombre à virgule
        [boolean] une valeur vrai ou faux
        [datetime] une date
        [array] une liste
        [table] une table
       *[other] une autre valeur
    }, mais il faut { $expected ->
        [string] un texte entre guillemets
        [integer] un nombre entier
        [boolean] true ou false
        [array] une liste entre crochets
        [table] une table
       *[other] une autre valeur
    }.
pack-error-empty = { $file }, ligne { $line }, { $field } : le champ est vide. Si vous ne connaissez pas la valeur, enlevez tout le champ.
pack-error-too-long = { $file }, ligne { $line }, { $field } : le texte est trop long. Au maximum { $max } caractères sont autorisés.
pack-error-invalid-key = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas une clé valide. Sont autorisés : les lettres minuscules de a à z, les chiffres et des tirets seuls.
pack-error-duplicate-key = { $file }, ligne { $line }, { $field } : « { $value } » est deux fois dans le fichier.
pack-error-unknown-tab = { $file }, ligne { $line }, { $field } : la section « { $value } » n’existe pas. Possibles : { $allowed }.
pack-error-unknown-doctype = { $file }, ligne { $line }, { $field } : le type de document « { $value } » n’existe pas.
pack-error-unknown-contact-type = { $file }, ligne { $line }, { $field } : le type de contact « { $value } » n’existe pas.
pack-error-unknown-text-language = { $file }, ligne { $line }, { $field } : l’application ne peut pas montrer de textes dans la langue « { $value } ». Possibles : { $allowed }.
pack-error-invalid-language-code = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas un code de langue. Écrivez 2 ou 3 lettres minuscules, par exemple de, en ou ar.
pack-error-missing-german = { $file }, ligne { $line }, { $field } : le texte allemand (de) manque. L’allemand est toujours obligatoire.
pack-error-invalid-phone = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas un numéro de téléphone. Sont autorisés : les chiffres, les espaces et les signes + / - ( ).
pack-error-invalid-email = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas une adresse e-mail.
pack-error-invalid-web = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas une adresse internet. Elle doit commencer par https:// ou http://.
pack-error-invalid-date = { $file }, ligne { $line }, { $field } : « { $value } » n’est pas une date. Écrivez-la comme ceci : 2025-03-31.
pack-error-unknown-entry = { $file }, ligne { $line }, { $field } : « { $value } » n’existe pas dans le contenu standard. On peut masquer (hidden) seulement des entrées qui existent.
