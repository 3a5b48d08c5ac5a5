#!/usr/bin/env bash
# Load measurement (README, "Pages under load"; docs/operations.md, "Figures"). Two modes, both on loopback only,
# each measurement with wrk for a fixed duration. Not part of tools/test.sh or CI.
#
# Default: the addresses people and scripts use: a session page, a topic page, a search with a common term
# (/zoeken?q=navo), the JSON API (/api/zoeken?q=navo, and /api/vergaderingen when the app has it). For each
# set-up (output cache on, then off; one app at a time) and address it prints requests/s, p50/p99 latency,
# non-2xx and socket errors, and the server's peak RSS (VmHWM) over the whole run.
# --compare: one page (--path) with the cache on, off, and served by nginx from a saved copy (the machine's ceiling).
#
# Usage: tools/load.sh [--db path/to/agendas.db] [--cache both|on|off] [--duration 10s] [--connections 32]
#                      [--threads 2] [--warmup 3s] [--keep]
#        tools/load.sh --compare [--path /vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2] [--rounds 3] [...]
# --db: measure an existing database (e.g. 10,000 generated letters) instead of a fresh one with the seeds; the app
# migrates it if needed and imports nothing into it. Rate limits are off in the measured app.
# Needs the .NET SDK, curl, wrk (and nginx for --compare); installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=urls
database=""
cache=both
page_path="/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2"
duration="10s"
connections=32
threads=2
rounds=3
warmup="3s"
keep=false

usage() { sed -n '11,17s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --db) database="$2"; shift 2 ;;
        --cache) cache="$2"; shift 2 ;;
        --compare) mode=compare; shift ;;
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
case "$cache" in both|on|off) ;; *) echo "tools/load.sh: --cache is both, on or off" >&2; exit 2 ;; esac
if [ -n "$database" ]; then
    [ -f "$database" ] || { echo "tools/load.sh: no database at $database" >&2; exit 2; }
    database=$(realpath "$database")
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ensure_tools() {
    local missing=()
    command -v curl >/dev/null || missing+=(curl)
    command -v wrk >/dev/null || missing+=(wrk)
    if [ "$mode" = compare ]; then
        command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    fi
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

# Waits for the app (a big database takes a while to open and migrate); /health answers once it serves.
wait_until_up() {
    local url="$1" deadline=$((SECONDS + 300)) status
    while [ $SECONDS -lt $deadline ]; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
        if [ "$status" = 200 ]; then return 0; fi
        if [ "$status" != 000 ]; then
            echo "tools/load.sh: $url answered $status" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "tools/load.sh: $url did not answer within 300 s (log: $work/*.log)" >&2
    exit 1
}

echo "Publishing the app (Release) ..."
dotnet publish src/Agendas.Web -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log" >&2; exit 1; }

# The database: the one given (nothing imported into it), or a fresh one that the first start fills with the seeds.
if [ -n "$database" ]; then
    db_file="$database"
    import_seeds=false
else
    db_file="$work/agendas.db"
    import_seeds=true
fi

# Waits until the search's in-memory snapshot is loaded (/health, check search-memory), so that searches are measured
# as a running server answers them, not while the snapshot of a big database is still being read.
wait_for_search_memory() {
    local url="$1" deadline=$((SECONDS + 300)) started=$SECONDS
    while [ $SECONDS -lt $deadline ]; do
        if curl -s "$url" | grep -q 'staat in het geheugen'; then
            echo "  search snapshot loaded after $((SECONDS - started)) s"
            return 0
        fi
        sleep 0.5
    done
    echo "tools/load.sh: the search snapshot was not loaded within 300 s (see $url)" >&2
    exit 1
}

# Starts the app in this shell (so that cleanup can stop it); sets started_port and started_pid.
# Production, as on a server; rate limits off (wrk is one client asking thousands of times a second); the
# per-request log line off: writing 30 000 lines a second to a console measures the console, not the app.
# Started in the app's folder, as the systemd unit does (docs/operations.md): the content root is the working
# directory, and appsettings.json (log levels among them) is read from there.
start_app() {
    local name="$1" cache_on="$2" port
    port=$(free_port)
    (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec dotnet ./Agendas.Web.dll \
        --urls "http://127.0.0.1:$port" \
        --ConnectionStrings:Agendas="Data Source=$db_file" \
        --Agendas:ImportSeedsOnStartup="$import_seeds" \
        --Agendas:OutputCache="$cache_on" \
        --Agendas:RateLimits:Enabled=false \
        --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning) \
        >"$work/$name.log" 2>&1 &
    started_pid=$!
    pids+=("$started_pid")
    wait_until_up "http://127.0.0.1:$port/health"
    wait_for_search_memory "http://127.0.0.1:$port/health"
    started_port=$port
}

stop_app() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# Resident memory of a process in MB: VmHWM is the peak since it started, VmRSS the present.
rss_mb() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# wrk's latency figures come as 812.00us, 1.23ms or 1.02s: in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
        else { printf "%s", v } }'
}

# One wrk run of url; prints "rps p50 p99 non2xx socketerrors timeouts" and keeps wrk's own output in $work/wrk.txt.
# Socket errors include timeouts: wrk gives up on a request after 2 s.
wrk_run() {
    local url="$1" out rps p50 p99 non2xx errors timeouts
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url")
    printf '%s\n%s\n\n' "$url" "$out" >>"$work/wrk.txt"
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
    errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")
    timeouts=$(awk '/Socket errors:/ { gsub(/,/, ""); print $10 }' <<<"$out")
    echo "${rps:-0} ${p50:-?} ${p99:-?} ${non2xx:-0} ${errors:-0} ${timeouts:-0}"
}

