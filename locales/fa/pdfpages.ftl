### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = فایل PDF: { $title }، صفحه { $page } از { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = یک فایل PDF نیست
pdf-pages-left-out = نشد این فایل PDF را در برگه چاپی بگذاریم. لطفاً کاغذ یا فایل اصلی را بخواهید.
pdf-pages-reason-locked = دلیل: فایل با رمز عبور محافظت شده است.
pdf-pages-reason-damaged = دلیل: فایل خراب است یا یک فایل PDF درست نیست.
pdf-pages-reason-empty = دلیل: فایل هیچ صفحه‌ای ندارد.
pdf-pages-reason-too-many = دلیل: چاپ برای صفحه‌های بیشتر خیلی طولانی است.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = همه صفحه‌ها در برگه چاپی نیستند
pdf-pages-cut = این فایل PDF خیلی طولانی است. فقط صفحه‌های اول در برگه چاپی هستند: { $shown } از { $total }. برای صفحه‌های دیگر لطفاً کاغذ یا فایل اصلی را بخواهید.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = فایل PDF در برگه چاپی نیست
pdf-pages-short-cut = همه صفحه‌های PDF در برگه چاپی نیستند

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] { $count } فایل PDF
   *[other] { $count } فایل PDF
}
