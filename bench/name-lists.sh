#!/usr/bin/env bash
# Regenerates the name lists shipped in the jar (src/main/resources/fr/parole/nlp/): first names
# from LanguageTool's French dictionary (Maven Central, already a dependency) and from the npm
# package @faker-js/faker (pinned below), surnames from @faker-js/faker, establishment names from
# the e-Satis files in corpora/esatis. Needs npm and node at development time only; nothing is
# downloaded when Parole runs. Sources and licences: NOTICE.md.
set -euo pipefail
FAKER_VERSION=10.6.0
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@faker-js/faker@$FAKER_VERSION" >/dev/null && mkdir faker && tar xzf ./*.tgz -C faker)
cat > "$work/dump.mjs" <<'JS'
// The first and last names of faker's French locales (fr, fr_CH), without the English fallback.
const all = await import(process.argv[2] + '/index.js');
for (const loc of ['fr', 'fr_CH']) {
  const person = (all[loc] || {}).person || {};
  for (const [kind, field] of [['prenom', 'first_name'], ['nom', 'last_name']]) {
    const value = person[field];
    if (!value) continue;
    for (const list of (Array.isArray(value) ? [value] : Object.values(value))) {
      for (const name of list) console.log(kind + '\t' + name);
    }
  }
}
JS
node "$work/dump.mjs" "$work/faker/package/dist" > "$work/faker.tsv"
cd "$root"
mvn -q -B -o -f parole.xml -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" fr.parole.bench.NameListsBuilder \
  "$work/faker.tsv" corpora/esatis src/main/resources/fr/parole/nlp
wc -l src/main/resources/fr/parole/nlp/{prenoms,noms,etablissements}.txt
