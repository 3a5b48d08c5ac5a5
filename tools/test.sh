#!/usr/bin/env bash
# The one test command (README): runs every test of the solution on a fresh Debian machine that has only the
# .NET SDK. It installs what tests need and is missing (Debian's Chromium once browser tests exist), restores
# the repository's dotnet tools, runs `dotnet test Agendas.sln`, and ends with one line for the whole run:
# "N passed, N failed". Exit status: 0 only when every test passed and nothing failed to build.
# Extra arguments go to `dotnet test`, e.g. tools/test.sh --filter "Category!=Publish".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="TestResults/tools-test"

# A build or set-up failure counts as one failed test, so the closing line never reads "0 passed, 0 failed".
fail_setup() {
    echo "tools/test.sh: $1" >&2
    echo "0 passed, 1 failed"
    exit 1
}

# Browser tests drive the machine's Chromium (Playwright cannot download a browser here); install Debian's.
ensure_chromium() {
    compgen -G "tests/*Browser*/*.csproj" >/dev/null || return 0
    command -v chromium >/dev/null && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Chromium is missing: apt-get install chromium" >&2; return 1; }
        sudo="sudo"
    fi
    echo "Installing Debian's chromium for the browser tests..."
    $sudo apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
}

ensure_chromium || fail_setup "could not install chromium"
if [ -f dotnet-tools.json ] || [ -f .config/dotnet-tools.json ]; then
    dotnet tool restore >/dev/null || fail_setup "dotnet tool restore failed"
fi

rm -rf "$results"
# The browser tests keep a screenshot of each page type (and of each failure) next to the TRX files.
export AGENDAS_SCREENSHOTS="$PWD/$results/screenshots"
dotnet test Agendas.sln --logger trx --results-directory "$results" "$@"
status=$?

# Sum the counters of every project's TRX file.
passed=0
failed=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]\+')
    f=$(grep -o ' failed="[0-9]*"' <<<"$counters" | grep -o '[0-9]\+')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

# dotnet test failed without a failed test: the build broke or a test host crashed.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
