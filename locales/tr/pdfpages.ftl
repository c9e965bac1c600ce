### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF dosyası: { $title }, sayfa { $page } / { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Bir PDF dosyası eksik
pdf-pages-left-out = Bu PDF dosyası çıktıya eklenemedi. Lütfen kâğıdı veya orijinal dosyayı isteyin.
pdf-pages-reason-locked = Neden: Dosya bir şifre ile korunuyor.
pdf-pages-reason-damaged = Neden: Dosya bozuk veya gerçek bir PDF dosyası değil.
pdf-pages-reason-empty = Neden: Dosyada hiç sayfa yok.
pdf-pages-reason-too-many = Neden: Çıktı daha fazla sayfa için zaten çok uzun.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Sayfaların hepsi çıktıda değil
pdf-pages-cut = Bu PDF dosyası çok uzun. Çıktıda sadece ilk sayfalar var: { $shown } / { $total }. Diğer sayfalar için lütfen kâğıdı veya orijinal dosyayı isteyin.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF dosyası çıktıda yok
pdf-pages-short-cut = PDF sayfalarının hepsi çıktıda değil

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] { $count } PDF dosyası
   *[other] { $count } PDF dosyası
}
