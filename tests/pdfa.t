#!/bin/sh
# tests/pdfa.t: `dubao bulletin --pdfa`, checked by Apache PDFBox's PDF/A
# validator (Preflight, one start of the JVM for every file), by qpdf and
# by poppler: zero Preflight errors; the same text and document
# information as without --pdfa; XMP metadata in UTF-8 (𠮷 included)
# agreeing with the information dictionary, identifying PDF/A-1b; a
# trailer /ID that is a digest of the file, so that the same inputs give
# the same bytes and other inputs another /ID.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025
SAMPLE="$S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml"
ONE="$S/plan.xml $S/progress-2025-06.xml"
# Preflight as Debian packages it: libpdfbox2-java, and JAXB for its
# XMP parser (libjaxb-api-java, libactivation-java).
J=/usr/share/java
PREFLIGHT="$J/preflight.jar:$J/pdfbox2.jar:$J/fontbox2.jar:$J/xmpbox.jar"
PREFLIGHT="$PREFLIGHT:$J/commons-logging.jar:$J/jaxb-api.jar:$J/javax.activation.jar"
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS

# make NAME DUBAO-ARGS...: $TMP/NAME.pdf with --pdfa, $TMP/NAME-plain.pdf
# without; both must be made without a word on stderr.
pdfa_bulletin() {
	name=$1
	shift
	"$DUBAO" bulletin --pdfa "$@" -o "$TMP/$name.pdf" >/dev/null 2>"$TMP/$name.err"
	ok $? "$name: dubao bulletin --pdfa succeeds"
	is "$(cat "$TMP/$name.err")" "" "$name: and prints no warning"
	"$DUBAO" bulletin "$@" -o "$TMP/$name-plain.pdf" >/dev/null 2>&1
}

# xmp NAME: the XMP packet of $TMP/NAME.pdf, through the catalog's
# /Metadata, into $TMP/NAME.xmp.
xmp() {
	root=$(qpdf --show-object=trailer "$TMP/$1.pdf" | sed -n 's|.*/Root \([0-9]*\) 0 R.*|\1|p')
	meta=$(qpdf --show-object="$root" "$TMP/$1.pdf" | sed -n 's|.*/Metadata \([0-9]*\) 0 R.*|\1|p')
	qpdf --show-object="$meta" --filtered-stream-data "$TMP/$1.pdf" >"$TMP/$1.xmp"
}

# prop NAME PROPERTY: the text of an XMP property (its first rdf:li if it
# is a list), whatever prefix it is written with.
prop() {
	xmllint --xpath "string((//*[local-name()='$2'])[1])" "$TMP/$1.xmp" 2>/dev/null
}

# info NAME KEY: pdfinfo's value of an information dictionary key.
info() {
	pdfinfo "$TMP/$1.pdf" | sed -n "s/^$2: *//p"
}

# id NAME: the trailer's /ID, both halves.
id() {
	qpdf --show-object=trailer "$TMP/$1.pdf" | sed -n 's|.*/ID \[ *\(<[^]]*>\) *\].*|\1|p'
}

pdfa_bulletin sample $SAMPLE
pdfa_bulletin meta -t tests/bulletin/meta.xsl $ONE
python3 tools/synth.py "$TMP/p300" --projects 300 --months 2 >/dev/null
LONG="$TMP/p300/plan.xml $TMP/p300/progress-2025-01.xml $TMP/p300/progress-2025-02.xml"
pdfa_bulletin long $LONG
# Metadata with every character XML escapes, and those PDF strings do.
cat >"$TMP/escape.xsl" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <document title="A &amp; B &lt;c&gt; &quot;d&quot; 'e' (f) \ 𠮷" author="甲 &amp; 乙"
        subject="x&lt;y" keywords="k1, k2 &amp; k3">
      <para>正文。</para>
    </document>
  </xsl:template>
</xsl:stylesheet>
EOF
pdfa_bulletin escape -t "$TMP/escape.xsl" $ONE
"$DUBAO" bulletin --pdfa --stamp $SAMPLE -o "$TMP/stamp.pdf" >/dev/null 2>&1
ok $? "stamp: dubao bulletin --pdfa --stamp succeeds"
"$DUBAO" bulletin --pdfa $ONE -o "$TMP/one.pdf" >/dev/null 2>&1

# ---- Preflight -------------------------------------------------------------------

# One JVM for all: "group" reads the files from a list and reports on each.
# The plain sample is the control: Preflight must find it wanting.
for n in sample meta long escape stamp sample-plain; do
	echo "$TMP/$n.pdf"
done >"$TMP/list"
java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -cp "$PREFLIGHT" \
    org.apache.pdfbox.preflight.Validator_A1b group "$TMP/list" >"$TMP/preflight" 2>&1
grep -q '^The file ' "$TMP/preflight" || head -5 "$TMP/preflight" | sed 's/^/#   /'
for n in sample meta long escape stamp; do
	grep -q "^The file $n.pdf is a valid PDF/A-1b file" "$TMP/preflight"
	ok $? "$n: PDFBox Preflight finds it a valid PDF/A-1b file, with no error"
	# Preflight's codes and messages for this file, if any.
	awk -v f="The file $n.pdf " 'index($0, "The file ") == 1 { on = index($0, f) == 1; next }
	    on && NF' "$TMP/preflight" | head -20 | sed 's/^/#   /'
