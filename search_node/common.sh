# shellcheck shell=bash disable=SC2034 # the settings below are used by the scripts that source this file
# Shared by start.sh, stop.sh and status.sh (sourced, not run). See docs/search-node.md.
#
# Targets: opensearch (one OpenSearch node), elasticsearch (one Elasticsearch node), cluster (two
# OpenSearch nodes, cluster-1 and cluster-2). Each node has its own folder var/<node>/ with config/, data/,
# logs/, tmp/, the pid file node.pid (written by the node) and port (its HTTP port).
#
# Environment (all optional):
#   SEARCH_NODE_PORT           HTTP port of a single node (default 9200; transport: port + 100)
#   SEARCH_CLUSTER_PORT        HTTP port of cluster-1 (default 9201); cluster-2 has the next one
#   SEARCH_NODE_HEAP           JVM heap of each node (default 512m)
#   SEARCH_NODE_START_TIMEOUT  seconds to wait for green (default 120)
#   SEARCH_NODE_STOP_TIMEOUT   seconds to wait for a node to exit before SIGKILL (default 30)
#   SEARCH_NODE_MVN_TIMEOUT    seconds for the Maven download/assembly (default 600)
#   SEARCH_NODE_CDS            1 (default): class-data-sharing archive (made at a node's first stop), 0: none
#   SEARCH_NODE_BUILD, SEARCH_NODE_VAR  the assembled engines and the runtime folder
#                              (default: search_node/build and search_node/var)
#   JAVA_HOME                  the JDK (default: java on PATH; Java 17)

set -euo pipefail

SN_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OPENSEARCH_VERSION=2.19.6
ELASTICSEARCH_VERSION=7.10.2
SN_BUILD=${SEARCH_NODE_BUILD:-$SN_DIR/build}
SN_VAR=${SEARCH_NODE_VAR:-$SN_DIR/var}
SN_HEAP=${SEARCH_NODE_HEAP:-512m}
SN_START_TIMEOUT=${SEARCH_NODE_START_TIMEOUT:-120}
SN_STOP_TIMEOUT=${SEARCH_NODE_STOP_TIMEOUT:-30}
SN_MVN_TIMEOUT=${SEARCH_NODE_MVN_TIMEOUT:-600}
SN_CDS=${SEARCH_NODE_CDS:-1}
SN_JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Where the nodes read the jars from: SN_BUILD, or a copy of it where the node user cannot read SN_BUILD.
SN_RUN_BUILD=$SN_BUILD

sn_say() { echo "search-node: $*"; }
sn_die() { echo "search-node: $*" >&2; exit 1; }

# OpenSearch and Elasticsearch refuse to run as root: as root, the nodes run as nobody.
sn_as_node_user() {
    if [[ $(id -u) -eq 0 ]]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all -- "$@"
    else
        "$@"
    fi
}

# As root in a folder that nobody cannot read (a checkout under /root, say), the runtime folder and a copy
# of the assembled engines go to /tmp/search_node-<hash of this folder>/ (found again by stop and status).
if [[ $(id -u) -eq 0 && -z ${SEARCH_NODE_VAR:-} ]] && ! sn_as_node_user test -r "$SN_DIR/pom.xml" 2>/dev/null; then
    sn_alt=/tmp/search_node-$(printf %s "$SN_DIR" | md5sum | cut -c1-12)
    SN_VAR=$sn_alt/var
    SN_RUN_BUILD=$sn_alt/build
fi

sn_nodes() { # target -> node names
    case $1 in
        opensearch) echo opensearch ;;
        elasticsearch) echo elasticsearch ;;
        cluster) echo cluster-1 cluster-2 ;;
        cluster-1 | cluster-2) echo "$1" ;; # one node of the cluster (stop.sh cluster-1: the failover test)
        *) sn_die "unknown target '$1' (opensearch, elasticsearch or cluster)" ;;
    esac
}

sn_engine() { [[ $1 == elasticsearch ]] && echo elasticsearch || echo opensearch; }
# Prefix of the engine's system properties (-Dopensearch.path.home, -Des.path.home).
sn_prefix() { [[ $1 == elasticsearch ]] && echo es || echo opensearch; }
sn_version() { [[ $1 == elasticsearch ]] && echo "$ELASTICSEARCH_VERSION" || echo "$OPENSEARCH_VERSION"; }

