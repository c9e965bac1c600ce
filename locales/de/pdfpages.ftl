### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = PDF-Datei: { $title }, Seite { $page } von { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Eine PDF-Datei fehlt
pdf-pages-left-out = Diese PDF-Datei konnte nicht in den Ausdruck gesetzt werden. Bitte fragen Sie nach dem Papier oder nach der Original-Datei.
pdf-pages-reason-locked = Grund: Die Datei ist mit einem Passwort geschützt.
pdf-pages-reason-damaged = Grund: Die Datei ist beschädigt oder keine richtige PDF-Datei.
pdf-pages-reason-empty = Grund: Die Datei hat keine Seiten.
pdf-pages-reason-too-many = Grund: Der Ausdruck ist schon zu lang für weitere Seiten.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Nicht alle Seiten im Ausdruck
pdf-pages-cut = Diese PDF-Datei ist sehr lang. Im Ausdruck sind nur die ersten Seiten: { $shown } von { $total }. Bitte fragen Sie für die anderen Seiten nach dem Papier oder nach der Original-Datei.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = PDF-Datei fehlt im Ausdruck
pdf-pages-short-cut = nicht alle PDF-Seiten im Ausdruck

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 PDF-Datei
   *[other] { $count } PDF-Dateien
}
