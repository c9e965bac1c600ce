### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = Файл PDF: { $title }, страница { $page } из { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Не хватает файла PDF
pdf-pages-left-out = Этот файл PDF не удалось добавить в распечатку. Пожалуйста, попросите бумажный документ или оригинальный файл.
pdf-pages-reason-locked = Причина: файл защищён паролем.
pdf-pages-reason-damaged = Причина: файл повреждён или это не настоящий файл PDF.
pdf-pages-reason-empty = Причина: в файле нет страниц.
pdf-pages-reason-too-many = Причина: распечатка уже слишком длинная для новых страниц.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = В распечатке не все страницы
pdf-pages-cut = Этот файл PDF очень длинный. В распечатке только первые страницы: { $shown } из { $total }. Для остальных страниц, пожалуйста, попросите бумажный документ или оригинальный файл.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = файла PDF нет в распечатке
pdf-pages-short-cut = в распечатке не все страницы PDF

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] { $count } файл PDF
    [few] { $count } файла PDF
    [many] { $count } файлов PDF
   *[other] { $count } файла PDF
}
