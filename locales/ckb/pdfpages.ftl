### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = فایلی PDF: { $title }، پەڕەی { $page } لە { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = فایلێکی PDF نییە
pdf-pages-left-out = نەتوانرا ئەم فایلی PDF بخرێتە ناو چاپەکەوە. تکایە داوای کاغەزەکە یان فایلی ئەسڵی بکەن.
pdf-pages-reason-locked = هۆکار: فایلەکە بە وشەی نهێنی پارێزراوە.
pdf-pages-reason-damaged = هۆکار: فایلەکە تێکچووە یان فایلێکی PDF ی دروست نییە.
pdf-pages-reason-empty = هۆکار: فایلەکە هیچ پەڕەیەکی تێدا نییە.
pdf-pages-reason-too-many = هۆکار: چاپکراوەکە زۆر درێژە و جێی پەڕەی تری تێدا نییە.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = هەموو پەڕەکان لە چاپەکەدا نین
pdf-pages-cut = ئەم فایلی PDF زۆر درێژە. تەنها پەڕە یەکەمەکان لە چاپەکەدان: { $shown } لە { $total }. بۆ پەڕەکانی تر، تکایە داوای کاغەزەکە یان فایلی ئەسڵی بکەن.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = فایلی PDF لە چاپەکەدا نییە
pdf-pages-short-cut = هەموو پەڕەکانی PDF لە چاپەکەدا نین

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 فایلی PDF
   *[other] { $count } فایلی PDF
}
