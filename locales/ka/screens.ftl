# Mein Ordner: the screens of the register tabs. Translated from locales/de/screens.ftl.

## Home and tab page

tabs-open-tab = ჩანართი { $number }: { $title }
tabs-progress = შესრულებულია: { $done } / { $total }
tabs-back = უკან, მიმოხილვაზე
tabs-section-intro = ეს მნიშვნელოვანია
tabs-item-doctype = შესაბამისი საბუთი: { $doctype }
tabs-ticks-memory-only = თქვენი მონიშვნები ჯერ არ ინახება. თუ აპს დახურავთ, ისინი გაქრება.
tabs-ticks-vault = თქვენი მონიშვნები დაშიფრულად ინახება ამ მოწყობილობაზე.
tabs-contact-to-fill = შეავსებს თქვენი ქალაქი
tabs-contact-copy = მისამართის კოპირება
tabs-contact-copied = მისამართი დაკოპირებულია.
tabs-contact-copy-failed = კოპირება ვერ მოხერხდა. გთხოვთ, მისამართი გადაიწეროთ.
tabs-contact-call = დარეკვა: { $phone }
tabs-no-contacts = ამ ჩანართში ჯერ კონტაქტები არ არის.
tabs-german-only = მხოლოდ გერმანულად

## Town

town-heading = თქვენი ქალაქი
town-hint = აირჩიეთ თქვენი ქალაქი. მაშინ დაინახავთ თქვენი ქალაქის კონტაქტებს და მითითებებს.
town-none = ქალაქის გარეშე: მხოლოდ ზოგადი მითითებები გერმანიისთვის
town-current = არჩეული ქალაქი: { $town }
town-current-none = ქალაქი არ არის არჩეული
town-change = ქალაქის არჩევა
town-updated = ინფორმაციის თარიღი: { $date }
town-import-heading = ქალაქის ფაილის ჩატვირთვა
town-import-hint = უწყებას ან საკონსულტაციო ცენტრს შეუძლია მოგცეთ ფაილი თქვენი ქალაქის კონტაქტებით (გაფართოება .toml).
town-import-button = ფაილის არჩევა
town-import-ok = ფაილი ქალაქისთვის { $town } ჩაიტვირთა.
town-memory-only = არჩეული ქალაქი ჯერ არ ინახება. შემდეგ გახსნისას, გთხოვთ, ისევ აირჩიოთ.
town-vault = არჩეული ქალაქი დაშიფრულად ინახება ამ მოწყობილობაზე.
town-imported = ჩატვირთულია ფაილიდან

## Search

search-button = ძებნა
search-heading = ძებნა
search-label = რას ეძებთ?
search-hint = შეგიძლიათ მოძებნოთ გერმანულად ან თქვენს ენაზე.
search-results = { $count ->
        [one] 1 შედეგი
       *[other] { $count } შედეგი
    }
search-none = ვერაფერი მოიძებნა. სცადეთ სხვა სიტყვა.
search-kind-title = ჩანართი
search-kind-intro = შესავალი
search-kind-tip = რჩევა
search-kind-item = საკონტროლო სია
search-kind-contact = კონტაქტი

## Office editor

office-open = ქალაქის ფაილის რედაქტირება (უწყებებისთვის)
office-heading = ქალაქის ფაილის რედაქტირება
office-intro = აქ უწყება ან საკონსულტაციო ცენტრი ამზადებს ფაილს თავისი ქალაქისთვის: შეაქვს კონტაქტები, თარგმნის მითითებებს, ამოწმებს და ინახავს ფაილად.
office-start-empty = ცარიელიდან დაწყება
office-start-from = დაწყება ფაილით: { $town }
office-start-confirm = აქ შეტანილი ცვლილებები დაიკარგება. მაინც თავიდან დავიწყოთ?
office-town-name = ქალაქის სახელი
office-key = ფაილის მოკლე სახელი (მხოლოდ a–z, 0–9 და -)
office-contacts = კონტაქტები
office-contact-heading = კონტაქტი { $number }
office-add-contact = კონტაქტის დამატება
office-remove = წაშლა
office-move-up = ზემოთ
office-move-down = ქვემოთ
office-contact-key = გასაღები (მხოლოდ a–z, 0–9 და -)
office-contact-type = დაწესებულების ტიპი
office-contact-type-none = არცერთი
office-contact-tabs = რომელ ჩანართებში?
office-languages-hint = ენის კოდები, მძიმით გამოყოფილი, მაგალითად: de, ar, en
office-contact-facts-as-of = ინფორმაციის თარიღი (წყაროს მიხედვით)
office-text-german = გერმანული
office-add-translation = თარგმანის დამატება
office-remove-translation = თარგმანის წაშლა
office-translation-language = თარგმანის ენა
office-missing-languages = ჯერ თარგმანის გარეშე – აპი იქ გერმანულ ტექსტს აჩვენებს:
office-check = შემოწმება
office-export = ფაილად შენახვა
office-issues = { $count ->
        [one] ნაპოვნია 1 პრობლემა. გთხოვთ, გაასწოროთ ის შენახვამდე.
       *[other] ნაპოვნია { $count } პრობლემა. გთხოვთ, გაასწოროთ ისინი შენახვამდე.
    }
office-exported = ფაილი { $file } შენახულია.

# About this app (#12 §8)
home-about-title = ამ აპის შესახებ
home-about-build = ანაწყობის ნომერი (Build): { $build }
home-about-build-help = ამ ნომრით საკონსულტაციო ცენტრს ან დაწესებულებას შეუძლია ნახოს, აპის რომელი ვერსია მუშაობს ამ მოწყობილობაზე.
home-about-origin = ეს აპი იტვირთება მისამართიდან: { $origin }
