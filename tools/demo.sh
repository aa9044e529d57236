#!/bin/sh
# tools/demo.sh: `make demo`: checks every sample plan folder of input/
# and writes its outputs into output/<folder>/: the report model, the
# charts (SVG, with PNG previews) and the bulletin (PDF).
set -eu
cd "$(dirname "$0")/.."

for dir in input/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	plan="$dir/plan.xml"
	[ -f "$plan" ] || continue
	# progress-*.xml in name order; dubao orders them by as-of itself.
	set -- "$dir"/progress-*.xml
	[ -f "$1" ] || set --
	mkdir -p "output/$name"
	echo "== $name"
	./dubao check "$plan" "$@"
	if [ $# -gt 0 ]; then
		./dubao model "$plan" "$@" -o "output/$name/model.xml"
		echo "wrote output/$name/model.xml"
		./dubao charts "$plan" "$@" -o "output/$name/charts" --png
		./dubao bulletin "$plan" "$@" -o "output/$name/bulletin.pdf"
	fi
done
