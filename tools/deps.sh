#!/bin/sh
# tools/deps.sh: installs the Debian packages dubao needs to build, to
# make its demo and to run its tests, when any is missing.  Run by
# `make deps`, and first by `make demo`, `make check` and `make bench`.
# Quick and silent when everything is already there.
set -eu

# Build: compiler, pkg-config and the libraries of DESIGN.md.
BUILD="gcc make pkg-config libxml2-dev libxslt1-dev libglib2.0-dev
libpango1.0-dev libcairo2-dev libharfbuzz-dev libfontconfig-dev libhpdf-dev
liblcms2-dev"
# The fuzz targets of fuzz/: clang and its libFuzzer runtime.
FUZZ="clang libclang-rt-14-dev"
# Fonts of fonts/ (free TrueType faces; libharu cannot read CFF).
FONTS="fontconfig fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-ukai
fonts-arphic-uming fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-hanazono"
# What the tests and the demo use to look inside the outputs; a Java
# runtime for Apache PDFBox, the second text extractor of the PDF tests
# and (its Preflight, which needs JAXB) the PDF/A validator.
TOOLS="perl libxml2-utils xsltproc poppler-utils librsvg2-bin qpdf valgrind
python3 strace default-jre-headless libpdfbox2-java libjaxb-api-java
libactivation-java"

missing=""
for p in $BUILD $FUZZ $FONTS $TOOLS; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "dubao: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "dubao: these packages are missing and I am not root:$missing" >&2
	echo "dubao: as root, run: apt-get install$missing" >&2
	exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "dubao: apt-get update failed; trying the install anyway" >&2
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
