### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = Pela PDF: { $title }, rûpela { $page } ji { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = Pelek PDF kêm e
pdf-pages-left-out = Ev pela PDF nehat danîn nav çapê. Ji kerema xwe kaxezê an pela orîjînal bixwazin.
pdf-pages-reason-locked = Sedem: Pel bi şîfreyekê hatiye parastin.
pdf-pages-reason-damaged = Sedem: Pel xerab bûye an ne pelek PDF a rast e.
pdf-pages-reason-empty = Sedem: Di pelê de tu rûpel tune ne.
pdf-pages-reason-too-many = Sedem: Çapkirî jixwe ji bo rûpelên din pir dirêj e.

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = Hemû rûpel ne di çapê de ne
pdf-pages-cut = Ev pela PDF pir dirêj e. Tenê rûpelên pêşîn di çapê de ne: { $shown } ji { $total }. Ji bo rûpelên din ji kerema xwe kaxezê an pela orîjînal bixwazin.

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = pela PDF ne di çapê de ye
pdf-pages-short-cut = hemû rûpelên PDF ne di çapê de ne

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 pela PDF
   *[other] { $count } pelên PDF
}