done
grep -A3 "^The file sample-plain.pdf is not a valid PDF/A-1b file" "$TMP/preflight" \
    | grep -q '^1\.4\.1 '
ok $? "control: without --pdfa, Preflight finds no /ID (1.4.1) and more"

# ---- the same document ------------------------------------------------------------

for n in sample meta long escape; do
	out=$(qpdf --check "$TMP/$n.pdf" 2>&1)
	ok $? "$n: qpdf --check passes"
	like "$out" 'No syntax or stream encoding errors' "$n: qpdf finds no syntax or stream errors"
	pdftotext "$TMP/$n.pdf" "$TMP/$n.txt" 2>"$TMP/$n.poppler"
	pdftotext "$TMP/$n-plain.pdf" "$TMP/$n-plain.txt"
	cmp -s "$TMP/$n.txt" "$TMP/$n-plain.txt" && [ -s "$TMP/$n.txt" ]
	ok $? "$n: pdftotext reads the same text as without --pdfa"
	is "$(cat "$TMP/$n.poppler")" "" "$n: without a warning"
	pdfinfo "$TMP/$n.pdf" | grep -Ev '^(File size|PDF version|Metadata Stream):' >"$TMP/$n.info"
	pdfinfo "$TMP/$n-plain.pdf" | grep -Ev '^(File size|PDF version|Metadata Stream):' \
	    >"$TMP/$n-plain.info"
	cmp -s "$TMP/$n.info" "$TMP/$n-plain.info"
	ok $? "$n: pdfinfo says the same of it as without --pdfa (pages, title…)"
	is "$(info "$n" 'PDF version')/$(info "$n" 'Metadata Stream')" "1.4/yes" \
	    "$n: PDF 1.4 with a metadata stream"
done

# ---- XMP metadata ---------------------------------------------------------------

for n in sample meta escape stamp; do
	xmp "$n"
	xmllint --noout "$TMP/$n.xmp" 2>/dev/null
	ok $? "$n: the XMP is well-formed XML (and so UTF-8)"
	is "$(prop "$n" part)/$(prop "$n" conformance)" "1/B" "$n: pdfaid part 1, conformance B"
	for pair in title:Title description:Subject Keywords:Keywords Producer:Producer \
	    CreatorTool:Creator creator:Author; do
		p=${pair%%:*}
		k=${pair#*:}
		is "$(prop "$n" "$p")" "$(info "$n" "$k")" "$n: XMP $p is the Info $k"
	done
done
"$DUBAO" bulletin --layout -t tests/bulletin/meta.xsl $ONE >"$TMP/meta.layout" 2>/dev/null
is "$(prop meta title)" "$(xmllint --xpath 'string(/document/@title)' "$TMP/meta.layout")" \
    "meta: XMP dc:title is the layout's title, 𠮷 included"
like "$(prop meta title)" '^𠮷野社区改造通报$' "meta: 𠮷 (U+20BB7) whole, in UTF-8"
grep -q CreateDate "$TMP/sample.xmp"
is $? 1 "sample: no xmp:CreateDate without --stamp"
at=$(date -u -d "$(prop stamp CreateDate)" +%s 2>/dev/null || echo 0)
now=$(date -u +%s)
[ $((now - at)) -ge 0 ] && [ $((now - at)) -lt 300 ]
ok $? "stamp: xmp:CreateDate is the time of the run ($(prop stamp CreateDate))"

# ---- /ID and determinism -------------------------------------------------------------

like "$(id sample)" '^<[0-9a-f]{32}> <[0-9a-f]{32}>$' "sample: the trailer has an /ID"
python3 - "$TMP/sample.pdf" <<'EOF'
import hashlib, re, sys
data = open(sys.argv[1], "rb").read()
at = data.rindex(b"trailer")
m = re.compile(rb"/ID \[ ?<([0-9A-Fa-f]{32})> ?<([0-9A-Fa-f]{32})> ?\]").search(data, at)
zero = data[:at] + data[at:].replace(m.group(1), b"0" * 32)
sys.exit(0 if m.group(1) == m.group(2) and
         m.group(1).lower() == hashlib.md5(zero).hexdigest().encode() else 1)
EOF
ok $? "sample: the /ID is the MD5 digest of the file (with the /ID zeroed), not of the clock"
"$DUBAO" bulletin --pdfa $SAMPLE -o "$TMP/again.pdf" >/dev/null 2>&1
cmp -s "$TMP/sample.pdf" "$TMP/again.pdf"
ok $? "determinism: a second run gives the same bytes"
"$DUBAO" bulletin --pdfa -t tests/bulletin/meta.xsl $ONE -o "$TMP/meta-again.pdf" >/dev/null 2>&1
cmp -s "$TMP/meta.pdf" "$TMP/meta-again.pdf"
ok $? "determinism: the 𠮷 case too"
[ -n "$(id one)" ] && [ "$(id one)" != "$(id sample)" ]
ok $? "another input (one progress file) gives another /ID"

done_testing
