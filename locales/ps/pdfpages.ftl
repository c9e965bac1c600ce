### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF فایل: { $title }، پاڼه { $page } له { $count } څخه

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = یو PDF فایل نشته
pdf-pages-left-out = دا PDF فایل په چاپ کې نه شو اچول کېدای. مهرباني وکړئ کاغذ یا اصلي فایل وغواړئ.
pdf-pages-reason-locked = لامل: فایل په پټنوم (پاسورډ) خوندي دی.
pdf-pages-reason-damaged = لامل: فایل خراب دی یا سم PDF فایل نه دی.
pdf-pages-reason-empty = لامل: په فایل کې هېڅ پاڼه نشته.
pdf-pages-reason-too-many = لامل: چاپ شوې نسخه د نورو پاڼو لپاره ډېره اوږده ده.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = ټولې پاڼې په چاپ کې نه دي
pdf-pages-cut = دا PDF فایل ډېر اوږد دی. په چاپ کې یوازې لومړۍ پاڼې دي: { $shown } له { $total } څخه. د نورو پاڼو لپاره مهرباني وکړئ کاغذ یا اصلي فایل وغواړئ.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF فایل په چاپ کې نشته
pdf-pages-short-cut = د PDF ټولې پاڼې په چاپ کې نه دي

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 PDF فایل
   *[other] { $count } PDF فایلونه
}
