#!/usr/bin/env bash
# Save-to-reload time of `sitegen serve` (release build) on the real site, in a real browser.
# Headless Chromium keeps content/codes/303.md's page open; the script saves an edit to a copy
# of the content several times, and `serve` reports, for each save, the rebuild time and the
# time from the save (the first file event) to the reloaded page's script connecting again.
# Target: under 300 ms. Usage: benchmarks/serve-reload.sh [saves]
set -euo pipefail
cd "$(dirname "$0")/.."
saves="${1:-10}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "serve-reload: needs Chromium (apt-get install chromium)"; exit 1; }

swift build -c release --product sitegen >/dev/null
sitegen="$(swift build -c release --show-bin-path)/sitegen"
work="$(mktemp -d)"
serve_pid=""
browser_pid=""
cleanup() {
  [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null && wait "$browser_pid" 2>/dev/null || true
  [ -n "$serve_pid" ] && kill -INT "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp -R content templates "$work/"
cd "$work"

"$sitegen" serve --port 0 > serve.log 2>&1 &
serve_pid=$!
for _ in $(seq 100); do grep -q "serving http" serve.log && break; sleep 0.1; done
url="$(grep -o 'http://[^ ]*' serve.log | head -1)303/"
[ "$url" != "303/" ] || { cat serve.log; exit 1; }

"$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" "$url" >browser.log 2>&1 &
browser_pid=$!
sleep 3   # the page loads and subscribes to reloads

reloads() { grep -c "page reloaded" serve.log || true; }
for save in $(seq 0 "$saves"); do
  before="$(reloads)"
  # Save the way an editor does: rewrite the file in place.
  python3 - "$save" <<'PY'
import re, sys
path = "content/codes/303.md"
text = open(path, encoding="utf-8").read()
text = re.sub(r"^plain: .*$", f"plain: Benchmark edit number {sys.argv[1]}, the browser loads another page.", text, count=1, flags=re.M)
open(path, "w", encoding="utf-8").write(text)
PY
  for _ in $(seq 100); do [ "$(reloads)" -gt "$before" ] && break; sleep 0.1; done
  [ "$(reloads)" -gt "$before" ] || { echo "serve-reload: save $save did not reload the page"; tail -5 serve.log; exit 1; }
  sleep 0.5
done

# The first save warms up the browser and the server; it is left out.
summary() {
  sed -n "s/$1/\1/p" serve.log | tail -n +2 | sort -n |
    awk '{ v[NR] = $1 } END { printf "median %d ms, min %d ms, max %d ms (%d saves)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
}
echo "sitegen serve, release build, real site ($(grep -c . <<<"$(ls content/codes)") code pages), headless Chromium"
echo "rebuild:        $(summary '.*rebuilt [0-9]* pages in \([0-9]*\) ms.*')"
echo "save to reload: $(summary '.*page reloaded \([0-9]*\) ms after the save.*')"
