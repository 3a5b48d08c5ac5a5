#!/usr/bin/env bash
# Fuzzes the decoder and parser with AFL++ and SharpFuzz for a set time (docs/fuzzing.md).
#   tools/fuzz.sh <minutes> [output-folder]
# Builds tests/Agendas.Fuzz in Release, instruments its copy of Agendas.Core.dll with the sharpfuzz tool
# (dotnet-tools.json), and runs afl-fuzz with the seed letters as the starting corpus. Installs Debian's
# afl++ when it is missing. Findings (crashes/, hangs/, fuzzer_stats) end up in the output folder,
# TestResults/fuzz unless given. Not part of tools/test.sh: it is run by hand, for minutes or hours.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

minutes="${1:-}"
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -eq 0 ]; then
    echo "usage: tools/fuzz.sh <minutes> [output-folder]" >&2
    exit 2
fi
out="$(realpath -m "${2:-TestResults/fuzz}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v afl-fuzz >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian's afl++..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi

bin="$out/bin"
rm -rf "$bin"
mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet publish tests/Agendas.Fuzz -c Release -o "$bin" --nologo -v quiet
# Only the code under test is instrumented: AFL's coverage map then measures the parser, not the runtime.
dotnet sharpfuzz "$bin/Agendas.Core.dll"

# The seeds, and every input that once crashed the parser, as the starting corpus.
corpus="$out/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"
cp seeds/*.txt "$corpus/"
for crasher in tests/Agendas.Core.Tests/Fuzzing/Crashers/*.txt; do
    [ -e "$crasher" ] && cp "$crasher" "$corpus/crasher-$(basename "$crasher")"
done

# dotnet itself carries no AFL instrumentation (SharpFuzz reports coverage through shared memory), hence
# the skipped binary check. -t: an input that takes over 5 s is a hang. -V: stop after the given time.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_AUTORESUME=1
afl-fuzz -i "$corpus" -o "$out/findings" -t 5000 -m none -V "$((minutes * 60))" -- dotnet "$bin/Agendas.Fuzz.dll" || true

stats="$out/findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
    grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
fi
crashes=$(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "$crashes crash or hang input(s) in $out/findings/default/{crashes,hangs}"
[ "$crashes" -eq 0 ]
