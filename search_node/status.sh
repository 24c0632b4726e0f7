#!/usr/bin/env bash
# Tells which search nodes run: search_node/status.sh [opensearch|elasticsearch|cluster|all] (default: all).
# With a target, exit code 0 when its nodes all run, 3 when one does not; with all, 0.
# shellcheck source=search_node/common.sh
source "$(dirname "$0")/common.sh"

target=${1:-all}
if [[ $target == all ]]; then
    nodes=(opensearch elasticsearch cluster-1 cluster-2)
else
    read -ra nodes <<<"$(sn_nodes "$target")"
fi

rc=0
for node in "${nodes[@]}"; do
    pid=$(sn_pid "$node")
    port=$(sn_port "$node")
    if [[ -z $pid ]]; then
        echo "$node: stopped"
        [[ $target == all ]] || rc=3
        continue
    fi
    health=$(sn_health "$port")
    status=$(grep -o '"status":"[a-z]*"' <<<"$health" | cut -d'"' -f4 || true)
    nodes_in=$(grep -o '"number_of_nodes":[0-9]*' <<<"$health" | cut -d: -f2 || true)
    echo "$node: running, pid $pid, http://127.0.0.1:$port, $(sn_engine "$node") $(sn_version "$node")," \
        "health ${status:-not answering}${nodes_in:+ ($nodes_in nodes)}, RSS $(sn_rss_mib "$pid") MiB"
done
exit $rc
