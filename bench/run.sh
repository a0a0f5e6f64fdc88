#!/usr/bin/env bash
# Runs every benchmark program in <build>/bench and merges their JSON into <out>.
set -euo pipefail
build=$1
out=$2
shift 2
quick=0
[ "${1:-}" = "--quick" ] && quick=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shopt -s nullglob
for exe in "$build"/bench/bench_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=$(basename "$exe")
    echo "== $name" >&2
    if [ $quick -eq 1 ]; then "$exe" --quick >"$tmp/$name.json"; else "$exe" >"$tmp/$name.json"; fi
done
python3 - "$tmp" "$out" <<'PY'
import datetime, json, os, sys
src, out = sys.argv[1], sys.argv[2]
benchmarks = {}
for f in sorted(os.listdir(src)):
    with open(os.path.join(src, f)) as fh:
        benchmarks[f[:-5]] = json.load(fh)
doc = {
    "generated_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "machine": {"cores": os.cpu_count(),
                "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)},
    "benchmarks": benchmarks,
}
with open(out, "w") as fh:
    json.dump(doc, fh, indent=2)
print(json.dumps(doc, indent=2))
PY
