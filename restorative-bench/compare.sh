#!/usr/bin/env bash
# Compares the restorative command with jq and DuckDB over one NDJSON cohort, as whole processes.
#
#   restorative-bench/compare.sh                    # 100,000 synthetic cases, 5 interleaved rounds
#   restorative-bench/compare.sh --cases 20000 --rounds 3
#   restorative-bench/compare.sh --file cohort.ndjson
#   restorative-bench/compare.sh --memory           # peak memory of stats and validate at 10^5 and 10^6
#   restorative-bench/compare.sh --startup          # validate on one record, 20 times
#
# Comparison mode (the default) times, on the same file and in the same run:
#   restorative stats --format csv FILE            (the cheapest output to print)
#   restorative validate --as-of INSTANT FILE      (its report goes to /dev/null)
#   jq -n 'reduce inputs as $c ({}; .[$c.stage] += 1)' FILE
#   python3: SELECT stage, count(*) FROM read_ndjson(FILE) GROUP BY stage   (DuckDB)
# and prints each one's median wall time, its median CPU time (user and system, all threads), its
# peak resident memory and its wall time as a multiple of jq's and of DuckDB's (below 1 is faster). jq is skipped with a message when it is not installed,
# and DuckDB when `python3 -c 'import duckdb'` fails.
#
# Memory mode (--memory) runs stats and validate over 10^5 and 10^6 cases (--sizes to change them),
# one round each by default and no warm-up, and prints the peak resident memory of each at both sizes and their
# ratio: the launcher's heap settings are meant to keep it within 10%.
#
# Start-up mode (--startup) runs `restorative validate` on a file of one synthetic record, 20 times
# (--rounds to change it), as someone who checks records one at a time in a loop, and prints the
# median wall time and the peak resident memory of a run.
#
# Each command is measured with GNU time (wall seconds, peak RSS) and run as a user runs it: the
# restorative commands through the ./restorative launcher, with its JVM settings (and
# RESTORATIVE_JAVA_OPTS, if set). The jar is built first and every command runs once untimed (the
# warm-up: disk cache, the class-data archive); then the tools take turns, round after round, in an
# order that rotates, and the median of the rounds is reported. Synthetic cohorts come from
# `./restorative synth --seed S`, which gives the same bytes for the same seed; they are kept under
# restorative-bench/target/compare/ and generated again when the jar is newer. Needs bash, GNU time
# (/usr/bin/time, or gtime; TIME_CMD to name another) and Java 17; the numbers are as good as the
# machine is quiet.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="$root/restorative"
jar="$root/restorative-examples/target/restorative.jar"
work="$root/restorative-bench/target/compare"

cases=100000
rounds=5
seed=7
file=""
mode=compare
sizes="100000 1000000"
as_of="2026-12-01T00:00:00Z"

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
  echo
  cat <<'EOF'
Options:
  --cases N     cases in the synthetic cohort (default 100000)
  --file FILE   an NDJSON file of case records instead of a synthetic cohort
  --rounds R    timed rounds after the warm-up (default 5; memory mode: 1)
  --seed S      seed of the synthetic cohort (default 7)
  --memory      memory mode: stats and validate at each of --sizes
  --startup     start-up mode: validate on one record, --rounds times (default 20)
  --sizes "A B" the cohort sizes of memory mode (default "100000 1000000")
  --work DIR    where cohorts and logs go (default restorative-bench/target/compare)
  -h, --help    this text
EOF
}

rounds_given=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cases) cases="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    --rounds) rounds="$2"; rounds_given=1; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --memory) mode=memory; shift ;;
    --startup) mode=startup; shift ;;
    --sizes) sizes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ "$mode" == memory && -z "$rounds_given" ]]; then rounds=1; fi
if [[ "$mode" == startup && -z "$rounds_given" ]]; then rounds=20; fi
for n in "$cases" "$rounds" $sizes; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "compare.sh: not a positive whole number: $n" >&2; exit 2; }
done

# GNU time: wall seconds (%e) and peak resident set size in kilobytes (%M).
time_cmd="${TIME_CMD:-}"
if [[ -z "$time_cmd" ]]; then
  for candidate in /usr/bin/time gtime; do
    if "$candidate" --version 2>&1 | grep -q GNU; then time_cmd="$candidate"; break; fi
  done
