#!/usr/bin/env bash
# Fuzzes every @FuzzTest of this module for SECONDS each, one JVM per target (Jazzer fuzzes one
# target per JVM), and fails if any target finds something. Needs the module packaged first (the
# class path in target/test-classpath.txt names the module jars): ./run-tests does that, or
#   mvn -B -ntp -pl fuzz -am package -DskipTests
# Usage: fuzz/run.sh [--all-seeds] [--runs N] SECONDS [CLASS#METHOD ...]   (default: every target but
# EveryReaderFuzzTest, which ./run-tests fuzzes with --all-seeds: every target's seeds as its own)
# --runs N stops each target after N inputs, with libFuzzer's seed fixed and no corpus reloading, so that
# a busy machine fuzzes as much as a quiet one (./run-tests uses it); SECONDS still caps it.
# Logs go to fuzz/target/fuzz-logs/, the corpus each run grows to fuzz/.cifuzz-corpus/ (with --all-seeds,
# to a fresh fuzz/target/all-seeds-corpus/), and an input that fails to the target's Inputs folder under
# src/test/resources, where it stays as a regression seed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. ../scripts/jdk.sh
seed_dirs=()
if [ "${1:-}" = --all-seeds ]; then
    # libFuzzer adds what it finds to the first folder; the seed folders after it stay as they are.
    rm -rf target/all-seeds-corpus
    mkdir -p target/all-seeds-corpus
    seed_dirs=("$PWD/target/all-seeds-corpus")
    mapfile -t -O 1 seed_dirs < <(find "$PWD/src/test/resources" -type d -path '*Inputs/*' | sort)
    shift
fi
libfuzzer_flags=()
if [ "${1:-}" = --runs ]; then
    libfuzzer_flags=("-runs=${2:?--runs needs a count}" -seed=1 -reload=0)
    shift 2
fi
seconds=${1:?usage: fuzz/run.sh [--all-seeds] [--runs N] SECONDS [CLASS#METHOD ...]}
shift
[ -f target/test-classpath.txt ] || { echo "fuzz/run.sh: build the module first (target/test-classpath.txt missing)" >&2; exit 2; }

# Every method annotated @FuzzTest, as CLASS#METHOD.
all_targets() {
    local file class
    for file in $(find src/test/java -name '*FuzzTest.java' ! -name EveryReaderFuzzTest.java | sort); do
        class=${file#src/test/java/}
        class=${class%.java}
        class=${class//\//.}
        awk -v class="$class" '/@FuzzTest/ { want = 1; next }
            want && match($0, /void [A-Za-z0-9_]+\(/) { print class "#" substr($0, RSTART + 5, RLENGTH - 6); want = 0 }' "$file"
    done
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(all_targets)
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
mkdir -p target/fuzz-logs
failed=()
for target in "${targets[@]}"; do
    log="target/fuzz-logs/${target##*.}.log"
    echo "fuzzing $target for ${libfuzzer_flags[0]:+${libfuzzer_flags[0]#-} inputs, at most }${seconds}s"
    start=$SECONDS
    if ! JAZZER_FUZZ=1 "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -Xmx512m \
            -XX:+EnableDynamicAgentLoading -cp "$classpath" io.textkit.fuzz.FuzzOne "$target" "$seconds" "${libfuzzer_flags[@]}" "${seed_dirs[@]}" \
            >"$log" 2>&1; then
        failed+=("$target")
        echo "  FINDING: see fuzz/$log"
    fi
    grep -aE '^(Done [0-9]+ runs|stat::average_exec_per_sec)' "$log" | tr '\n' ' ' | sed 's/^/  /' || true
    echo "(JVM $((SECONDS - start)) s)"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz/run.sh: findings in ${failed[*]}" >&2
    exit 1
fi
