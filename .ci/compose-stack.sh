#!/usr/bin/env bash
# Starts docker-compose.yml for real on CI's private Docker engine (.ci/docker-kafka.sh start
# first; its variables in the environment) with the swaps in .ci/compose/ci.yml, then:
#   1. replays the sample feed into the stack from the host and waits until every message is a
#      story, a duplicate or a reject;
#   2. restarts the wirefeed and schema-registry services and replays the same feed again;
#   3. checks that nothing was published twice (every second copy is a duplicate) and that the
#      stories still decode with the restarted registry's ids;
# and takes the stack down. Exits non-zero, with the services' last log lines, on any failure.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

PROJECT=wirefeed-ci
BOOTSTRAP=127.0.0.1:9094
REGISTRY=http://127.0.0.1:8081
WAIT_SECONDS=180

say() { echo "compose-stack: $*"; }
compose() { docker-compose -p "${PROJECT}" -f docker-compose.yml -f .ci/compose/ci.yml "$@"; }
wirefeed() { java -jar target/wirefeed.jar "$@"; }

failed() {
  say "FAILED: $*"
  compose ps || true
  compose logs --no-color --tail=30 || true
  exit 1
}

cleanup() { compose down -v --remove-orphans >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'failed "unexpected error at line ${LINENO}: ${BASH_COMMAND}"' ERR

# "stories N", "duplicates N", "rejects N" from `wirefeed stats`, as "N N N".
counts() {
  wirefeed stats --bootstrap-server "${BOOTSTRAP}" --registry-url "${REGISTRY}" 2>/dev/null |
    awk '$1 == "stories" { s = $2 } $1 == "duplicates" { d = $2 } $1 == "rejects" { r = $2 }
         END { print s + 0, d + 0, r + 0 }'
}

# Waits until stories + duplicates + rejects reaches $1; prints the counts.
wait_for_outputs() {
  local expected=$1 deadline=$((SECONDS + WAIT_SECONDS)) now
  while ((SECONDS < deadline)); do
    now=$(counts || echo "0 0 0")
    read -r s d r <<<"${now}"
    if ((s + d + r >= expected)); then
      echo "${now}"
      return 0
    fi
    sleep 3
  done
  failed "only $((s + d + r)) of ${expected} messages came out within ${WAIT_SECONDS} s (${now})"
}

replay_sample_feed() {
  local output
  output=$(wirefeed replay --bootstrap-server "${BOOTSTRAP}" src/main/resources/sample-feed 2>&1) ||
    failed "replay failed: ${output}"
  grep -o 'messages=[0-9]*' <<<"${output}" | tail -n 1 | cut -d= -f2
}

wait_healthy() {
  local service=$1 deadline=$((SECONDS + WAIT_SECONDS)) id status
  id=$(compose ps -q "${service}")
  while ((SECONDS < deadline)); do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "${id}")
    [[ ${status} == healthy || ${status} == running ]] && return 0
    sleep 2
  done
  failed "${service} is ${status} after ${WAIT_SECONDS} s"
}

started=${SECONDS}
cleanup
say "building the wirefeed image on CI's Debian base"
compose build --quiet wirefeed >/dev/null
say "starting kafka, schema-registry (wirefeed registry), topics and wirefeed"
compose up -d --quiet-pull 2>&1 | sed 's/^/    /'
wait_healthy wirefeed
say "stack up in $((SECONDS - started)) s"

sent=$(replay_sample_feed)
[[ ${sent} -gt 0 ]] || failed "replay sent no message"
read -r stories duplicates rejects <<<"$(wait_for_outputs "${sent}")"
say "first replay: ${sent} messages -> stories=${stories} duplicates=${duplicates} rejects=${rejects}"

say "restarting wirefeed and schema-registry"
compose restart schema-registry wirefeed >/dev/null 2>&1
wait_healthy schema-registry
wait_healthy wirefeed

again=$(replay_sample_feed)
read -r stories2 duplicates2 rejects2 <<<"$(wait_for_outputs "$((sent + again))")"
say "second replay: ${again} messages -> stories=${stories2} duplicates=${duplicates2} rejects=${rejects2}"
[[ ${stories2} -eq ${stories} ]] ||
  failed "published twice across the restart: ${stories} stories before, ${stories2} after"
[[ $((stories2 + duplicates2 + rejects2)) -eq $((sent + again)) ]] ||
  failed "$((stories2 + duplicates2 + rejects2)) outputs for $((sent + again)) messages"

decoded=$(wirefeed tail stories --bootstrap-server "${BOOTSTRAP}" --registry-url "${REGISTRY}" \
  --from-beginning --max "${stories}" --json | grep -c '"contentHash"' || true)
[[ ${decoded} -eq ${stories} ]] ||
  failed "tail decoded ${decoded} of ${stories} stories after the registry restarted"

compose down -v --remove-orphans >/dev/null 2>&1
say "OK in $((SECONDS - started)) s: nothing lost, nothing published twice, ids kept across restarts"
