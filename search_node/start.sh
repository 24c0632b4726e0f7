#!/usr/bin/env bash
# Starts a search target and waits until it is green: search_node/start.sh [opensearch|elasticsearch|cluster]
# (default: opensearch), then prints its URL. Assembles the engine from Maven Central first if needed.
# Starting a running node is not an error. Bounded: SEARCH_NODE_START_TIMEOUT s, after which the nodes
# this run started are stopped again and the script fails with the end of their logs.
# shellcheck source=search_node/common.sh
source "$(dirname "$0")/common.sh"

target=${1:-opensearch}
read -ra nodes <<<"$(sn_nodes "$target")"
engine=$(sn_engine "${nodes[0]}")
version=$(sn_version "${nodes[0]}")

command -v curl >/dev/null || sn_die "curl is needed"
java=$(command -v "$SN_JAVA") || sn_die "no java (Java 17) on PATH nor in JAVA_HOME"

# build/<engine>-<version>/: lib/ and modules/ from Maven (pom.xml), the module descriptors from
# modules/<engine>/, an empty bin/ (path.home needs one) and plugins/ (the node would create it). Reused while pom.xml and modules/ are unchanged.
assemble() {
    local home=$SN_BUILD/$engine-$version
    local stamp=$home/.assembled
    if [[ ! -f $stamp || -n $(find "$SN_DIR/pom.xml" "$SN_DIR/modules/$engine" -newer "$stamp" -print -quit) ]]; then
        command -v mvn >/dev/null || sn_die "mvn (Maven) is needed to assemble $engine"
        sn_say "assembling $engine $version from Maven Central into $home (jars cached in ~/.m2)"
        local t0=$SECONDS
        rm -rf "$home"
        mkdir -p "$SN_BUILD"
        if ! timeout "$SN_MVN_TIMEOUT" mvn -B -ntp -f "$SN_DIR/pom.xml" -P "$engine" package >"$SN_BUILD/mvn-$engine.log" 2>&1; then
            tail -n 30 "$SN_BUILD/mvn-$engine.log" >&2
            sn_die "Maven could not assemble $engine (log: $SN_BUILD/mvn-$engine.log)"
        fi
        cp -R "$SN_DIR/modules/$engine/." "$home/modules/"
        mkdir -p "$home/bin" "$home/plugins"
        chmod -R a+rX "$home"
        rm -f "$SN_VAR/cds/$engine-$version.jsa" # made from other jars
        touch "$stamp"
        sn_say "assembled in $((SECONDS - t0)) s ($(du -sh "$home" | cut -f1))"
    fi
    if [[ $SN_RUN_BUILD != "$SN_BUILD" ]]; then
        local copy=$SN_RUN_BUILD/$engine-$version
        if [[ ! -f $copy/.assembled || $stamp -nt $copy/.assembled ]]; then
            sn_say "nobody cannot read $SN_DIR: the nodes run from a copy in $SN_RUN_BUILD"
            rm -rf "$copy"
            mkdir -p "$SN_RUN_BUILD"
            chmod a+rx "$SN_RUN_BUILD" "${SN_RUN_BUILD%/*}"
            cp -a "$home" "$copy"
        fi
    fi
}

