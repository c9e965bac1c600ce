### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = Faylka PDF: { $title }, bogga { $page } ee { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Fayl PDF ah ayaa maqan
pdf-pages-left-out = Faylkan PDF laguma darin karin daabacaadda. Fadlan weydii warqadda ama faylka asalka ah.
pdf-pages-reason-locked = Sababta: Faylka waxaa lagu ilaaliyaa furaha sirta ah (password).
pdf-pages-reason-damaged = Sababta: Faylku wuu xumaaday ama ma aha fayl PDF ah oo sax ah.
pdf-pages-reason-empty = Sababta: Faylku bog ma leh.
pdf-pages-reason-too-many = Sababta: Daabacaaddu aad bay u dheer tahay, bogag kale kuma filna.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Bogagga oo dhan kuma jiraan daabacaadda
pdf-pages-cut = Faylkan PDF aad buu u dheer yahay. Daabacaadda waxaa ku jira oo keliya bogagga ugu horreeya: { $shown } ee { $total }. Bogagga kale, fadlan weydii warqadda ama faylka asalka ah.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = faylka PDF kuma jiro daabacaadda
pdf-pages-short-cut = bogagga PDF oo dhan kuma jiraan daabacaadda

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 fayl PDF
   *[other] { $count } fayl PDF
}
