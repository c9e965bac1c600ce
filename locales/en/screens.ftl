# Mein Ordner: the screens of the register tabs (home cards, tab page, town choice, search, office editor).

## Home and tab page

tabs-open-tab = Tab { $number }: { $title }
tabs-progress = { $done } of { $total } done
tabs-back = Back to the overview
tabs-section-intro = What matters
tabs-item-doctype = Paper for this: { $doctype }
tabs-ticks-memory-only = Your ticks are not saved yet. When you close the app, they are gone.
tabs-ticks-vault = Your ticks are saved encrypted on this device.
tabs-contact-to-fill = to be filled in by your town
tabs-contact-copy = Copy address
tabs-contact-copied = The address is copied.
tabs-contact-copy-failed = Copying did not work. Please write the address down.
tabs-contact-call = Call: { $phone }
tabs-no-contacts = This tab has no contacts yet.
tabs-german-only = only in German

## Town

town-heading = Your town
town-hint = Choose your town. Then you see the contacts and notes for your town.
town-none = No town: only general notes for Germany
town-current = Chosen town: { $town }
town-current-none = No town chosen
town-change = Choose town
town-updated = Information as of: { $date }
town-import-heading = Load a town's file
town-import-hint = An office or an advice centre can give you a file with the contacts of your town (ending .toml).
town-import-button = Choose file
town-import-ok = The file for { $town } is loaded.
town-memory-only = The chosen town is not saved yet. Next time you open the app, please choose it again.
town-vault = The chosen town is saved encrypted on this device.
town-imported = loaded from a file

## Search

search-button = Search
search-heading = Search
search-label = What are you looking for?
search-hint = You can search in German or in your language.
search-results = { $count ->
        [one] 1 result
       *[other] { $count } results
    }
search-none = Nothing found. Try another word.
search-kind-title = Tab
search-kind-intro = Introduction
search-kind-tip = Tip
search-kind-item = Checklist
search-kind-contact = Contact

## Office editor

office-open = Edit a town's file (for offices)
office-heading = Edit a town's file
office-intro = Here an office or an advice centre makes the file for its town: enter contacts, translate notes, check and save as a file.
office-start-empty = Start empty
office-start-from = Start with { $town }
office-start-confirm = Your changes here will be lost. Start again anyway?
office-town-name = Name of the town
office-key = Short name of the file (only a–z, 0–9 and -)
office-contacts = Contacts
office-contact-heading = Contact { $number }
office-add-contact = Add contact
office-remove = Remove
office-move-up = Move up
office-move-down = Move down
office-contact-key = Key (only a–z, 0–9 and -)
office-contact-type = Kind of office
office-contact-type-none = none
office-contact-tabs = In which tabs?
office-languages-hint = Language codes, separated by commas, for example: de, ar, en
office-contact-facts-as-of = Date of the information (from its source)
office-text-german = German
office-add-translation = Add translation
office-remove-translation = Remove translation
office-translation-language = Language of the translation
office-missing-languages = No translation yet – the app shows the German text there:
office-check = Check
office-export = Save as a file
office-issues = { $count ->
        [one] 1 problem found. Please correct it before saving.
       *[other] { $count } problems found. Please correct them before saving.
    }
office-exported = The file { $file } is saved.

# About this app (#12 §8)
home-about-title = About this app
home-about-build = Build number: { $build }
home-about-build-help = With this number an advice centre or an office can see which version of the app runs on this device.
home-about-origin = This app is loaded from: { $origin }
