#!/usr/bin/env bash
# The search benchmark of docs/benchmarks.md: generates N letters from the seeds, imports them with the Release
# CLI into a fresh SQLite file (timed: letters/s), then measures search latency p50/p95 through ISearchIndex and the
# same queries as a plain LIKE scan, with the database and FTS index sizes.
# Usage: tools/bench-search.sh [count (10000)] [work folder (/tmp/agendas-bench)]; SEED and RUNS override 1 and 30.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

count="${1:-10000}"
work="${2:-${TMPDIR:-/tmp}/agendas-bench}"
seed="${SEED:-1}"
runs="${RUNS:-30}"

dotnet build src/Agendas.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tests/Agendas.Benchmarks -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/Agendas.Cli/bin/Release/net10.0/agendas.dll)

rm -rf "$work"
mkdir -p "$work"
"${cli[@]}" generate --count "$count" --out "$work/letters" --seed "$seed"

echo "importing $count letters into $work/agendas.db (load average $(cut -d' ' -f1-3 /proc/loadavg)) ..."
start=$(date +%s.%N)
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "import: %e s wall, %M KB peak RSS" -o "$work/import.time")
"${timer[@]}" "${cli[@]}" import "$work/letters" --db "$work/agendas.db" >"$work/import.log"
end=$(date +%s.%N)
tail -n 1 "$work/import.log"
[ -f "$work/import.time" ] && cat "$work/import.time"
awk -v n="$count" -v s="$start" -v e="$end" 'BEGIN { printf "import rate: %.1f letters/s (%.0f s for %d letters)\n", n / (e - s), e - s, n }'

# The machine is shared: the load average before and after says how much the figures can be trusted.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet tests/Agendas.Benchmarks/bin/Release/net10.0/Agendas.Benchmarks.dll search-latency --db "$work/agendas.db" --runs "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Pages per table and index: Debian's sqlite3 has dbstat, the SQLite bundled with the app does not.
if command -v sqlite3 >/dev/null; then
    echo
    echo "pages on disk (sqlite3 dbstat), MB:"
    sqlite3 "$work/agendas.db" "SELECT printf('  %-40s %8.1f', name, SUM(pgsize) / 1048576.0) FROM dbstat GROUP BY name ORDER BY SUM(pgsize) DESC LIMIT 14;
        SELECT printf('  %-40s %8.1f', 'FTS5 index (SearchIndex_*)', SUM(pgsize) / 1048576.0) FROM dbstat WHERE name LIKE 'SearchIndex%';"
fi
