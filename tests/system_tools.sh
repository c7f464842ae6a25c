#!/usr/bin/env bash
# Install the system programs some tests drive, where they are missing:
#   tesseract-ocr + tesseract-ocr-vie  OCR of scans and images (tests/test_formats.py)
#   libreoffice-writer-nogui            .doc fallback, the Word draft rendered to PDF (test_formats, test_docx_writer)
#   chromium                            the html synthesis in a headless browser (tests/test_writers.py)
#   poppler-utils                       pdftotext, a second reading of the PDF fixtures
# nq35cls itself needs none of them. Each test skips where its program is absent, so this
# script never fails the test command: without root or apt-get it says so and installs nothing.
set -u
need=()
command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie || need+=(tesseract-ocr tesseract-ocr-vie)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
    echo "system tools for the tests: all present"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "system tools for the tests: missing ${need[*]} (not root or no apt-get): their tests are skipped"
    exit 0
fi
echo "system tools for the tests: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "system tools for the tests: apt-get failed: the tests that need ${need[*]} are skipped"
fi
exit 0
