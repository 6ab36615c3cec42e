#!/usr/bin/env bash
# Mutation testing (PIT) of the safety-critical classes: escaping and formula neutralising,
# pseudonymisation and its concordance cut, negation, archives, control characters and paths outside
# the study, the report page, the protection of people's codings. The
# classes and their guarding tests are listed in parole.xml (pitest-maven). Prints the score per class
# and overall; the HTML report is in target/pit-reports/index.html. Not in CI (about half an hour on 2 cores).
#   bash bench/mutation.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests test-compile >&2
mvn -B -f parole.xml org.pitest:pitest-maven:mutationCoverage >&2
python3 - <<'PY'
import xml.etree.ElementTree as ET
from collections import defaultdict
root = ET.parse("target/pit-reports/mutations.xml").getroot()
per = defaultdict(lambda: [0, 0])
for m in root.iter("mutation"):
    cls = m.findtext("mutatedClass").split("$")[0]
    per[cls][1] += 1
    if m.get("status") in ("KILLED", "TIMED_OUT", "MEMORY_ERROR"):
        per[cls][0] += 1
print("| Class | Killed / mutants | Score |")
print("|---|---|---|")
for cls in sorted(per):
    k, n = per[cls]
    print(f"| `{cls}` | {k} / {n} | {100 * k / n:.0f} % |")
k = sum(v[0] for v in per.values()); n = sum(v[1] for v in per.values())
print(f"| **All** | {k} / {n} | **{100 * k / n:.1f} %** |")
PY
