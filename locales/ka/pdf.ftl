# Printed folders: blank folder for offices, recovery sheet, consultation printout.
# Translated from locales/de/pdf.ftl (the source).

## Blank folder

pdf-folder-subtitle = საქაღალდე თქვენი მნიშვნელოვანი საბუთებისთვის
pdf-name = სახელი
pdf-date = თარიღი
pdf-town = ქალაქი
pdf-town-placeholder = თქვენი ქალაქი
pdf-notes = შენიშვნები
pdf-contents = შინაარსი
pdf-not-reviewed-title = შენიშვნა თარგმანის შესახებ
pdf-howto-title = როგორ გამოიყენოთ ეს საქაღალდე
pdf-howto-1 = საქაღალდეს ათი ჩანართი აქვს. ყოველ ჩანართს თავისი თემა აქვს, მაგალითად, ფული ან საცხოვრებელი.
pdf-howto-2 = ყოველი საბუთი შესაბამისი ჩანართის უკან ჩადეთ. უახლესი საბუთი წინ დადეთ.
pdf-howto-3 = ყოველ ჩანართს საკონტროლო სია აქვს. მონიშნეთ, რაც უკვე გაქვთ. ასე დაინახავთ, რა აკლია.
pdf-howto-4 = საქაღალდე ყოველ შეხვედრაზე თან წაიღეთ. ასე ყველა ერთსა და იმავეს ხედავს და არაფრის ორჯერ ახსნა არ მოგიწევთ.
pdf-howto-5 = ახალი შეხვედრები და ვადები მაშინვე ჩაწერეთ ჩანართის შენიშვნების გვერდზე.
pdf-divider-file-here = ამ თემის საბუთები ამ ფურცლის უკან ჩადეთ.
pdf-checklist-tick = მონიშნეთ, რაც უკვე გაქვთ.
pdf-contact-blank = სხვა დაწესებულება
pdf-spine-title = ზურგის იარლიყი საქაღალდისთვის, რომლის ზურგი { $width } მმ-ია
pdf-spine-cut = ამოჭერით და ჩადეთ საქაღალდის ზურგის ჯიბეში.

## Recovery sheet

pdf-recovery-title = აღდგენის ფურცელი
pdf-recovery-intro = ამ გასაღებით თქვენს მონაცემებს თავიდან გახსნით, თუ პაროლი დაგავიწყდათ.
pdf-recovery-key = აღდგენის გასაღები
pdf-recovery-step-1 = გახსენით „ჩემი საქაღალდე“ და აირჩიეთ „დაგავიწყდათ პაროლი?“.
pdf-recovery-step-2 = დაასკანერეთ QR-კოდი ან გასაღები ხელით აკრიფეთ.
pdf-recovery-step-3 = შემდეგ აირჩიეთ ახალი პაროლი.
pdf-recovery-warning = ვისაც ეს ფურცელი აქვს, მას შეუძლია თქვენი მონაცემების გახსნა. შეინახეთ ის სახლში, ტელეფონისგან მოშორებით და არა იმ საქაღალდეში, რომელსაც შეხვედრებზე აჩვენებთ. არავის აჩვენოთ.
pdf-recovery-created = შექმნის თარიღი: { $date }

## Consultation printout

pdf-consult-title = საბუთები კონსულტაციისთვის
pdf-consult-summary = მიმოხილვა კონსულტაციისთვის
pdf-consult-for = ვისთვის
pdf-consult-printed = დაბეჭდვის თარიღი: { $date }
pdf-consult-tabs = ჩანართები
pdf-consult-have = არის
pdf-consult-missing = ჯერ აკლია
pdf-consult-due = ვადები და შეხვედრები
pdf-consult-deadlines = ვადები
pdf-consult-appointments = შეხვედრები
pdf-consult-documents = დოკუმენტები
pdf-consult-pages = { $count ->
    [one] 1 გვერდი
   *[other] { $count } გვერდი
}
pdf-consult-valid-until = მოქმედების ვადა: { $date }
pdf-consult-served = ჩაბარებულია { $date }
pdf-consult-received = მიღებულია { $date }
pdf-consult-letter-date = წერილი { $date }
pdf-consult-log = წინა კონსულტაციები
pdf-consult-notes = კონსულტაციის შენიშვნები
pdf-consult-own-notes = ჩემი ჩანაწერები
pdf-consult-none = ჩანაწერები არ არის.
pdf-consult-scan = სკანი: { $title }, გვერდი { $page } / { $count }
pdf-consult-privacy = ეს ამონაბეჭდი შეიცავს პერსონალურ მონაცემებს. ადამიანმა თავად აირჩია, რა ეწეროს მასში. გთხოვთ, ნუ დააკოპირებთ და ნუ გადასცემთ სხვას, კონსულტაციის შემდეგ კი დააბრუნეთ ან გაანადგურეთ.
