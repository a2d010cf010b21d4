#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a given time:
#   fuzz/run.sh FuzzLoader 60     (or FuzzSite)
# The working corpus (fuzz/corpus/TARGET, not committed) is seeded from content/. A crash, a
# run over 10 s or more than 500 MiB of memory fails the run and leaves the input in
# fuzz/artifacts/; turn it into a regression test.
set -euo pipefail
target=${1:?usage: fuzz/run.sh FuzzLoader|FuzzSite SECONDS}
seconds=${2:?usage: fuzz/run.sh FuzzLoader|FuzzSite SECONDS}
cd "$(dirname "$0")"

swift build -c release -Xswiftc -sanitize=fuzzer --product "$target" >/dev/null
corpus="corpus/$target"
mkdir -p "$corpus" artifacts
if [ -z "$(ls -A "$corpus")" ]; then
  # One seed per content file; the first byte routes it (see FuzzInput): 0 is a code file,
  # 2 a guide, 3 a family introduction, 4 site.yml.
  for file in ../content/codes/*.md; do { printf '\x00'; cat "$file"; } > "$corpus/code-$(basename "$file")"; done
  for file in ../content/guides/*.md; do { printf '\x02'; cat "$file"; } > "$corpus/guide-$(basename "$file")"; done
  for file in ../content/families/*.md; do { printf '\x03'; cat "$file"; } > "$corpus/family-$(basename "$file")"; done
  { printf '\x04'; cat ../content/site.yml; } > "$corpus/site.yml"
fi

exec ".build/release/$target" "$corpus" -dict=sitegen.dict -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=500 -max_len=65536 -print_final_stats=1 -artifact_prefix=artifacts/
