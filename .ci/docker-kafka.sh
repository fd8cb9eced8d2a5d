#!/usr/bin/env bash
# A private Docker engine and a locally built Kafka image for the Testcontainers suite.
#
# CI machines have a Docker client, no engine and no image registry. This script:
#   start   installs docker.io and mmdebstrap from Debian, starts dockerd on a private socket
#           (no bridge, no iptables/NAT, no IP forwarding: containers use --network host),
#           builds a Debian base image (mmdebstrap | docker import) and on it a Kafka image from
#           the kafka_2.13 runtime jars on Maven Central, then writes the variables the tests
#           need to $STATE_ENV_FILE (default: <run dir>/env) for the caller to source.
#   stop    stops that dockerd by its PID and unmounts what it leaves (netns, overlays).
#   check-wirefeed-image
#           builds the top-level Dockerfile (target/wirefeed.jar) on the Debian base instead of
#           eclipse-temurin and runs `wirefeed run --help` in it; exits non-zero if either fails.
#
# Images are kept in the data root between runs; a changed .ci/docker/kafka/ or Kafka version
# rebuilds the Kafka image. Any failure prints one line starting with "docker-kafka: SKIP" and
# exits 1, leaving no daemon running.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=${WIREFEED_CI_DOCKER_RUN:-/run/wfci-docker}
DATA_ROOT=${WIREFEED_CI_DOCKER_DATA:-/var/lib/wfci-docker}
SOCKET=${RUN_DIR}/docker.sock
PIDFILE=${RUN_DIR}/dockerd.pid
EXEC_ROOT=${RUN_DIR}/exec
LOG_DIR=${RUN_DIR}/logs
ENV_FILE=${STATE_ENV_FILE:-${RUN_DIR}/env}
# The tag names what is in it: a base built before curl was added is not taken for this one.
BASE_IMAGE=wirefeed-ci/debian-jre17-curl:bookworm

kafka_version() {
  sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "${ROOT}/pom.xml" | head -1
}

say() { echo "docker-kafka: $*"; }

# One clear line, then the last lines of the log that explains it, and no daemon left behind.
skip() {
  trap - ERR
  local reason=$1 log=${2:-}
  if [[ -n ${log} && -s ${log} ]]; then
    echo "---- last lines of ${log}"
    tail -n 15 "${log}" | sed 's/^/    /'
    echo "----"
  fi
  stop_daemon >/dev/null 2>&1 || true
  echo "docker-kafka: SKIP container tests: ${reason}"
  exit 1
}

docker_cmd() { docker --host "unix://${SOCKET}" "$@"; }

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing ${missing[*]} from Debian"
  # No service may start during the install: a stock dockerd would add a bridge and NAT rules.
  local own_policy=false
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 0755 /usr/sbin/policy-rc.d
    own_policy=true
  fi
  local ok=true
  {
    apt-get update &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}" iproute2
  } >"${LOG_DIR}/apt.log" 2>&1 || ok=false
  if ${own_policy}; then rm -f /usr/sbin/policy-rc.d; fi
  ${ok} || skip "could not install ${missing[*]} from Debian" "${LOG_DIR}/apt.log"
}

start_daemon() {
  if [[ -S ${SOCKET} ]] && docker_cmd info >/dev/null 2>&1; then
    say "dockerd already running on ${SOCKET}"
    return 0
  fi
  grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null || true
  grep -qw overlay /proc/filesystems || skip "the kernel has no overlayfs"
  mkdir -p "${DATA_ROOT}" "${EXEC_ROOT}"
  say "starting dockerd on unix://${SOCKET}"
  setsid dockerd \
    --host "unix://${SOCKET}" \
    --pidfile "${PIDFILE}" \
    --data-root "${DATA_ROOT}" \
    --exec-root "${EXEC_ROOT}" \
    --iptables=false --ip6tables=false \
    --bridge=none --ip-forward=false --ip-masq=false \
    --storage-driver=overlay2 \
    </dev/null >"${LOG_DIR}/dockerd.log" 2>&1 &
  local pid=$!
  echo "${pid}" >"${RUN_DIR}/dockerd.launcher.pid"
  for _ in $(seq 1 150); do
    if docker_cmd info >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "${pid}" 2>/dev/null || skip "dockerd exited at start" "${LOG_DIR}/dockerd.log"
    sleep 0.2
  done
  skip "dockerd did not answer within 30 s" "${LOG_DIR}/dockerd.log"
}

