#!/usr/bin/env bash
# sitegen's benchmark: builds sitegen in release, then times sitegen, Hugo (default and without
# syntax highlighting, when `hugo` is installed) and the `cmark` CLI (when installed) on generated
# sites of N = 100, 1,000 and 10,000 pages (and 100,000 with --large), plus sitegen's rebuilds and
# the real site. Prints one Markdown report of medians with ratios, and the machine and load.
#
#   benchmarks/run.sh [--large] [--runs R] [--dir DIR] [--disk DIR] [--smoke]
#
#   --large    also N = 100,000 (takes minutes; needs a few GiB of tmpfs for the inputs)
#   --runs R   runs per figure (default 3; at most 2 at 100,000)
#   --dir DIR  where inputs and outputs go (default /dev/shm/sitegen-bench: tmpfs)
#   --disk DIR also time full builds at N = 10,000 with the output on disk under DIR
#   --smoke    N = 100, one run, the debug build, no real-site figures: for CI, proves the script works
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="100,1000,10000"
runs=3
dir=/dev/shm/sitegen-bench
disk=""
configuration=release
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --large) sizes="$sizes,100000" ;;
    --runs) runs="$2"; shift ;;
    --dir) dir="$2"; shift ;;
    --disk) disk="$2"; shift ;;
    --smoke) sizes="100"; runs=1; configuration=debug; extra+=(--no-real-site) ;;
    *) sed -n '2,14p' "$0" >&2; exit 2 ;;
  esac
  shift
done

echo "bench: building sitegen ($configuration)" >&2
swift build -c "$configuration" --product sitegen >&2
sitegen="$(swift build -c "$configuration" --show-bin-path)/sitegen"
mkdir -p "$dir"
python3 benchmarks/bench.py --sitegen "$sitegen" --build-kind "$configuration" --sizes "$sizes" --runs "$runs" \
  --dir "$dir" ${disk:+--disk "$disk"} "${extra[@]}"
rm -rf "$dir"
