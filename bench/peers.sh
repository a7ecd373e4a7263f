#!/usr/bin/env bash
# make bench-peers: times other prose linters on the bench corpus and prints hirelint's speed as
# a ratio to each. Looks for write-good, textlint and proselint on PATH and in
# $BUILD_DIR/peers/node_modules/.bin (`npm install --prefix $BUILD_DIR/peers write-good textlint`
# puts them there). The peers run well under 1 MB/s, so they get a 100 kB slice of the bullet
# corpus and the two-page CV, not the whole 100 MB; hirelint runs on the same files.
set -u
BUILD_DIR=${BUILD_DIR:-build}
RUNS=${PEER_RUNS:-5}
work="$BUILD_DIR/bench/peers"
mkdir -p "$work"

corpus="$BUILD_DIR/bench/corpus"
if [ ! -f "$corpus/bullets-000.txt" ] || [ ! -f "$corpus/cv.md" ]; then
  if [ ! -x "$BUILD_DIR/hirelint_corpus" ]; then
    echo "bench-peers: no corpus and no $BUILD_DIR/hirelint_corpus (needs libbenchmark-dev); run make bench first"
    exit 1
  fi
  mkdir -p "$corpus"
  "$BUILD_DIR/hirelint_corpus" --format text --bytes 1000000 "$corpus/bullets-000.txt" || exit 1
  "$BUILD_DIR/hirelint_corpus" --format markdown --bytes 7000 --seed 9 "$corpus/cv.md" || exit 1
fi
# A slice that ends on a whole line.
head -c 100000 "$corpus/bullets-000.txt" | sed '$d' > "$work/slice.txt"
cp "$corpus/cv.md" "$work/cv.md"

export PATH="$PATH:$BUILD_DIR/peers/node_modules/.bin"

# Median wall seconds of $RUNS runs of the command; output discarded, exit status ignored
# (linters exit non-zero when they find something).
median_seconds() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

found=0
for file in "$work/slice.txt" "$work/cv.md"; do
  bytes=$(wc -c < "$file")
  mine=$(median_seconds "$BUILD_DIR/hirelint" lint --color never "$file")
  printf '%s (%d bytes): hirelint %.3f s (%.2f MB/s)\n' "$(basename "$file")" "$bytes" "$mine" \
    "$(echo "$bytes / 1000000 / $mine" | bc -l)"
  for peer in write-good textlint proselint; do
    command -v "$peer" >/dev/null 2>&1 || continue
    found=1
    case "$peer" in
      textlint)
        # textlint needs a rule to do any work; use write-good's preset when it is installed.
        args=(--rule write-good "$file") ;;
      proselint) args=("$file") ;;
      *) args=("$file") ;;
    esac
    theirs=$(median_seconds "$peer" "${args[@]}")
    printf '  %-10s %.3f s (%.3f MB/s): hirelint is %.1fx faster\n' "$peer" "$theirs" \
      "$(echo "$bytes / 1000000 / $theirs" | bc -l)" "$(echo "$theirs / $mine" | bc -l)"
  done
done
if [ "$found" = 0 ]; then
  echo "bench-peers: none of write-good, textlint or proselint is installed (PATH or $BUILD_DIR/peers);"
  echo "install one, e.g. npm install --prefix $BUILD_DIR/peers write-good, or apt-get install python3-proselint"
fi
