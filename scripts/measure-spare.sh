#!/bin/bash
# Measures the design of a pre-started ("spare") runtime container pool
# (issue 12; built since: docker/spare.go): a cold start without a spare
# (create + start + health + first request) against specializing an already
# running code-less container (copy the code into its tmpfs-backed volume,
# update its limits, first request). Docker CLI timings, so each step also
# carries one CLI process start (~30 ms here). Needs the node-18.0 runtime
# image; removes every container it starts (label fnflow-measure-spare).
# Usage: scripts/measure-spare.sh [image] [rounds]
set -euo pipefail
IMG=${1:-fnflow/runtime:node-18.0}
ROUNDS=${2:-5}
LABEL=fnflow-measure-spare=$$
CODE_DIR=/usr/local/server/src/function
work=$(mktemp -d)
cleanup() {
	docker ps -aq --filter "label=$LABEL" | xargs -r docker rm -f -v >/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/code"
echo "module.exports = async (context) => context.res.text('ok');" >"$work/code/index.js"
tar -C "$work/code" -cf "$work/code.tar" .
chmod -R a+rX "$work"
hard=(--label "$LABEL" --read-only --tmpfs /tmp:size=64m --cap-drop ALL --security-opt no-new-privileges
	--init --user 1000:1000 -m 128m --memory-swap 128m --cpus 1 -p 127.0.0.1::3000 -e OPEN_RUNTIMES_SECRET=s)
ms() { date +%s%3N; }
port() { docker port "$1" 3000/tcp | head -1 | sed 's/.*://'; }
health() { until curl -sf -o /dev/null "http://127.0.0.1:$1/__opr/health"; do sleep 0.005; done; }
call() { curl -sf -H 'x-open-runtimes-secret: s' "http://127.0.0.1:$1/"; }
for _ in $(seq "$ROUNDS"); do
	t0=$(ms)
	id=$(docker create "${hard[@]}" -e OPEN_RUNTIMES_ENTRYPOINT=index.js -v "$work/code:$CODE_DIR:ro" "$IMG")
	t1=$(ms)
	docker start "$id" >/dev/null
	t2=$(ms)
	p=$(port "$id")
	health "$p"
	t3=$(ms)
	body=$(call "$p")
	t4=$(ms)
	echo "cold:  create=$((t1 - t0)) start=$((t2 - t1)) ready=$((t3 - t2)) first=$((t4 - t3)) total=$((t4 - t0)) ms body=$body"
	docker rm -f -v "$id" >/dev/null
	# The spare: running, no code, its code directory a tmpfs-backed volume
	# (a --tmpfs mount refuses the copy: "container rootfs is marked read-only").
	id=$(docker run -d "${hard[@]}" -e OPEN_RUNTIMES_ENTRYPOINT=index.js \
		--mount "type=volume,dst=$CODE_DIR,volume-driver=local,volume-opt=type=tmpfs,volume-opt=device=tmpfs,\"volume-opt=o=size=64m,uid=1000,gid=1000\"" "$IMG")
	p=$(port "$id")
	health "$p"
	s0=$(ms)
	docker cp - "$id:$CODE_DIR" <"$work/code.tar"
	s1=$(ms)
	docker update -m 256m --memory-swap 256m --cpus 0.5 "$id" >/dev/null
	s2=$(ms)
	body=$(call "$p")
	s3=$(ms)
	mem=$(docker stats --no-stream --format '{{.MemUsage}}' "$id" | cut -d/ -f1)
	echo "spare: copy=$((s1 - s0)) update=$((s2 - s1)) first=$((s3 - s2)) total=$((s3 - s0)) ms body=$body rss=$mem"
	docker rm -f -v "$id" >/dev/null
done
