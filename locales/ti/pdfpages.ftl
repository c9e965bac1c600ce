### Pages of PDF files in the consultation printout (pdf-pages-) and the chooser's note
### (print-consult-pdf-files).
### Translated from locales/de/pdfpages.ftl (the source).

## Caption above each page taken from a PDF file (printed on the German side only, like
## pdf-consult-scan).
pdf-pages-caption = ፋይል PDF፡ { $title }፣ ገጽ { $page } ካብ { $count }

## A page in place of a PDF file that could not be put into the printout, with the reason.
pdf-pages-left-out-title = ሓደ ፋይል PDF የለን
pdf-pages-left-out = እዚ ፋይል PDF ኣብ ሕትመት ክኣቱ ኣይከኣለን። በጃኹም ነቲ ወረቐት ወይ ነቲ መበቆላዊ ፋይል ሕተቱ።
pdf-pages-reason-locked = ምኽንያት፡ እቲ ፋይል ብመሕለፊ ቃል (password) ዝተሓለወ እዩ።
pdf-pages-reason-damaged = ምኽንያት፡ እቲ ፋይል ተበላሽዩ ወይ ቅኑዕ ፋይል PDF ኣይኮነን።
pdf-pages-reason-empty = ምኽንያት፡ እቲ ፋይል ገጽ የብሉን።
pdf-pages-reason-too-many = ምኽንያት፡ እቲ ሕቱም ንተወሳኺ ገጻት ኣዝዩ ነዊሕ እዩ።

## A page after the first pages of a very long PDF file.
pdf-pages-cut-title = ኩሎም ገጻት ኣብ ሕትመት የለዉን
pdf-pages-cut = እዚ ፋይል PDF ኣዝዩ ነዊሕ እዩ። ኣብ ሕትመት ቀዳሞት ገጻት ጥራይ ኣለዉ፡ { $shown } ካብ { $total }። ንኻልኦት ገጻት በጃኹም ነቲ ወረቐት ወይ ነቲ መበቆላዊ ፋይል ሕተቱ።

## Short notes next to the document on the overview page and in the list of documents.
pdf-pages-short-left-out = ፋይል PDF ኣብ ሕትመት የለን
pdf-pages-short-cut = ኩሎም ገጻት PDF ኣብ ሕትመት የለዉን

## The chooser's second line for a document with PDF files.
print-consult-pdf-files = { $count ->
    [one] 1 ፋይል PDF
   *[other] { $count } ፋይላት PDF
}
