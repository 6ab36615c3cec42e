#!/usr/bin/env bash
# Screenshots of the atelier's main pages on the demo study, into docs/atelier/ (the README links
# to them). Needs Chromium and its driver (apt-get install chromium chromium-driver).
#   bash bench/atelier-screenshots.sh            # writes docs/atelier/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f parole.xml -DskipTests package test-compile >&2
CP="target/parole.jar:target/test-classes:$(mvn -q -B -f parole.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java -Djava.awt.headless=true -cp "$CP" fr.parole.web.AtelierScreenshots "${1:-docs/atelier}"
