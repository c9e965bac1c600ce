# Mein Ordner: the screens of the register tabs, in Pashto. From locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = برخه { $number }: { $title }
tabs-progress = { $done } له { $total } څخه بشپړ شوي
tabs-back = بېرته عمومي کتنې ته
tabs-section-intro = دا مهم دي
tabs-item-doctype = اړوند سند: { $doctype }
tabs-ticks-memory-only = ستاسو نښې لا نه خوندي کېږي. کله چې اپلیکیشن وتړئ، له منځه ځي.
tabs-ticks-vault = ستاسو نښې په دې وسیله کې په کوډ شوي ډول خوندي کېږي.
tabs-contact-to-fill = ستاسو ښار به یې ولیکي
tabs-contact-copy = پته کاپي کړئ
tabs-contact-copied = پته کاپي شوه.
tabs-contact-copy-failed = کاپي نه شوه. مهرباني وکړئ پته ولیکئ.
tabs-contact-call = زنګ ووهئ: { $phone }
tabs-no-contacts = د دې برخې لپاره لا اړیکې نشته.
tabs-german-only = یوازې په الماني

## Town

town-heading = ستاسو ښار
town-hint = خپل ښار وټاکئ. بیا د خپل ښار اړیکې او لارښوونې وینئ.
town-none = هېڅ ښار نه: یوازې د آلمان لپاره عمومي لارښوونې
town-current = ټاکل شوی ښار: { $town }
town-current-none = هېڅ ښار نه دی ټاکل شوی
town-change = ښار وټاکئ
town-updated = د معلوماتو نېټه: { $date }
town-import-heading = د یو ښار فایل بار کړئ
town-import-hint = یوه اداره یا د مشورې مرکز کولای شي تاسو ته د ستاسو د ښار د اړیکو فایل درکړي (پای یې .toml دی).
town-import-button = فایل وټاکئ
town-import-ok = د { $town } فایل بار شو.
town-memory-only = ټاکل شوی ښار لا نه خوندي کېږي. کله چې بل ځل اپلیکیشن پرانیزئ، مهرباني وکړئ بیا یې وټاکئ.
town-vault = ټاکل شوی ښار په دې وسیله کې په کوډ شوي ډول خوندي کېږي.
town-imported = له فایل نه بار شوی

## Search

search-button = لټون
search-heading = لټون
search-label = د څه لټون کوئ؟
search-hint = تاسو کولای شئ په الماني یا په خپله ژبه لټون وکړئ.
search-results = { $count ->
        [one] 1 پایله
       *[other] { $count } پایلې
    }
search-none = هېڅ ونه موندل شو. بله کلمه وازمویئ.
search-kind-title = برخه
search-kind-intro = پېژندنه
search-kind-tip = لارښوونه
search-kind-item = د کارونو لېست
search-kind-contact = اړیکه

## Office editor

office-open = د ښار فایل سمول (د ادارو لپاره)
office-heading = د ښار فایل سمول
office-intro = دلته یوه اداره یا د مشورې مرکز د خپل ښار لپاره فایل جوړوي: اړیکې لیکي، لارښوونې ژباړي، ګوري یې او د فایل په توګه یې خوندي کوي.
office-start-empty = له خالي نه پیل کړئ
office-start-from = له { $town } سره پیل کړئ
office-start-confirm = دلته ستاسو بدلونونه به له منځه ولاړ شي. سره له دې هم بیا پیل کوئ؟
office-town-name = د ښار نوم
office-key = د فایل لنډ نوم (یوازې a–z، 0–9 او -)
office-contacts = اړیکې
office-contact-heading = اړیکه { $number }
office-add-contact = اړیکه زیاته کړئ
office-remove = لرې کړئ
office-move-up = پورته
office-move-down = ښکته
office-contact-key = کیلي (یوازې a–z، 0–9 او -)
office-contact-type = د ادارې ډول
office-contact-type-none = هېڅ
office-contact-tabs = په کومو برخو کې؟
office-languages-hint = د ژبو کوډونه، په کامې سره جلا، د بېلګې په توګه: de, ar, en
office-contact-facts-as-of = د معلوماتو نېټه (له سرچینې)
office-text-german = الماني
office-add-translation = ژباړه زیاته کړئ
office-remove-translation = ژباړه لرې کړئ
office-translation-language = د ژباړې ژبه
office-missing-languages = لا تر اوسه بې ژباړې – اپلیکیشن هلته الماني متن ښيي:
office-check = وګورئ
office-export = د فایل په توګه خوندي کړئ
office-issues = { $count ->
        [one] 1 ستونزه وموندل شوه. مهرباني وکړئ له خوندي کولو مخکې یې سمه کړئ.
       *[other] { $count } ستونزې وموندل شوې. مهرباني وکړئ له خوندي کولو مخکې یې سمې کړئ.
    }
office-exported = فایل { $file } خوندي شو.

# About this app (#12 §8)
home-about-title = د دې اپ په اړه
home-about-build = د جوړښت شمېره (Build): { $build }
home-about-build-help = په دې شمېرې سره د مشورې مرکز یا اداره لیدلی شي چې د اپ کومه نسخه په دې وسیله کې چلېږي.
home-about-origin = دا اپ له دې پتې څخه راځي: { $origin }
