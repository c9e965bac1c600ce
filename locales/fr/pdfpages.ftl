### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = Fichier PDF : { $title }, page { $page } sur { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Un fichier PDF manque
pdf-pages-left-out = Ce fichier PDF n’a pas pu être mis dans l’impression. Merci de demander le papier ou le fichier original.
pdf-pages-reason-locked = Raison : le fichier est protégé par un mot de passe.
pdf-pages-reason-damaged = Raison : le fichier est abîmé ou ce n’est pas un vrai fichier PDF.
pdf-pages-reason-empty = Raison : le fichier n’a pas de pages.
pdf-pages-reason-too-many = Raison : l’impression est déjà trop longue pour d’autres pages.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Toutes les pages ne sont pas dans l’impression
pdf-pages-cut = Ce fichier PDF est très long. Seules les premières pages sont dans l’impression : { $shown } sur { $total }. Pour les autres pages, merci de demander le papier ou le fichier original.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = fichier PDF absent de l’impression
pdf-pages-short-cut = pas toutes les pages PDF dans l’impression

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] { $count } fichier PDF
   *[other] { $count } fichiers PDF
}
