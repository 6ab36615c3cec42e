#!/usr/bin/env bash
# Crash trials (issue 12): a child JVM runs `parole import`, then `parole code`, on a copy of the
# demo and is killed with SIGKILL at a random moment of the command; the store must then be as it
# was before or as a complete run leaves it, the study must open and the command must run again.
# Then (issue 15) `parole run` killed with SIGKILL and SIGINT during each of its stages (StageKillTest).
# CI runs 3 trials per command (CrashTest) and one round of five stage kills; this runs more:
#   bash bench/crash.sh            # 50 trials per command, 4 rounds of stage kills (every stage, both signals, twice)
#   bash bench/crash.sh 10 42 2    # 10 trials per command, seed 42 (to replay a run), 2 rounds of stage kills
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-50}"
seed="${2:-$(date +%s%3N)}"
rounds="${3:-4}"
log="$(mktemp)"
start=$(date +%s)
status=0
mvn -B -o -f parole.xml -Dstyle.color=never test -Dtest=CrashTest,StageKillTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dparole.crash.trials="$trials" -Dparole.crash.seed="$seed" \
  -Dparole.stagekill.rounds="$rounds" -Dparole.stagekill.seed="$seed" >"$log" 2>&1 || status=$?
grep -E "^(CrashTest|StageKillTest) :|Tests run:.*(CrashTest|StageKillTest)|essai [0-9]+ :" "$log" | sed 's/\x1b\[[0-9;]*m//g' || true
echo "durée totale : $(( $(date +%s) - start )) s ; machine : $(nproc) cœurs, $(awk '/MemTotal/ {printf "%.0f Go", $2/1048576}' /proc/meminfo), charge $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$status" -ne 0 ]; then
  echo "ÉCHEC : journal complet dans $log" >&2
  exit "$status"
fi
rm -f "$log"
