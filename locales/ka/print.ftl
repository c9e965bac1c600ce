# Printing screens: blank folder, recovery sheet PDF, consultation printout (print-).
# The PDF's own texts are in pdf.ftl.

print-working-start = ბეჭდვა მზადდება …
print-working-load = შრიფტები და ტექსტები იტვირთება …
print-working-pages = გვერდები იწყობა …
print-done = მზადაა. გვერდები: { $pages } · ზომა: { $size } · დრო: { $seconds } წმ
print-error-worker = ბეჭდვა ვერ დაიწყო. გთხოვთ, გადატვირთოთ გვერდი და სცადოთ თავიდან.
print-error-offline = ბეჭდვის შრიფტები ჯერ ამ მოწყობილობაზე არ არის. ერთხელ გახსენით აპი ინტერნეტით და სცადეთ თავიდან.
print-error-font = ბეჭდვის შრიფტის ფაილი დაზიანებულია. გთხოვთ, გადატვირთოთ გვერდი.
print-error-pack = ქალაქის ფაილის წაკითხვა ვერ ხერხდება. გთხოვთ, შეამოწმოთ ის „ქალაქის არჩევაში“.
print-error-scan = დასკანერებული დოკუმენტების { $index } გვერდი არ არის წაკითხვადი JPEG სურათი. გთხოვთ, ეს გვერდი თავიდან დაასკანეროთ.
print-error-internal = PDF ვერ შეიქმნა. გთხოვთ, სცადოთ თავიდან.
print-blank-open = ცარიელი საქაღალდის ბეჭდვა (დაწესებულებებისთვის)
print-blank-title = ცარიელი საქაღალდის ბეჭდვა
print-blank-intro = დაწესებულებებისა და საკონსულტაციო ცენტრებისთვის: ცარიელი საქაღალდე დასაბეჭდად, გერმანულად და მეორე ენაზე, ქალაქის კონტაქტებით. A4, ველით გასახვრეტად.
print-blank-language = მეორე ენა
print-blank-german-only = მხოლოდ გერმანულად
print-blank-unreviewed = ეს თარგმანი ჯერ არცერთ მშობლიურ მოლაპარაკეს არ შეუმოწმებია.
print-blank-town = ქალაქი
print-blank-town-none = ქალაქის გარეშე (ცარიელი ხაზები შესავსებად)
print-blank-town-file = ჩატვირთული ფაილი: { $file }
print-blank-town-load = ქალაქის ფაილის ჩატვირთვა
print-blank-button = საქაღალდის შექმნა PDF-ად
print-recovery-pdf = PDF-ის შექმნა
print-consult-open = კონსულტაციისთვის საბუთების ბეჭდვა
print-consult-title = საბუთები კონსულტაციისთვის
print-consult-intro = თქვენ თვითონ ირჩევთ, რა იქნება ამონაბეჭდში. ის იწყება მიმოხილვით კონსულტანტისთვის: რა არის, რა აკლია, რისი ვადა მოდის მალე.
print-consult-tabs = განყოფილებები
print-consult-personal = პირადი
print-consult-locked = თქვენი საქაღალდე დაბლოკილია. ნიშნები, სახელი, ჩანაწერები და დოკუმენტები ხელმისაწვდომია მხოლოდ მაშინ, როცა ის ღიაა.
print-consult-open-folder = საქაღალდის გახსნა
print-consult-ticks = სიებში შესრულებულის ჩვენება
print-consult-name = ჩემი სახელის დაბეჭდვა
print-consult-name-field = სახელი
print-consult-notes = ჩემი ჩანაწერების დაბეჭდვა
print-consult-documents = დოკუმენტები
print-consult-deadlines = ვადები
print-consult-appointments = შეხვედრები
print-consult-log = წინა კონსულტაციები
print-consult-nothing = ჯერ არაფერია შენახული.
print-consult-privacy = ამონაბეჭდი შეიცავს პირად მონაცემებს. მიეცით მხოლოდ იმ ადამიანებს, ვისაც ენდობით. აპი არაფერს აგზავნის.
print-consult-button = ამონაბეჭდის შექმნა PDF-ად

# A finished file: print, share or save (#12 §1)
print-ready = ფაილი მზადაა. ის ჯერ არსად არ არის შენახული. აირჩიეთ, რა გააკეთოთ მასთან.
print-print = ბეჭდვა
print-share = გაზიარება (მაგალითად, პრინტერის აპით)
print-save-file = ფაილად შენახვა
print-save-warning = ყურადღება: შენახული ფაილი დაცული არ არის. ნებისმიერს, ვინც ამ მოწყობილობას იყენებს, შეუძლია მისი გახსნა. დაბეჭდვის შემდეგ წაშალეთ ფაილი.
print-save-warning-key = ამ ფაილით ნებისმიერს შეუძლია თქვენი საქაღალდის გახსნა. შეინახეთ ის მხოლოდ მაშინ, თუ სხვაგვარად ვერ ბეჭდავთ.
print-saved = შენახულია როგორც { $file }.
print-saved-personal = შენახულია როგორც { $file }. დაბეჭდვის შემდეგ წაშალეთ ფაილი „ჩამოტვირთვების“ საქაღალდიდან.
print-print-failed = ბეჭდვა ვერ დაიწყო. შეგიძლიათ ფაილი გააზიაროთ ან შეინახოთ.
print-share-failed = გაზიარება ვერ მოხერხდა. შეგიძლიათ ფაილი დაბეჭდოთ ან შეინახოთ.
print-save-failed = ფაილი ვერ შეინახა.
