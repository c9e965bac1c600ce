### Content packs of a town: results of checking a pack file. Translated from locales/de/packs.ftl.
### Variables: $file = file name, $line = line number, $field = the field in the file,
### $value = what the file says there. Field names and values stay as in the file.

pack-error-summary = { $file }: { $count ->
        [one] 1 შეცდომა.
       *[other] { $count } შეცდომა.
    } პაკეტი არ ჩაიტვირთა. აქამდე არსებული შინაარსი უცვლელი რჩება.
pack-warning-missing-languages = შენიშვნა: { $file }, სტრიქონი { $line }, { $field }: ამ ენებზე ტექსტი არ არის: { $languages }. აპი იქ გერმანულ ტექსტს აჩვენებს.
pack-warning-unprintable = შენიშვნა: { $file }, სტრიქონი { $line }, { $field }: ამ სიმბოლოების დაბეჭდვა შეუძლებელია: { $chars }. ამობეჭდილში მათ ნაცვლად „{ "\uFFFD" }“ ჩანს.
pack-check-ok = { $file }: პაკეტი ქალაქისთვის { $town } წესრიგშია: { $contacts ->
        [one] 1 კონტაქტი
       *[other] { $contacts } კონტაქტი
    }, { $items ->
        [one] 1 პუნქტი
       *[other] { $items } პუნქტი
    } საკონტროლო სიებისთვის, { $tips ->
        [one] 1 რჩევა.
       *[other] { $tips } რჩევა.
    }

pack-error-syntax = { $file }, სტრიქონი { $line }: ფაილი არ არის სწორი TOML. შეამოწმეთ ბრჭყალები, ფრჩხილები და ტოლობის ნიშნები. ({ $detail })
pack-error-too-large = { $file }: ფაილი ძალიან დიდია. დასაშვებია მაქსიმუმ { $max } KB.
pack-error-not-utf8 = { $file }, სტრიქონი { $line }: ფაილი არ არის შენახული UTF-8 კოდირებით. შეინახეთ ის UTF-8 კოდირებით.
pack-error-unreadable = { $file }: ფაილის წაკითხვა ვერ ხერხდება. ({ $detail })
pack-error-unsupported-format = { $file }, სტრიქონი { $line }, { $field }: ეს აპი ფორმატის ვერსიას { $found } არ იცნობს. ის კითხულობს ფორმატის ვერსიებს 1-დან { $supported }-მდე.
pack-error-missing-field = { $file }, სტრიქონი { $line }: ველი „{ $field }“ აკლია.
pack-error-unknown-field = { $file }, სტრიქონი { $line }: ველი „{ $field }“ არ არსებობს. შეცდომით ხომ არ არის დაწერილი?
pack-error-wrong-type = { $file }, სტრიქონი { $line }, { $field }: აქ წერია { $found ->
        [string] ტექსტი
        [integer] მთელი რიცხვი
        [float] ათწილადი რიცხვი
        [boolean] ლოგიკური მნიშვნელობა
        [datetime] თარიღი
        [array] სია
        [table] ცხრილი
       *[other] სხვა მნიშვნელობა
    }, მაგრამ მოსალოდნელია { $expected ->
        [string] ტექსტი ბრჭყალებში
        [integer] მთელი რიცხვი
        [boolean] true ან false
        [array] სია კვადრატულ ფრჩხილებში
        [table] ცხრილი
       *[other] სხვა მნიშვნელობა
    }.
pack-error-empty = { $file }, სტრიქონი { $line }, { $field }: ველი ცარიელია. თუ მნიშვნელობა არ იცით, ველი საერთოდ ამოიღეთ.
pack-error-too-long = { $file }, სტრიქონი { $line }, { $field }: ტექსტი ძალიან გრძელია. დასაშვებია მაქსიმუმ { $max } სიმბოლო.
pack-error-invalid-key = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის სწორი გასაღები. დასაშვებია პატარა ასოები a-დან z-მდე, ციფრები და ცალკეული დეფისები.
pack-error-duplicate-key = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ ფაილში ორჯერ გვხვდება.
pack-error-unknown-tab = { $file }, სტრიქონი { $line }, { $field }: ჩანართი „{ $value }“ არ არსებობს. შესაძლებელია: { $allowed }.
pack-error-unknown-doctype = { $file }, სტრიქონი { $line }, { $field }: დოკუმენტის ტიპი „{ $value }“ არ არსებობს.
pack-error-unknown-contact-type = { $file }, სტრიქონი { $line }, { $field }: კონტაქტის ტიპი „{ $value }“ არ არსებობს.
pack-error-unknown-text-language = { $file }, სტრიქონი { $line }, { $field }: აპი ვერ აჩვენებს ტექსტებს ენაზე „{ $value }“. შესაძლებელია: { $allowed }.
pack-error-invalid-language-code = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის ენის კოდი. დაწერეთ 2 ან 3 პატარა ასო, მაგალითად, de, en ან ar.
pack-error-missing-german = { $file }, სტრიქონი { $line }, { $field }: გერმანული ტექსტი (de) აკლია. გერმანული ყოველთვის საჭიროა.
pack-error-invalid-phone = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის ტელეფონის ნომერი. დასაშვებია ციფრები, ჰარები და სიმბოლოები + / - ( ).
pack-error-invalid-email = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის ელფოსტის მისამართი.
pack-error-invalid-web = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის ვებმისამართი. ის უნდა იწყებოდეს https:// ან http://-ით.
pack-error-invalid-date = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ არ არის თარიღი. დაწერეთ ასე: 2025-03-31.
pack-error-unknown-entry = { $file }, სტრიქონი { $line }, { $field }: „{ $value }“ სტანდარტულ შინაარსში არ არის. დამალვა (hidden) მხოლოდ არსებული ჩანაწერების შეიძლება.