fi
if [[ -z "$time_cmd" ]]; then
  echo "compare.sh: needs GNU time (/usr/bin/time on Linux, gtime from Homebrew's gnu-time on macOS)" >&2
  exit 2
fi

mkdir -p "$work"
log="$work/last-run.log"
: >"$log"

echo "Building the command-line tool if needed..." >&2
"$launcher" --version >/dev/null # also makes the launcher's class-data archive, outside the timings

# cohort N: prints the path of a synthetic cohort of N cases, generating it when missing or older
# than the jar.
cohort() {
  local n="$1" path="$work/cohort-$1-seed$seed.ndjson"
  if [[ ! -s "$path" || "$jar" -nt "$path" ]]; then
    echo "Generating $n synthetic cases (seed $seed) into $path..." >&2
    "$launcher" synth --cases "$n" --seed "$seed" --output "$path.tmp" 2>>"$log"
    mv -f "$path.tmp" "$path"
  fi
  printf '%s\n' "$path"
}

# The commands, by tool name. Standard output goes to /dev/null, standard error to the log.
declare -A command_of
tools=()
add_tool() { tools+=("$1"); command_of[$1]="$2"; }

define_tools() {
  local input="$1" quoted
  printf -v quoted '%q' "$input"
  add_tool "restorative stats" "$(printf '%q' "$launcher") stats --format csv $quoted"
  add_tool "restorative validate" "$(printf '%q' "$launcher") validate --as-of $as_of $quoted"
  if [[ "$mode" == compare ]]; then
    if command -v jq >/dev/null 2>&1; then
      add_tool "jq" "jq -n 'reduce inputs as \$c ({}; .[\$c.stage] += 1)' $quoted"
    else
      echo "jq is not installed: skipping jq (install it to compare with it)" >&2
    fi
    if python3 -c 'import duckdb' >/dev/null 2>&1; then
      local q="'"
      local sql_path="${input//$q/$q$q}"
      local py="import duckdb; duckdb.sql(\"SELECT stage, count(*) FROM read_ndjson('$sql_path') GROUP BY stage\").fetchall()"
      add_tool "DuckDB" "python3 -c $(printf '%q' "$py")"
    else
      echo "python3 cannot import duckdb: skipping DuckDB (pip install duckdb to compare with it)" >&2
    fi
  fi
}

# measure TOOL: runs it once under GNU time and sets wall (seconds), peak (kilobytes) and cpu (user
# and system seconds); stops the script when the tool fails.
measure() {
  local tool="$1" out="$work/time.$$.out" status=0
  "$time_cmd" -o "$out" -f '%e %M %U %S' bash -c "exec ${command_of[$tool]}" >/dev/null 2>>"$log" || status=$?
  # validate ends with 1 when it finds an ERROR in a record: a result, not a failure
  if [[ $status -ne 0 && ! ($status -eq 1 && "$tool" == "restorative validate") ]]; then
    echo "compare.sh: $tool exited with $status (see $log)" >&2
    exit 1
  fi
  read -r wall peak cpu <<<"$(tail -n 1 "$out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }')"
  rm -f "$out"
}

