#!/bin/sh
# tools/demo.sh: `make demo`: checks every sample plan folder of input/
# and writes its outputs into output/<folder>/: the report model, the
# charts (SVG, with PNG previews) and the bulletin (PDF); then the monthly
# batch of all of them, with the unit sheets, into output/batch/, and
# each folder's year-end archive into output/archive-<folder>/.
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

echo "== batch"
./dubao batch --units input/*/ -o output/batch
for dir in input/*/; do
	dir=${dir%/}
	[ -f "$dir/plan.xml" ] || continue
	echo "== archive $(basename "$dir")"
	./dubao archive "$dir" -o "output/archive-$(basename "$dir")"
done
