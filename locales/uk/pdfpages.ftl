### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = Файл PDF: { $title }, сторінка { $page } з { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Бракує файлу PDF
pdf-pages-left-out = Цей файл PDF не вдалося додати до роздруківки. Будь ласка, попросіть паперовий документ або оригінальний файл.
pdf-pages-reason-locked = Причина: файл захищений паролем.
pdf-pages-reason-damaged = Причина: файл пошкоджений або це не справжній файл PDF.
pdf-pages-reason-empty = Причина: у файлі немає сторінок.
pdf-pages-reason-too-many = Причина: роздруківка вже задовга для нових сторінок.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = У роздруківці не всі сторінки
pdf-pages-cut = Цей файл PDF дуже довгий. У роздруківці лише перші сторінки: { $shown } з { $total }. Для інших сторінок, будь ласка, попросіть паперовий документ або оригінальний файл.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = файлу PDF немає в роздруківці
pdf-pages-short-cut = у роздруківці не всі сторінки PDF

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] { $count } файл PDF
    [few] { $count } файли PDF
    [many] { $count } файлів PDF
   *[other] { $count } файлу PDF
}
