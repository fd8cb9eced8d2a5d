#!/usr/bin/env bash
# Starts docker-compose.yml for real on CI's private Docker engine (.ci/docker-kafka.sh start
# first; its variables in the environment) with the swaps in .ci/compose/ci.yml, every service on
# the host network (.ci/compose/host-network.py), then:
#   1. replays the sample feed into the stack from the host and waits until every message is a
#      story, a duplicate or a reject;
#   2. restarts the wirefeed and schema-registry services and replays the same feed again;
#   3. checks that nothing was published or linked twice (every second copy is a duplicate, the
#      seed pair is linked once) and that the stories still decode with the restarted registry's
#      ids;
# and takes the stack down. Exits non-zero, with the services' last log lines, on any failure.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

PROJECT=wirefeed-ci
BOOTSTRAP=127.0.0.1:9094
REGISTRY=http://127.0.0.1:8081
WAIT_SECONDS=180

say() { echo "compose-stack: $*"; }
RESOLVED=target/compose-ci.yml
compose() { docker-compose -p "${PROJECT}" --project-directory . -f "${RESOLVED}" "$@"; }
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

# Sets stories, duplicates, rejects and links from `wirefeed stats` ("stories  N" and so on).
count_outputs() {
  local report
  report=$(wirefeed stats --bootstrap-server "${BOOTSTRAP}" --registry-url "${REGISTRY}" 2>&1 || true)
  stories=$(awk '$1 == "stories" && $2 ~ /^[0-9]+$/ { print $2 }' <<<"${report}")
  duplicates=$(awk '$1 == "duplicates" && $2 ~ /^[0-9]+$/ { print $2 }' <<<"${report}")
  rejects=$(awk '$1 == "rejects" && $2 ~ /^[0-9]+$/ { print $2 }' <<<"${report}")
  links=$(awk '$1 == "links" && $2 ~ /^[0-9]+$/ { print $2 }' <<<"${report}")
  stories=${stories:-0} duplicates=${duplicates:-0} rejects=${rejects:-0} links=${links:-0}
}

# Waits until stories + duplicates + rejects reaches $1.
wait_for_outputs() {
  local expected=$1 deadline=$((SECONDS + WAIT_SECONDS))
  while ((SECONDS < deadline)); do
    count_outputs
    ((stories + duplicates + rejects >= expected)) && return 0
    sleep 3
  done
  failed "$((stories + duplicates + rejects)) of ${expected} messages came out within" \
    "${WAIT_SECONDS} s (stories=${stories} duplicates=${duplicates} rejects=${rejects})"
}

# Sets sent to the number of messages the replay sent.
replay_sample_feed() {
  local output
  output=$(wirefeed replay --bootstrap-server "${BOOTSTRAP}" src/main/resources/sample-feed 2>&1) ||
    failed "replay failed: ${output}"
  sent=$(grep -o 'messages=[0-9]*' <<<"${output}" | tail -n 1 | cut -d= -f2)
  [[ ${sent:-0} -gt 0 ]] || failed "replay sent no message: ${output}"
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
mkdir -p target
docker-compose -f docker-compose.yml -f .ci/compose/ci.yml config |
  python3 .ci/compose/host-network.py >"${RESOLVED}"
cleanup
say "building the wirefeed image on CI's Debian base"
compose build --quiet wirefeed >target/compose-build.log 2>&1 ||
  failed "docker build of the wirefeed image: $(tail -n 5 target/compose-build.log)"
say "starting kafka, schema-registry (wirefeed registry), topics and wirefeed"
compose up -d --quiet-pull 2>&1 | sed 's/^/    /'
wait_healthy wirefeed
say "stack up in $((SECONDS - started)) s"

replay_sample_feed
first=${sent}
wait_for_outputs "${first}"
published=${stories}
# The seed pair of the sample feed is linked as near-duplicates, after both are published.
deadline=$((SECONDS + 60))
until ((links >= 1)) || ((SECONDS >= deadline)); do
  sleep 2
  count_outputs
done
((links >= 1)) || failed "the sample feed's seed pair was not linked within 60 s"
linked=${links}
say "first replay: ${first} messages -> stories=${stories} duplicates=${duplicates} rejects=${rejects} links=${links}"

say "restarting wirefeed and schema-registry"
compose restart schema-registry wirefeed >/dev/null 2>&1
wait_healthy schema-registry
wait_healthy wirefeed

replay_sample_feed
wait_for_outputs "$((first + sent))"
sleep 5
count_outputs
say "second replay: ${sent} messages -> stories=${stories} duplicates=${duplicates} rejects=${rejects} links=${links}"
[[ ${links} -eq ${linked} ]] ||
  failed "links emitted again across the restart: ${linked} before, ${links} after"
[[ ${stories} -eq ${published} ]] ||
  failed "published twice across the restart: ${published} stories before, ${stories} after"
[[ $((stories + duplicates + rejects)) -eq $((first + sent)) ]] ||
  failed "$((stories + duplicates + rejects)) outputs for $((first + sent)) messages"

decoded=$(wirefeed tail stories --bootstrap-server "${BOOTSTRAP}" --registry-url "${REGISTRY}" \
  --from-beginning --max "${stories}" --json | grep -c '"contentHash"' || true)
[[ ${decoded} -eq ${stories} ]] ||
  failed "tail decoded ${decoded} of ${stories} stories after the registry restarted"

compose down -v --remove-orphans >/dev/null 2>&1
say "OK in $((SECONDS - started)) s: nothing lost, nothing published or linked twice, ids kept across restarts"