sn_port_default() { # node -> HTTP port asked for by the environment
    case $1 in
        opensearch | elasticsearch) echo "${SEARCH_NODE_PORT:-9200}" ;;
        cluster-1) echo "${SEARCH_CLUSTER_PORT:-9201}" ;;
        cluster-2) echo $((${SEARCH_CLUSTER_PORT:-9201} + 1)) ;;
    esac
}

# The node's port: the one it was started with (var/<node>/port), else the one asked for.
sn_port() { cat "$SN_VAR/$1/port" 2>/dev/null || sn_port_default "$1"; }

# Pid of the running node, or nothing (a stale pid file is removed).
sn_pid() {
    local node=$1 pidfile=$SN_VAR/$1/node.pid pid
    pid=$(cat "$pidfile" 2>/dev/null || true)
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    # The process must be alive and be this node (its command line names its config folder).
    if [[ -r /proc/$pid/cmdline ]] && tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF -- "-D$(sn_prefix "$node").path.conf=$SN_VAR/$node/config"; then
        echo "$pid"
    else
        rm -f "$pidfile"
    fi
}

sn_port_busy() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

sn_health() { # port [query] -> JSON of _cluster/health, or nothing
    curl -s --max-time 5 "http://127.0.0.1:$1/_cluster/health${2:+?$2}" 2>/dev/null || true
}

sn_rss_mib() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || true; }

sn_alive() { # pid -> alive and not a zombie
    local state
    state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
    [[ -n $state && $state != Z ]]
}

# The class-data-sharing archive of an engine (JDK 17 dynamic archive): written at the first clean stop
# of a node started without one, used by every later start (a few seconds less to start).
sn_cds_file() { echo "$SN_VAR/cds/$(sn_engine "$1")-$(sn_version "$1").jsa"; }

sn_cds_keep() { # node [discard]: after its stop, keep the archive it wrote at exit (if any, and if none yet)
    local final partial
    final=$(sn_cds_file "$1")
    partial=$final.$1
    [[ -f $partial ]] || return 0
    if [[ -z ${2:-} && -s $partial && ! -e $final ]]; then mv "$partial" "$final"; else rm -f "$partial"; fi
}

# Stops nodes: SIGTERM, up to SN_STOP_TIMEOUT seconds, then SIGKILL (up to 10 s more). A class-data archive
# is kept only from a node that exited by itself and SN_CDS_DISCARD unset (start.sh sets it on a failed start).
sn_stop_nodes() {
    local node pid deadline left killed=
    local -a pids=() names=()
    for node in "$@"; do
        pid=$(sn_pid "$node")
        if [[ -z $pid ]]; then
            sn_say "$node is not running"
            continue
        fi
        kill -TERM "$pid" 2>/dev/null || true
        pids+=("$pid")
        names+=("$node")
    done
    ((${#pids[@]})) || return 0
    local t0=$SECONDS
    deadline=$((SECONDS + SN_STOP_TIMEOUT))
    while :; do
        left=0
        for pid in "${pids[@]}"; do sn_alive "$pid" && left=1; done
        ((left)) || break
        if ((SECONDS >= deadline)); then
            for pid in "${pids[@]}"; do
                if sn_alive "$pid"; then
                    sn_say "pid $pid still running after ${SN_STOP_TIMEOUT} s: SIGKILL"
                    kill -KILL "$pid" 2>/dev/null || true
                    killed=1
                fi
            done
            deadline=$((SECONDS + 10))
            SN_STOP_TIMEOUT=0
            for _ in $(seq 100); do
                left=0
                for pid in "${pids[@]}"; do sn_alive "$pid" && left=1; done
                ((left)) || break
                sleep 0.1
            done
            break
        fi
        sleep 0.2
    done
    local i
    for i in "${!names[@]}"; do
        node=${names[$i]}
        if sn_alive "${pids[$i]}"; then
            sn_say "$node (pid ${pids[$i]}) could not be stopped" >&2
            return 1
        fi
        rm -f "$SN_VAR/$node/node.pid"
        sn_cds_keep "$node" "${killed}${SN_CDS_DISCARD:-}"
        sn_say "$node stopped (pid ${pids[$i]}, $((SECONDS - t0)) s)"
    done
}
