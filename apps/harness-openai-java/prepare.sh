#!/bin/sh
# Builds target/harness-openai-java.jar and puts what it runs on in target/lib/, once the resolved set (every
# group:artifact:version with the sha256 of its jar) is exactly dependencies.lock. Maven has no lock file: this is it.
# `sh prepare.sh --update-lock` rewrites the lock from what resolves. Fails with one clear last line on stderr.
set -u
cd "$(dirname "$0")" || exit 1
LOCK=dependencies.lock
fail() { echo "prepare.sh: $*" >&2; exit 1; }

command -v java >/dev/null 2>&1 || fail "java not found on PATH: install a JDK 17 or newer"
command -v mvn >/dev/null 2>&1 || fail "mvn not found on PATH: install Maven 3.8 or newer"
version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
[ "${version%%.*}" -ge 17 ] 2>/dev/null || fail "java is version ${version:-unknown}; the harness needs 17 or newer"

mkdir -p target
# The runtime set mvn resolved, from target/dependencies.resolved (maven-dependency-plugin list, lines
# "g:a:type[:classifier]:version:scope:/path -- module …"), as "g:a[:classifier]:version /path" lines.
resolved() {
  sed -n 's/^ *\([^ :]*:[^ ]*\).*/\1/p' target/dependencies.resolved 2>/dev/null \
    | awk -F: 'NF == 6 { print $1 ":" $2 ":" $4, $6 } NF == 7 { print $1 ":" $2 ":" $4 ":" $5, $7 }' >target/dependencies.paths
  [ -s target/dependencies.paths ] && while read -r coordinate path; do [ -f "$path" ] || return 1; done <target/dependencies.paths
}
# Maven takes seconds to start: it is skipped when the jar is newer than pom.xml and src/ and every resolved file is
# still there. The lock check below runs either way, on those files.
if [ -f target/harness-openai-java.jar ] && [ -z "$(find pom.xml src -newer target/harness-openai-java.jar)" ] \
  && [ -f target/dependencies.resolved ] && [ -z "$(find pom.xml -newer target/dependencies.resolved)" ] && resolved; then
  :
# --strict-checksums: a download whose checksum does not match the registry's fails instead of warning.
elif ! mvn -B -q -Dstyle.color=never --strict-checksums package >target/mvn.log 2>&1; then
  tail -n 15 target/mvn.log >&2
  if grep -qiE "could not (transfer|resolve)|unknown ?host|connect|timed out|network is unreachable|was not found in" target/mvn.log; then
    fail "mvn package could not fetch from the package registry (Maven Central): unreachable, or a pinned artifact is not served (details: target/mvn.log)"
  fi
  grep -q "No compiler is provided" target/mvn.log && fail "java here is a JRE: mvn needs a JDK 17 or newer (javac)"
  fail "mvn package failed (details: target/mvn.log)"
elif ! resolved; then
  fail "mvn package resolved no dependencies, or files that are not there (see target/dependencies.resolved)"
fi

sha256() { { sha256sum "$1" 2>/dev/null || shasum -a 256 "$1"; } | cut -d ' ' -f 1; }

while read -r coordinate path; do echo "$coordinate $(sha256 "$path")"; done <target/dependencies.paths >target/dependencies.hashed
LC_ALL=C sort target/dependencies.hashed >target/dependencies.actual

if [ "${1:-}" = "--update-lock" ]; then
  { echo "# What the harness runs on: every resolved group:artifact:version and its jar's sha256. Written by: sh prepare.sh --update-lock"
    cat target/dependencies.actual; } >"$LOCK"
  echo "prepare.sh: wrote $LOCK ($(wc -l <target/dependencies.actual | tr -d ' ') artifacts)"
fi

rm -rf target/lib
[ -f "$LOCK" ] || fail "no $LOCK: write it with: sh prepare.sh --update-lock"
if ! grep -v '^#' "$LOCK" 2>/dev/null | LC_ALL=C sort | cmp -s - target/dependencies.actual; then
  rm -f target/harness-openai-java.jar # nothing runs on a set the lock does not name
  { grep -v '^#' "$LOCK" 2>/dev/null | LC_ALL=C sort | diff - target/dependencies.actual | sed -n 's/^< /  locked:   /p; s/^> /  resolved: /p'; } >&2
  fail "the resolved dependency set differs from $LOCK (above); if the change is meant, run: sh prepare.sh --update-lock"
fi
mkdir -p target/lib
# -p: the jars keep their times, which the class-data archive below is checked against.
while read -r coordinate path; do cp -p "$path" target/lib/ || fail "cannot copy $path into target/lib"; done <target/dependencies.paths

# A class-data archive of what a run loads (the client entry on training.ndjson), for a faster start: harness.json's
# -XX:SharedArchiveFile. Rebuilt when the JVM or the lock changes or a jar is newer (the JVM checks their times, and
# starts without an archive it cannot use).
key=$({ java -version 2>&1; cat "$LOCK"; } | cksum)
if [ ! -f target/harness.jsa ] || [ "$(cat target/harness.jsa.key 2>/dev/null)" != "$key" ] \
  || [ -n "$(find target/harness-openai-java.jar target/lib -type f -newer target/harness.jsa)" ]; then
  rm -f target/harness.jsa target/harness.jsa.key
  if java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=target/harness.jsa -Xlog:disable -Xlog:all=warning:stderr \
    -jar target/harness-openai-java.jar client <training.ndjson >/dev/null 2>target/cds.log; then
    echo "$key" >target/harness.jsa.key
  else
    echo "prepare.sh: could not write the class-data archive (target/cds.log); the harness starts without it" >&2
  fi
fi
echo "prepare.sh: built target/harness-openai-java.jar on the $(wc -l <target/dependencies.actual | tr -d ' ') artifacts of $LOCK"
