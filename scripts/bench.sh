#!/usr/bin/env bash
# The browser benchmark of issue 8, in one command:
#   ./scripts/bench.sh [runs]
# Builds the release site, writes synthetic collections of 1,000 and 10,000 readouts next to it
# (examples/synth.rs, seed 42), installs TimelineJS from npm into a temporary folder (nothing is
# committed; it is served from loopback like the app), turns the same meetings into TimelineJS
# events with the command line's parser, and runs scripts/bench-browser.mjs, which prints the
# tables that BENCHMARKS.md records. Takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh --browser
set -u

runs=${1:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/readout-lens-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

release_build trunk build --release
cp -r dist "$work/site"
mkdir -p "$work/site/data" "$work/timelinejs"
cargo build --release --example synth --bin readout
bin=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')/release
for n in 1000 10000; do
  "$bin/examples/synth" --count "$n" --seed 42 --out "$work/site/data/synthetic-$n.json"
done

# TimelineJS at bench time, into the temporary folder only.
(cd "$work/timelinejs" && echo '{"private": true}' > package.json \
  && npm install --no-audit --no-fund --loglevel=error @knight-lab/timelinejs@3.9.11 >/dev/null)
# The same meetings as TimelineJS events: date, title as headline, participants as text.
to_events='
let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
  const events = JSON.parse(s).filter((r) => r.date).map((r) => {
    const [year, month, day] = r.date.split("-").map(Number);
    return { start_date: { year, month, day }, text: { headline: r.title, text: r.participants.map((p) => p.name).join(", ") } };
  });
  process.stdout.write(JSON.stringify({ events }));
});'
"$bin/readout" parse data/readouts/*.txt | node -e "$to_events" > "$work/timelinejs/tl-2.json"
for n in 1000 10000; do
  "$bin/readout" parse "$work/site/data/synthetic-$n.json" | node -e "$to_events" > "$work/timelinejs/tl-$n.json"
done

# The builds above leave the machine busy for a while; the timings wait (at most two minutes)
# for the 1-minute load average to fall under 1, and print it with the results.
for _ in $(seq 60); do
  awk '{ exit !($1 < 1.0) }' /proc/loadavg 2>/dev/null && break
  sleep 2
done

node scripts/bench-browser.mjs "$work" "$runs"
