### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF ფაილი: { $title }, გვერდი { $page } / { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = PDF ფაილი აკლია
pdf-pages-left-out = ეს PDF ფაილი ამონაბეჭდში ვერ ჩაიდო. გთხოვთ, მოითხოვოთ ქაღალდი ან ორიგინალი ფაილი.
pdf-pages-reason-locked = მიზეზი: ფაილი პაროლით არის დაცული.
pdf-pages-reason-damaged = მიზეზი: ფაილი დაზიანებულია ან ნამდვილი PDF ფაილი არ არის.
pdf-pages-reason-empty = მიზეზი: ფაილს გვერდები არ აქვს.
pdf-pages-reason-too-many = მიზეზი: ამონაბეჭდი უკვე ძალიან გრძელია მეტი გვერდისთვის.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = ამონაბეჭდში ყველა გვერდი არ არის
pdf-pages-cut = ეს PDF ფაილი ძალიან გრძელია. ამონაბეჭდში მხოლოდ პირველი გვერდებია: { $shown } / { $total }. დანარჩენი გვერდებისთვის გთხოვთ, მოითხოვოთ ქაღალდი ან ორიგინალი ფაილი.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF ფაილი ამონაბეჭდში არ არის
pdf-pages-short-cut = ამონაბეჭდში PDF-ის ყველა გვერდი არ არის

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 PDF ფაილი
   *[other] { $count } PDF ფაილი
}