render() { # template output KEY value...: @KEY@ replaced by value
    local text
    text=$(<"$1")
    local out=$2
    shift 2
    while (($#)); do
        text=${text//"@$1@"/"$2"}
        shift 2
    done
    printf '%s\n' "$text" >"$out"
}

# A node's HTTP port: the one asked for by the environment; but a node started beside a running node of its
# cluster (the failover test restarts cluster-1) keeps the ports it had (var/<node>/port), which the running
# node's discovery knows, whatever the environment of this run says.
node_port() {
    if ((${#running[@]})); then sn_port "$1"; else sn_port_default "$1"; fi
}

# Starts one node in the background (does not wait). Sets launched_pid.
launch() {
    local node=$1 home=$SN_RUN_BUILD/$engine-$version
    local nd=$SN_VAR/$node port transport prefix discovery cluster_name
    port=$(node_port "$node")
    transport=$((port + 100))
    prefix=$(sn_prefix "$node")
    sn_port_busy "$port" && sn_die "port $port is taken by another program (SEARCH_NODE_PORT / SEARCH_CLUSTER_PORT)"
    sn_port_busy "$transport" && sn_die "transport port $transport is taken by another program"

    mkdir -p "$nd/config" "$nd/data" "$nd/logs" "$nd/tmp" "$SN_VAR/cds"
    echo "$port" >"$nd/port"
    if [[ $target == cluster ]]; then
        local p1 p2
        p1=$(node_port cluster-1)
        p2=$(node_port cluster-2)
        cluster_name=search-cluster
        discovery="discovery.seed_hosts: [\"127.0.0.1:$((p1 + 100))\", \"127.0.0.1:$((p2 + 100))\"]
# Used only when the cluster forms for the first time (empty data folders).
cluster.initial_cluster_manager_nodes: [cluster-1, cluster-2]"
    else
        cluster_name=search-$node
        discovery="discovery.type: single-node"
    fi
    render "$SN_DIR/config/$engine.yml.in" "$nd/config/$engine.yml" \
        VERSION "$version" NODE_NAME "$node" CLUSTER_NAME "$cluster_name" DATA "$nd/data" LOGS "$nd/logs" \
        HTTP_PORT "$port" TRANSPORT_PORT "$transport" DISCOVERY "$discovery"
    render "$SN_DIR/config/log4j2.properties.in" "$nd/config/log4j2.properties" NODE_NAME "$node" LOGS "$nd/logs"
    rm -f "$nd/node.pid"

    # shellcheck disable=SC2054 # SPI,COMPAT is one value
    local -a opts=(
        "-Xms$SN_HEAP" "-Xmx$SN_HEAP" -XX:+UseG1GC -XX:-UsePerfData -Xss1m
        -XX:-OmitStackTraceInFastThrow "-XX:ErrorFile=$nd/logs/hs_err_pid%p.log"
        "-Djava.io.tmpdir=$nd/tmp" "-Djna.tmpdir=$nd/tmp" -Djna.nosys=true
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.locale.providers=SPI,COMPAT
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true
        -Dio.netty.recycler.maxCapacityPerThread=0 -Dio.netty.allocator.numDirectArenas=0
        -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true -Dlog4j2.formatMsgNoLookups=true
    )
    local cds
    cds=$(sn_cds_file "$node")
    if [[ $SN_CDS == 1 && -s $cds ]]; then
        opts+=("-XX:SharedArchiveFile=$cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
    elif [[ $SN_CDS == 1 && $node != cluster-2 ]]; then
        rm -f "$cds.$node"
        opts+=("-XX:ArchiveClassesAtExit=$cds.$node" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
    opts+=("-D$prefix.path.home=$home" "-D$prefix.path.conf=$nd/config" "-D$prefix.distribution.type=tar"
        "-D$prefix.bundled_jdk=false")
    if [[ $engine == elasticsearch ]]; then
        opts+=(-Des.distribution.flavor=oss -cp "$home/lib/*" org.elasticsearch.bootstrap.Elasticsearch)
    else
        opts+=(-cp "$home/lib/*" org.opensearch.bootstrap.OpenSearch)
    fi
    opts+=(-p "$nd/node.pid")

    local -a runas=()
    if [[ $(id -u) -eq 0 ]]; then
        chown -R nobody:nogroup "$nd" "$SN_VAR/cds"
        runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all --)
    fi
    echo "== $(date -Is) start.sh: $node ($engine $version) on 127.0.0.1:$port" >>"$nd/logs/stdout.log"
    (
        cd "$nd" || exit 1
        # No pipe of the caller (make, CI) stays open in the node: close every inherited descriptor past 2.
        for fd in "/proc/$BASHPID/fd/"*; do
            fd=${fd##*/}
            if ((fd > 2)); then { eval "exec $fd>&-"; } 2>/dev/null || true; fi
        done
        exec setsid "${runas[@]}" env -i "PATH=$PATH" "HOME=$nd" LANG=C.UTF-8 "$java" "${opts[@]}"
    ) </dev/null >>"$nd/logs/stdout.log" 2>&1 &
    launched_pid=$!
    disown "$launched_pid" # no "Killed" message from this shell if the node dies
}

show_logs() {
    local node=$1
    echo "---- $SN_VAR/$node/logs/stdout.log (end)" >&2
    tail -n 15 "$SN_VAR/$node/logs/stdout.log" >&2 2>/dev/null || true
    echo "---- $SN_VAR/$node/logs/server.log (end)" >&2
    tail -n 25 "$SN_VAR/$node/logs/server.log" >&2 2>/dev/null || true
}

assemble

running=()
for node in "${nodes[@]}"; do
    [[ -n $(sn_pid "$node") ]] && running+=("$node")
done

t0=$(date +%s%N)
declare -A launcher=()
started=()
for node in "${nodes[@]}"; do
    pid=$(sn_pid "$node")
    if [[ -n $pid ]]; then
        sn_say "$node already running (pid $pid, port $(sn_port "$node"))"
        continue
    fi
    launch "$node"
    launcher[$node]=$launched_pid
    started+=("$node")
done

# Wait for green: every node answers, with all the target's nodes in the cluster and all shards assigned.
deadline=$((SECONDS + SN_START_TIMEOUT))
query="wait_for_status=green&wait_for_nodes=${#nodes[@]}&timeout=1s"
while :; do
    ready=1
    for node in "${nodes[@]}"; do
        pid=$(sn_pid "$node")
        if [[ -z $pid ]] && ! sn_alive "${launcher[$node]:-0}"; then
            sn_say "$node exited while starting" >&2
            show_logs "$node"
            SN_CDS_DISCARD=1 sn_stop_nodes "${started[@]}" >&2 || true
            exit 1
        fi
        health=$(sn_health "$(sn_port "$node")" "$query")
        [[ $health == *'"status":"green"'* && $health == *'"timed_out":false'* ]] || ready=0
    done
    ((ready)) && break
    if ((SECONDS >= deadline)); then
        sn_say "not green after $SN_START_TIMEOUT s (SEARCH_NODE_START_TIMEOUT); last health: ${health:-no answer}" >&2
        for node in "${started[@]}"; do show_logs "$node"; done
        SN_CDS_DISCARD=1 sn_stop_nodes "${started[@]}" >&2 || true
        exit 1
    fi
    sleep 0.5
done
elapsed=$((($(date +%s%N) - t0) / 1000000))

# A single node has no second node for replicas: new indices get none (index settings may still ask).
if [[ $target != cluster ]]; then
    curl -sf --max-time 10 -X PUT "http://127.0.0.1:$(sn_port "${nodes[0]}")/_index_template/search-node-single" \
        -H 'Content-Type: application/json' \
        -d '{"index_patterns": ["*"], "priority": 0, "template": {"settings": {"index.number_of_replicas": 0}}}' \
        >/dev/null || sn_die "could not create the index template search-node-single"
fi

urls=()
for node in "${nodes[@]}"; do urls+=("http://127.0.0.1:$(sn_port "$node")"); done
if ((${#started[@]})); then
    sn_say "$target ($engine $version) green in $((elapsed / 1000)).$(printf %03d $((elapsed % 1000))) s: ${urls[*]}"
else
    sn_say "$target ($engine $version) green: ${urls[*]}"
fi