# "met" when the figure is at most the bound, else "not met".
verdict() { awk -v v="$1" -v bound="$2" 'BEGIN { print (v + 0 <= bound + 0) ? "met" : "not met" }'; }

# A session and a topic that exist in this database: the seeds' when present, else the first ones listed.
discover_paths() {
    local base="$1" meeting
    session_path="/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$session_path")" != 200 ]; then
        meeting=$(curl -s "$base/vergaderingen" | grep -o 'href="/vergaderingen/[0-9][^"/#?]*"' | head -n 1 | cut -d'"' -f2)
        session_path=$(curl -s "$base$meeting" | grep -o "href=\"$meeting/sessie-[0-9]*\"" | head -n 1 | cut -d'"' -f2)
    fi
    topic_path="/onderwerpen/rusland"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$topic_path")" != 200 ]; then
        topic_path=$(curl -s "$base/onderwerpen" | grep -o 'href="/onderwerpen/[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)
    fi
    urls=("$session_path" "$topic_path" "/zoeken?q=navo" "/api/zoeken?q=navo")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/vergaderingen")" = 200 ]; then
        urls+=("/api/vergaderingen")
    fi
}

measure_urls() {
    local setups=() setup name cache_on base path result rss_start rss_peak failures worst_ratio
    case "$cache" in
        both) setups=(on off) ;;
        *) setups=("$cache") ;;
    esac
    letters="the seeds"
    [ -n "$database" ] && letters="$database"
    : >"$work/table.txt"
    for setup in "${setups[@]}"; do
        name="cache-$setup"
        cache_on=true
        [ "$setup" = off ] && cache_on=false
        echo "Starting the app with output cache $setup over $letters ..."
        start_app "$name" "$cache_on"
        base="http://127.0.0.1:$started_port"
        discover_paths "$base"
        rss_start=$(rss_mb "$started_pid" VmRSS)
        failures=0
        worst_ratio=0
        for path in "${urls[@]}"; do
            wrk -t"$threads" -c"$connections" -d"$warmup" "$base$path" >/dev/null
            result=$(wrk_run "$base$path")
            read -r rps p50 p99 non2xx errors timeouts <<<"$result"
            printf '  cache %-3s %-55s %8s req/s  p50 %7s ms  p99 %8s ms  non-2xx %s  socket errors %s (timeouts %s)\n' \
                "$setup" "$path" "$rps" "$p50" "$p99" "$non2xx" "$errors" "$timeouts"
            printf '| %-5s | %-55s | %10s | %8s | %9s | %7s | %13s | %8s |\n' "$setup" "$path" "$rps" "$p50" "$p99" "$non2xx" "$errors" "$timeouts" >>"$work/table.txt"
            failures=$((failures + non2xx + errors))
            worst_ratio=$(awk -v a="$p99" -v b="$p50" -v w="$worst_ratio" 'BEGIN { r = (b > 0) ? a / b : 999; printf "%.1f", (r > w) ? r : w }')
        done
        rss_peak=$(rss_mb "$started_pid" VmHWM)
        echo "cache $setup: server RSS $rss_start MB after start (and the seed import, if any), peak $rss_peak MB" >>"$work/rss.txt"
        # The issue's targets (0 errors, p99 <= 10x p50, RSS <= 200 MB at 10,000 letters), each met or not.
        printf 'cache %s, targets: errors %s (0: %s); p99/p50 at most %s (<= 10: %s); peak RSS %s MB (<= 200 MB: %s)\n' \
            "$setup" "$failures" "$(verdict "$failures" 0)" "$worst_ratio" "$(verdict "$worst_ratio" 10)" \
            "$rss_peak" "$(verdict "$rss_peak" 200)" >>"$work/rss.txt"
        stop_app "$started_pid"
    done

    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), loopback (wrk and the"
    echo "server share the machine); $duration per address after a $warmup warm-up, $connections connections, $threads threads; $letters"
    printf '| %-5s | %-55s | %10s | %8s | %9s | %7s | %13s | %8s |\n' "cache" "address" "requests/s" "p50 ms" "p99 ms" "non-2xx" "socket errors" "timeouts"
    printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "-------" "---------------------------------------------------------" "------------" "----------" "-----------" "---------" "---------------" "----------"
    cat "$work/table.txt"
    echo
    cat "$work/rss.txt"
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

# Cache on, cache off and nginx over one page, in alternating rounds (shared machines are noisy): medians.
compare_page() {
    echo "Starting the app with output caching on, then off ..."
    start_app cache-on true
    app_on_port=$started_port
    start_app cache-off false
    app_off_port=$started_port
    nginx_port=$(free_port)
    start_nginx "$nginx_port"
    page_bytes=$(wc -c <"$work/nginx/www/page.html")

    local setups=("cache-on:$app_on_port" "cache-off:$app_off_port" "nginx:$nginx_port") setup name result
    echo "Warming up ($warmup each) ..."
    for setup in "${setups[@]}"; do
        wrk -t"$threads" -c"$connections" -d"$warmup" "http://127.0.0.1:${setup#*:}$page_path" >/dev/null
    done

    echo "Measuring $page_path ($page_bytes bytes): $rounds rounds of $duration, $connections connections, $threads threads"
    for round in $(seq 1 "$rounds"); do
        for setup in "${setups[@]}"; do
            name="${setup%%:*}"
            result=$(wrk_run "http://127.0.0.1:${setup#*:}$page_path")
            echo "$result" >>"$work/$name.results"
            read -r rps p50 p99 _ <<<"$result"
            printf '  %-10s round %d: %8s req/s  p50 %6s ms  p99 %6s ms\n' "$name" "$round" "$rps" "$p50" "$p99"
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
}

if [ "$mode" = compare ]; then
    compare_page
else
    measure_urls
fi
