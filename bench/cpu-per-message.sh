#!/usr/bin/env bash
# One IftmbcThroughputBench run against a running hub, then the CPU it cost per message: the hub's JVM by
# thread group (consumers, JIT, GC, the bench's own HTTP polls) and PostgreSQL's backends and autovacuum.
# Read from /proc, so it stays comparable on a machine busy with other work. Linux only.
#
#   bench/cpu-per-message.sh [count] [data-dir]      e.g. bench/cpu-per-message.sh 100 data
set -euo pipefail
count=${1:-100}
data=${2:-data}
messages=100
cd "$(dirname "$0")/.."

hub=$(pgrep -f 'minato-hub' | head -n 1) || { echo "no running hub (java … minato-hub)" >&2; exit 1; }
postmaster=$(head -n 1 "$data/postgres/postmaster.pid")

# "<group> <ticks>" per thread of the hub; digits folded so "GC Thread#1" and "GC Thread#0" are one group
hub_threads() {
  for task in /proc/"$hub"/task/*; do
    name=$(tr ' ' '_' < "$task/comm" 2>/dev/null) || continue
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    set -- ${stat##*) }
    echo "${task##*/} $(echo "$name" | tr -s '0-9' '#') $(( ${12} + ${13} ))"
  done
}
# "<pid> <kind> <ticks>" per child of the postmaster: client backends or the process's own title
postgres_processes() {
  for pid in $(pgrep -P "$postmaster"); do
    title=$(tr '\0' ' ' < /proc/"$pid"/cmdline 2>/dev/null) || continue
    case "$title" in *127.0.0.1*|*idle*|*INSERT*|*SELECT*|*UPDATE*) kind=backends ;; *) kind=$(echo "$title" | sed 's/^postgres: *//; s/ .*//') ;; esac
    echo "$pid $kind $(awk '{print $14 + $15}' /proc/"$pid"/stat)"
  done
}

hub_threads > /tmp/minato-cpu-hub.0; postgres_processes > /tmp/minato-cpu-pg.0
mvn -q -pl bench exec:java -Dexec.args="--count $count --messages $messages --inbox $data/inbox/edifact"
hub_threads > /tmp/minato-cpu-hub.1; postgres_processes > /tmp/minato-cpu-pg.1

# ticks are 1/100 s: per message in ms = ticks * 10 / messages
awk -v n=$((count * messages)) '
  FNR == NR { before[$1] = $3; next }
  { spent[$2] += $3 - before[$1]; total += $3 - before[$1] }
  END { printf "hub        %.3f ms CPU/message:", total * 10 / n
        for (g in spent) if (spent[g] * 100 >= total) printf "  %s %d%%", g, spent[g] * 100 / total; print "" }
' /tmp/minato-cpu-hub.0 /tmp/minato-cpu-hub.1
awk -v n=$((count * messages)) '
  FNR == NR { before[$1] = $3; next }
  { spent[$2] += $3 - before[$1]; total += $3 - before[$1] }
  END { printf "PostgreSQL %.3f ms CPU/message:", total * 10 / n
        for (k in spent) if (spent[k] > 0) printf "  %s %.3f", k, spent[k] * 10 / n; print "" }
' /tmp/minato-cpu-pg.0 /tmp/minato-cpu-pg.1
echo "(processes that ended during the run, e.g. an autovacuum worker, are not counted)"
