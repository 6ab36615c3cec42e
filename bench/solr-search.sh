#!/usr/bin/env bash
# Search latency, local Lucene index vs SolrCloud (2 nodes, 2 shards, loopback, Solr's
# MiniSolrCloudCluster), on generated e-Satis comments (issue 15). Run from anywhere:
#   bash bench/solr-search.sh                       # 1,000,000 comments (the issue's figure)
#   bash bench/solr-search.sh --comments 100000     # a quicker, smaller run
# The Markdown results go to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

# One reactor build: the core's classes and test classes (the generator) and the Solr module's classpath.
mvn -q -B -DskipTests test-compile dependency:build-classpath -pl solr -am -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/cp.txt >&2
exec java -Xmx3g -cp "solr/target/classes:solr/target/test-classes:$(cat solr/target/cp.txt)" \
  fr.parole.bench.SolrSearchBenchmark "$@"
