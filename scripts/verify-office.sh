#!/usr/bin/env bash
# Looks at our DOCX and HTML output the way a person would: converts Markdown documents with
# `qiyue convert`, opens the DOCX in LibreOffice (headless) to make PDFs, renders every page to
# PNG with pdftoppm, and screenshots/prints the HTML with Chromium when it is installed.
#
#   scripts/verify-office.sh [DOCUMENT.md ...]     (default: the test corpus agreement)
#   OUT=/tmp/pages scripts/verify-office.sh         (output directory; default .build/verify-office)
#
# Needs: libreoffice-writer, poppler-utils, fonts-noto-cjk (apt-get install -y …); chromium optional.
# Office PCs have 宋体/黑体/仿宋 but Linux does not, so a private fontconfig maps those names to Noto
# CJK SC (serif for 宋体/仿宋/楷体/the title face, sans for 黑体). Without it LibreOffice falls back to
# a Japanese sans face and the pages would not look like what users see.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdfinfo; do
    command -v "$tool" >/dev/null || { echo "verify-office: $tool is missing (apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk)" >&2; exit 2; }
done

out="${OUT:-.build/verify-office}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(Tests/QiyueDocumentsTests/Fixtures/corpus/agreement.md)

swift build --product qiyue >/dev/null
qiyue="$(swift build --show-bin-path)/qiyue"

cat > "$out/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$out/fonts.conf"

for input in "${inputs[@]}"; do
    name="$(basename "${input%.*}")"
    "$qiyue" convert "$input" "$out/$name.docx"
    "$qiyue" convert "$input" "$out/$name-official.docx" --style official
    "$qiyue" convert "$input" "$out/$name.html"
    for docx in "$out/$name.docx" "$out/$name-official.docx"; do
        base="${docx%.docx}"
        # A private profile, so that a LibreOffice already running elsewhere does not swallow the job.
        soffice -env:UserInstallation="file://$out/lo-profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
        rm -f "$base"-page-*.png
        pdftoppm -r 60 -png "$base.pdf" "$base-page"
        echo "$(basename "$docx"): $(pdfinfo "$base.pdf" | awk '/^Pages:/ {print $2}') pages → $(basename "$base")-page-*.png"
    done
    chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
    if [ -n "$chrome" ]; then
        "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
            --screenshot="$out/$name-html.png" "file://$out/$name.html" >/dev/null 2>&1 || true
        "$chrome" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$out/$name-html.pdf" "file://$out/$name.html" >/dev/null 2>&1 || true
        if [ -f "$out/$name-html.pdf" ]; then
            rm -f "$out/$name-html-page-"*.png
            pdftoppm -r 60 -png "$out/$name-html.pdf" "$out/$name-html-page"
            echo "$name.html: $(pdfinfo "$out/$name-html.pdf" | awk '/^Pages:/ {print $2}') printed pages → $name-html-page-*.png, screen → $name-html.png"
        fi
    else
        echo "$name.html: chromium not installed; open $out/$name.html in a browser"
    fi
done
echo "verify-office: output in $out"