# median and maximum of the numbers in $1, separated by spaces
median() {
  tr ' ' '\n' <<<"$1" | grep . | sort -g |
    awk '{ v[NR] = $1 } END { printf "%.2f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maximum() { tr ' ' '\n' <<<"$1" | grep . | sort -g | tail -n 1; }

# run_rounds warm|cold: the warm-up (if warm), then $rounds rounds with the order rotating; fills
# walls[], peaks[] and cpus[] with each tool's figures, separated by spaces.
declare -A walls peaks cpus
run_rounds() {
  local warm="$1" tool round i count=${#tools[@]} wall peak cpu
  for tool in "${tools[@]}"; do
    if [[ "$warm" == warm ]]; then
      echo "  warm-up: $tool" >&2
      measure "$tool"
    fi
    walls[$tool]=""
    peaks[$tool]=""
    cpus[$tool]=""
  done
  for ((round = 0; round < rounds; round++)); do
    for ((i = 0; i < count; i++)); do
      tool="${tools[$(((i + round) % count))]}"
      measure "$tool"
      echo "  round $((round + 1))/$rounds: $tool $wall s, CPU $cpu s, $((peak / 1024)) MB" >&2
      walls[$tool]+="$wall "
      peaks[$tool]+="$peak "
      cpus[$tool]+="$cpu "
    done
  done
}

machine() {
  local cpu
  cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
  echo "Machine: $(nproc 2>/dev/null || echo '?') cores${cpu:+ ($cpu)}, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $(java -version 2>&1 | head -n 1); $(date -u +%Y-%m-%d)"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

if [[ "$mode" == compare ]]; then
  input="${file:-$(cohort "$cases")}"
  [[ -r "$input" ]] || { echo "compare.sh: cannot read $input" >&2; exit 2; }
  records="$(wc -l <"$input" | tr -d ' ')"
  bytes="$(wc -c <"$input" | tr -d ' ')"
  define_tools "$input"
  run_rounds warm
  declare -A median_of peak_of cpu_of
  for tool in "${tools[@]}"; do
    median_of[$tool]="$(median "${walls[$tool]}")"
    cpu_of[$tool]="$(median "${cpus[$tool]}")"
    peak_of[$tool]="$(maximum "${peaks[$tool]}")"
  done
  echo
  echo "$records records, $((bytes / 1000000)) MB: $(basename "$input"); median of $rounds rounds after a warm-up"
  machine
  printf '%-22s %14s %13s %12s %8s %9s\n' "tool" "median wall s" "median CPU s" "peak RSS MB" "÷ jq" "÷ DuckDB"
  for tool in "${tools[@]}"; do
    printf '%-22s %14s %13s %12s %8s %9s\n' "$tool" "${median_of[$tool]}" "${cpu_of[$tool]}" \
      "$((peak_of[$tool] / 1024))" \
      "$([[ -n "${median_of[jq]:-}" ]] && ratio "${median_of[$tool]}" "${median_of[jq]}" || echo -)" \
      "$([[ -n "${median_of[DuckDB]:-}" ]] && ratio "${median_of[$tool]}" "${median_of[DuckDB]}" || echo -)"
  done
  echo "(÷ jq, ÷ DuckDB: the tool's median wall time divided by theirs; below 1 is faster.)"
elif [[ "$mode" == startup ]]; then
  input="$work/one-record-seed$seed.ndjson"
  if [[ ! -s "$input" || "$jar" -nt "$input" ]]; then
    "$launcher" synth --cases 1 --seed "$seed" --output "$input" 2>>"$log"
  fi
  add_tool "restorative validate" "$(printf '%q' "$launcher") validate $(printf '%q' "$input")"
  run_rounds warm
  tool="restorative validate"
  echo
  echo "validate on one record, $rounds runs after a warm-up"
  machine
  echo "RESTORATIVE_JAVA_OPTS: ${RESTORATIVE_JAVA_OPTS:-not set, so the launcher chooses the JVM options}"
  echo "median wall $(median "${walls[$tool]}") s, median CPU $(median "${cpus[$tool]}") s, peak RSS $(($(maximum "${peaks[$tool]}") / 1024)) MB"
else
  declare -A results
  size_list=($sizes)
  for n in "${size_list[@]}"; do
    input="$(cohort "$n")"
    tools=()
    define_tools "$input"
    echo "$n cases:" >&2
    run_rounds cold # peak memory needs no warm-up; the build above made the class-data archive
    for tool in "${tools[@]}"; do
      results["$tool/$n/wall"]="$(median "${walls[$tool]}")"
      results["$tool/$n/peak"]="$(maximum "${peaks[$tool]}")"
    done
  done
  first="${size_list[0]}"
  last="${size_list[${#size_list[@]} - 1]}"
  echo
  echo "Peak resident memory at $first and $last cases (the most of $rounds rounds)"
  machine
  echo "RESTORATIVE_JAVA_OPTS: ${RESTORATIVE_JAVA_OPTS:-not set, so the launcher chooses the JVM options}"
  printf '%-22s %12s %12s %14s %14s %10s\n' "command" "wall s @$first" "wall s @$last" "RSS MB @$first" "RSS MB @$last" "RSS ratio"
  for tool in "${tools[@]}"; do
    a="${results[$tool/$first/peak]}"
    b="${results[$tool/$last/peak]}"
    printf '%-22s %12s %12s %14s %14s %10s\n' "$tool" "${results[$tool/$first/wall]}" \
      "${results[$tool/$last/wall]}" "$((a / 1024))" "$((b / 1024))" "$(ratio "$b" "$a")"
  done
  echo "(RSS ratio: peak at $last cases divided by peak at $first; the goal is at most 1.10.)"
fi
