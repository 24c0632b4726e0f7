#!/usr/bin/env bash
# Stops search targets: search_node/stop.sh [TARGET...] with TARGET opensearch, elasticsearch, cluster, all,
# or one node of the cluster (cluster-1, cluster-2)
# (default: opensearch). Stopping a stopped node is not an error. Bounded: SIGTERM, then SIGKILL after
# SEARCH_NODE_STOP_TIMEOUT s.
# shellcheck source=search_node/common.sh
source "$(dirname "$0")/common.sh"

nodes=()
for target in "${@:-opensearch}"; do
    if [[ $target == all ]]; then
        nodes+=(opensearch elasticsearch cluster-1 cluster-2)
    else
        read -ra some <<<"$(sn_nodes "$target")"
        nodes+=("${some[@]}")
    fi
done
sn_stop_nodes "${nodes[@]}"
