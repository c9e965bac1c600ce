### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF فائل: { $title }، { $count } میں سے صفحہ { $page }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = ایک PDF فائل نہیں ہے
pdf-pages-left-out = یہ PDF فائل پرنٹ میں نہیں ڈالی جا سکی۔ براہ کرم کاغذ یا اصل فائل مانگیں۔
pdf-pages-reason-locked = وجہ: فائل پاس ورڈ سے محفوظ ہے۔
pdf-pages-reason-damaged = وجہ: فائل خراب ہے یا صحیح PDF فائل نہیں ہے۔
pdf-pages-reason-empty = وجہ: فائل میں کوئی صفحہ نہیں ہے۔
pdf-pages-reason-too-many = وجہ: پرنٹ مزید صفحات کے لیے پہلے ہی بہت لمبا ہے۔

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = تمام صفحات پرنٹ میں نہیں ہیں
pdf-pages-cut = یہ PDF فائل بہت لمبی ہے۔ پرنٹ میں صرف پہلے صفحات ہیں: { $total } میں سے { $shown }۔ باقی صفحات کے لیے براہ کرم کاغذ یا اصل فائل مانگیں۔

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF فائل پرنٹ میں نہیں ہے
pdf-pages-short-cut = PDF کے تمام صفحات پرنٹ میں نہیں ہیں

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 PDF فائل
   *[other] { $count } PDF فائلیں
}
