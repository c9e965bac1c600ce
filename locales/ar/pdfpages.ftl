### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = ملف PDF: { $title }، صفحة { $page } من { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = ملف PDF ناقص
pdf-pages-left-out = لم يكن ممكناً وضع ملف PDF هذا في المطبوع. يرجى طلب الورقة أو الملف الأصلي.
pdf-pages-reason-locked = السبب: الملف محمي بكلمة مرور.
pdf-pages-reason-damaged = السبب: الملف تالف أو ليس ملف PDF صحيحاً.
pdf-pages-reason-empty = السبب: لا توجد صفحات في الملف.
pdf-pages-reason-too-many = السبب: المطبوع طويل جدًا ولا يتسع لصفحات أخرى.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = ليست كل الصفحات في المطبوع
pdf-pages-cut = ملف PDF هذا طويل جداً. في المطبوع الصفحات الأولى فقط: { $shown } من { $total }. للصفحات الأخرى يرجى طلب الورقة أو الملف الأصلي.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = ملف PDF غير موجود في المطبوع
pdf-pages-short-cut = ليست كل صفحات PDF في المطبوع

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] ملف PDF واحد
    [two] ملفا PDF
    [few] { $count } ملفات PDF
   *[other] { $count } ملف PDF
}
