#!/usr/bin/env bash
# Load measurement (README, "Performance"): how many requests per second one page answers, on loopback only, in three
# set-ups: the app with output caching on, the app with it off, and nginx serving the same page saved as a file
# (the ceiling for this machine). Each set-up is measured with wrk for a fixed duration, in alternating rounds because
# shared machines are noisy; the table shows the median of the rounds. Not part of tools/test.sh or CI.
#
# Usage: tools/load.sh [--path /vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2] [--duration 10s]
#                      [--connections 32] [--threads 2] [--rounds 3] [--warmup 3s] [--keep]
# Needs the .NET SDK, curl, wrk and nginx (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

page_path="/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2"
duration="10s"
connections=32
threads=2
rounds=3
warmup="3s"
keep=false

usage() { sed -n '7,9s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --path) page_path="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "tools/load.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
case "$page_path" in /*) ;; *) echo "tools/load.sh: --path must start with /" >&2; exit 2 ;; esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ensure_tools() {
    local missing=()
    command -v curl >/dev/null || missing+=(curl)
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "tools/load.sh: missing ${missing[*]}; install them with apt-get" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "Installing ${missing[*]} ..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
ensure_tools
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/agendas-load.XXXXXX")
# nginx's workers may run as another user: they must be able to read the saved page.
chmod 755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ -f "$work/nginx/nginx.pid" ]; then
        "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
    fi
    if $keep; then echo "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# A port nothing listens on: probe with bash's /dev/tcp, starting at a random place.
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "tools/load.sh: no free port found" >&2
    exit 1
}

wait_until_up() {
    local url="$1" deadline=$((SECONDS + 90)) status
    while [ $SECONDS -lt $deadline ]; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
        if [ "$status" = 200 ]; then return 0; fi
        if [ "$status" != 000 ]; then
            echo "tools/load.sh: $url answered $status; is --path a page that exists?" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "tools/load.sh: $url did not answer within 90 s (log: $work/*.log)" >&2
    exit 1
}

echo "Publishing the app (Release) ..."
dotnet publish src/Agendas.Web -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log" >&2; exit 1; }

# One fresh database for both apps: the first start migrates it and imports the seeds, the second finds them.
# The per-request log line is off: writing 30 000 lines a second to a console measures the console, not the app.
# Sets started_port (not echoed: the app must be started in this shell, so that cleanup can stop it).
start_app() {
    local name="$1" cache="$2" port
    port=$(free_port)
    ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/Agendas.Web.dll" \
        --urls "http://127.0.0.1:$port" \
        --ConnectionStrings:Agendas="Data Source=$work/agendas.db" \
        --Agendas:OutputCache="$cache" \
        --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
        >"$work/$name.log" 2>&1 &
    pids+=($!)
    wait_until_up "http://127.0.0.1:$port$page_path"
    started_port=$port
}

start_nginx() {
    local port="$1"
    mkdir -p "$work/nginx/www" "$work/nginx/temp"
    curl -sf "http://127.0.0.1:$app_on_port$page_path" -o "$work/nginx/www/page.html"
    chmod 755 "$work/nginx" "$work/nginx/www"
    chmod 644 "$work/nginx/www/page.html"
    cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/temp;
    proxy_temp_path $work/nginx/temp;
    fastcgi_temp_path $work/nginx/temp;
    uwsgi_temp_path $work/nginx/temp;
    scgi_temp_path $work/nginx/temp;
    server {
        listen 127.0.0.1:$port;
        location / {
            default_type "text/html; charset=utf-8";
            root $work/nginx/www;
            try_files /page.html =404;
        }
    }
}
EOF
    "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>>"$work/nginx/error.log"
    wait_until_up "http://127.0.0.1:$port$page_path"
}

echo "Starting the app with output caching on, then off ..."
start_app cache-on true
app_on_port=$started_port
start_app cache-off false
app_off_port=$started_port
nginx_port=$(free_port)
start_nginx "$nginx_port"
page_bytes=$(wc -c <"$work/nginx/www/page.html")

# wrk's latency figures come as 812.00us, 1.23ms or 1.02s: in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else { printf "%s", v } }'
}

# One wrk run; appends "rps p50 p99 non2xx socketerrors" to the set-up's results file.
measure() {
    local name="$1" port="$2" out rps p50 p99 non2xx errors
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$page_path")
    echo "$out" >>"$work/$name.wrk.txt"
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
    errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")
    echo "$rps ${p50:-?} ${p99:-?} ${non2xx:-0} ${errors:-0}" >>"$work/$name.results"
    printf '  %-10s round %d: %8s req/s  p50 %6s ms  p99 %6s ms\n' "$name" "$round" "$rps" "$p50" "$p99"
}

setups=("cache-on:$app_on_port" "cache-off:$app_off_port" "nginx:$nginx_port")
echo "Warming up ($warmup each) ..."
for setup in "${setups[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$warmup" "http://127.0.0.1:${setup#*:}$page_path" >/dev/null
done

echo "Measuring $page_path ($page_bytes bytes): $rounds rounds of $duration, $connections connections, $threads threads"
for round in $(seq 1 "$rounds"); do
    for setup in "${setups[@]}"; do
        measure "${setup%%:*}" "${setup#*:}"
    done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$2" '{ print $c }' "$work/$1.results"; }

echo
echo "Median of $rounds rounds ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, loopback; wrk and the server share the machine)"
printf '| %-22s | %10s | %8s | %8s | %8s | %13s |\n' "set-up" "requests/s" "p50 ms" "p99 ms" "non-2xx" "socket errors"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------" "------------" "----------" "----------" "----------" "---------------"
for setup in "${setups[@]}"; do
    name="${setup%%:*}"
    case "$name" in
        cache-on) label="app, output cache on" ;;
        cache-off) label="app, output cache off" ;;
        nginx) label="nginx, the saved page" ;;
    esac
    printf '| %-22s | %10s | %8s | %8s | %8s | %13s |\n' "$label" \
        "$(column_of "$name" 1 | median)" "$(column_of "$name" 2 | median)" "$(column_of "$name" 3 | median)" \
        "$(column_of "$name" 4 | awk '{ s += $1 } END { print s + 0 }')" \
        "$(column_of "$name" 5 | awk '{ s += $1 } END { print s + 0 }')"
done
echo "(non-2xx and socket errors: totals over all rounds)"
