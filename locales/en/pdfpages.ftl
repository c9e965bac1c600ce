### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF file: { $title }, page { $page } of { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = A PDF file is missing
pdf-pages-left-out = This PDF file could not be put into the printout. Please ask for the paper or the original file.
pdf-pages-reason-locked = Reason: The file is protected with a password.
pdf-pages-reason-damaged = Reason: The file is damaged or is not a real PDF file.
pdf-pages-reason-empty = Reason: The file has no pages.
pdf-pages-reason-too-many = Reason: The printout is already too long for more pages.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Not all pages are in the printout
pdf-pages-cut = This PDF file is very long. Only the first pages are in the printout: { $shown } of { $total }. For the other pages, please ask for the paper or the original file.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF file missing from the printout
pdf-pages-short-cut = not all PDF pages in the printout

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 PDF file
   *[other] { $count } PDF files
}
