# Mein Ordner: the app shell. Translated from locales/de/app.ftl (the source).
app-name = ჩემი საქაღალდე
app-tagline = თქვენი მნიშვნელოვანი საბუთები. დალაგებული. გერმანულად და თქვენს ენაზე.
app-country = გერმანია
app-skip-to-content = შინაარსზე გადასვლა
app-home = მიმოხილვა
app-back = უკან
app-language = ენა
app-change-language = ენის შეცვლა
app-loading = იტვირთება …
app-offline-ready = აპი ახლა ინტერნეტის გარეშეც მუშაობს.
app-update-ready = ახალი ვერსია მზადაა.
app-update-now = ახლავე გადატვირთვა
app-load-error = ტექსტები ვერ ჩაიტვირთა. გთხოვთ, გვერდი თავიდან ჩატვირთოთ.
app-not-reviewed = ეს თარგმანი ჯერ არცერთ მშობლიურ ენაზე მოლაპარაკეს არ შეუმოწმებია.
app-tabs-heading = ათი ჩანართი
app-tab-open = გახსენით ჩანართი { $number }
app-privacy-note = თქვენი მონაცემები ამ მოწყობილობაზე რჩება. აპი ინტერნეტში არაფერს აგზავნის.

lang-choose-title = აირჩიეთ თქვენი ენა
lang-choose-hint = გერმანული ყოველთვის გვერდით წერია.