stop_daemon() {
  local pid=""
  [[ -s ${PIDFILE} ]] && pid=$(cat "${PIDFILE}")
  [[ -z ${pid} && -s ${RUN_DIR}/dockerd.launcher.pid ]] && pid=$(cat "${RUN_DIR}/dockerd.launcher.pid")
  if [[ -n ${pid} ]] && kill -0 "${pid}" 2>/dev/null; then
    kill -TERM "${pid}" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "${pid}" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "${pid}" 2>/dev/null; then
      kill -KILL "${pid}" 2>/dev/null || true
    fi
    say "dockerd (pid ${pid}) stopped"
  fi
  rm -f "${PIDFILE}" "${RUN_DIR}/dockerd.launcher.pid"
  # dockerd bind-mounts network namespaces under its exec root and may leave them behind.
  local mounts
  mounts=$(awk -v a="${EXEC_ROOT}/" -v b="${DATA_ROOT}/" \
    'index($5, a) == 1 || index($5, b) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
  for mount in ${mounts}; do
    umount "${mount}" 2>/dev/null || umount -l "${mount}" 2>/dev/null || true
  done
}

# The Debian mirror this machine already uses, so the base image gets the same packages.
apt_sources() {
  local file
  for file in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [[ -s ${file} ]] && grep -Eq '^(deb |URIs:)' "${file}"; then
      echo "${file}"
      return 0
    fi
  done
  return 1
}

build_base_image() {
  if docker_cmd image inspect "${BASE_IMAGE}" >/dev/null 2>&1; then
    say "base image ${BASE_IMAGE} kept from an earlier run"
    return 0
  fi
  local sources
  sources=$(apt_sources) || skip "no Debian mirror configured in /etc/apt"
  say "building ${BASE_IMAGE} with mmdebstrap (about a minute)"
  local started=${SECONDS}
  # --variant=minbase drops man pages; openjdk's postinst still wants man1 to exist.
  if ! mmdebstrap --variant=minbase --include=openjdk-17-jre-headless,curl,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
    bookworm - "${sources}" 2>"${LOG_DIR}/mmdebstrap.log" |
    docker_cmd import - "${BASE_IMAGE}" >>"${LOG_DIR}/mmdebstrap.log" 2>&1; then
    docker_cmd image rm -f "${BASE_IMAGE}" >/dev/null 2>&1 || true
    skip "mmdebstrap of Debian bookworm failed" "${LOG_DIR}/mmdebstrap.log"
  fi
  say "base image built in $((SECONDS - started)) s"
}

build_kafka_image() {
  local version=$1 image=$2 context=${ROOT}/.ci/docker/kafka
  local hash
  hash=$( (
    echo "${version}"
    cd "${context}" && sha256sum Dockerfile run kafka-tool log4j2.properties pom.xml
  ) | sha256sum | cut -c1-16)
  local current
  current=$(docker_cmd image inspect -f '{{index .Config.Labels "io.wirefeed.ci.hash"}}' \
    "${image}" 2>/dev/null || true)
  if [[ ${current} == "${hash}" ]]; then
    say "Kafka image ${image} kept from an earlier run"
    return 0
  fi
  local build
  build=$(mktemp -d)
  cp "${context}/Dockerfile" "${context}/run" "${context}/kafka-tool" "${context}/log4j2.properties" \
    "${build}/"
  say "fetching kafka_2.13:${version} runtime jars from Maven Central"
  local started=${SECONDS}
  if ! mvn -B -q -f "${context}/pom.xml" -Dkafka.version="${version}" \
    dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="${build}/libs" >"${LOG_DIR}/jars.log" 2>&1; then
    rm -rf "${build}"
    skip "could not fetch the Kafka ${version} jars" "${LOG_DIR}/jars.log"
  fi
  say "jars fetched in $((SECONDS - started)) s; building ${image}"
  started=${SECONDS}
  if ! DOCKER_BUILDKIT=0 docker_cmd build --network host --pull=false \
    --build-arg BASE_IMAGE="${BASE_IMAGE}" --build-arg KAFKA_VERSION="${version}" \
    --label io.wirefeed.ci.hash="${hash}" -t "${image}" "${build}" \
    >"${LOG_DIR}/build.log" 2>&1; then
    rm -rf "${build}"
    skip "docker build of ${image} failed" "${LOG_DIR}/build.log"
  fi
  rm -rf "${build}"
  say "Kafka image built in $((SECONDS - started)) s"
}

start() {
  local started=${SECONDS}
  mkdir -p "${RUN_DIR}" "${LOG_DIR}"
  rm -f "${ENV_FILE}"
  command -v apt-get >/dev/null || skip "no apt-get: not a Debian machine"
  install_packages
  start_daemon
  # Containers left by an earlier run (no Ryuk here to reap them).
  docker_cmd container prune -f >/dev/null 2>&1 || true
  build_base_image
  local version image
  version=$(kafka_version)
  [[ -n ${version} ]] || skip "no <kafka.version> in pom.xml"
  image=wirefeed-ci/kafka:${version}
  build_kafka_image "${version}" "${image}"
  cat >"${ENV_FILE}" <<EOF
export DOCKER_HOST=unix://${SOCKET}
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost
export WIREFEED_KAFKA_IMAGE=${image}
export WIREFEED_DOCKER_NETWORK=host
export WIREFEED_CI_BASE_IMAGE=${BASE_IMAGE}
EOF
  say "ready in $((SECONDS - started)) s: DOCKER_HOST=unix://${SOCKET} WIREFEED_KAFKA_IMAGE=${image}"
}

check_wirefeed_image() {
  local image=wirefeed-ci/wirefeed:check
  [[ -f ${ROOT}/target/wirefeed.jar ]] || {
    echo "docker-kafka: no target/wirefeed.jar to check the Dockerfile with" >&2
    return 1
  }
  local output status=0
  if ! output=$(DOCKER_BUILDKIT=0 docker_cmd build -q --network host --pull=false \
    --build-arg JRE_IMAGE="${BASE_IMAGE}" -t "${image}" "${ROOT}" 2>&1); then
    echo "docker-kafka: docker build of the top-level Dockerfile failed:" >&2
    echo "${output}" | tail -n 10 >&2
    return 1
  fi
  output=$(docker_cmd run --rm --network host "${image}" run --help 2>&1) || status=$?
  docker_cmd image rm -f "${image}" >/dev/null 2>&1 || true
  if [[ ${status} -ne 0 || ${output} != *"--config"* ]]; then
    echo "docker-kafka: the wirefeed image does not start (exit ${status}):" >&2
    echo "${output}" | tail -n 10 >&2
    return 1
  fi
  say "Dockerfile builds and the wirefeed image starts ('run --help')"
}

case "${1:-}" in
  start)
    trap 'skip "unexpected error at line ${LINENO}: ${BASH_COMMAND}"' ERR
    start
    ;;
  stop) stop_daemon ;;
  check-wirefeed-image) check_wirefeed_image ;;
  env) echo "${ENV_FILE}" ;;
  *)
    echo "usage: $0 start|stop|check-wirefeed-image|env" >&2
    exit 2
    ;;
esac
