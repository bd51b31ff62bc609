#!/bin/sh
# The DocBook route to pandoc: artnorm XML -> to-docbook.xsl -> pandoc ->
# Markdown, which must carry the headline and the first paragraph.
#   pandoc_route.sh XSLTPROC TO_DOCBOOK_XSL ARTICLE_XML HEADLINE PARAGRAPH_START
# Exits 77 (ctest: skipped) when pandoc is not installed.
set -u
xsltproc=$1 stylesheet=$2 article=$3 headline=$4 paragraph=$5
command -v pandoc >/dev/null 2>&1 || { echo "pandoc not installed: skipped"; exit 77; }
markdown=$("$xsltproc" "$stylesheet" "$article" | pandoc -f docbook -t markdown -s --wrap=none) || exit 1
printf '%s\n' "$markdown"
printf '%s\n' "$markdown" | grep -qF -- "$headline" || { echo "FAIL: no headline" >&2; exit 1; }
printf '%s\n' "$markdown" | grep -qF -- "$paragraph" || { echo "FAIL: no paragraph" >&2; exit 1; }
