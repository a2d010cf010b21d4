#!/usr/bin/env bash
# Load on `sitegen serve` (release build): wrk with 50 connections for 20 s against a code page
# on loopback, beside nginx serving the same page from the built site/ as the peer.
# Prints requests per second and errors for each. Usage: benchmarks/serve-load.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
command -v wrk >/dev/null || { echo "serve-load: needs wrk (apt-get install wrk)"; exit 1; }

swift build -c release --product sitegen >/dev/null
sitegen="$(swift build -c release --show-bin-path)/sitegen"
work="$(mktemp -d)"
serve_pid=""
nginx_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill -INT "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Runs wrk and prints one summary line: requests/s, the latency line, and every kind of error.
load() {
  local name="$1" url="$2"
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
  [ "$status" = 200 ] || { echo "serve-load: $url answered $status"; exit 1; }
  wrk -t2 -c50 -d"${duration}s" --latency "$url" > "$work/$name.txt"
  local rate errors non2xx
  rate="$(awk '/^Requests\/sec/ {print $2}' "$work/$name.txt")"
  errors="$(awk '/Socket errors/ {print}' "$work/$name.txt")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$work/$name.txt")"
  printf '%-16s %10s req/s  p50 %-8s p99 %-8s non-2xx: %s  socket errors: %s\n' "$name" "$rate" \
    "$(awk '$1 == "50%" {print $2}' "$work/$name.txt")" "$(awk '$1 == "99%" {print $2}' "$work/$name.txt")" \
    "${non2xx:-0}" "${errors:-none}"
}

"$sitegen" serve --port 0 > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do grep -q "serving http" "$work/serve.log" && break; sleep 0.1; done
serve_url="$(grep -o 'http://[^ ]*' "$work/serve.log" | head -1)"
[ -n "$serve_url" ] || { cat "$work/serve.log"; exit 1; }

port="$(free_port)"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$port;
    root $PWD/site;
    add_header Cache-Control no-cache;
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

echo "wrk -t2 -c50 -d${duration}s on $(nproc) cores, GET /303/ on loopback"
load "sitegen serve" "${serve_url}303/"
load "nginx (peer)" "http://127.0.0.1:$port/303/"
