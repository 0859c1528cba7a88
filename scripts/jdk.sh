# Sourced by ./textkit, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Uses JAVA_HOME or the `java` on PATH when they are new enough, else the newest JDK under /usr/lib/jvm.

textkit_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

textkit_find_jdk() {
    local candidate major best="" best_major=0
    local path_java
    path_java=$(command -v java 2>/dev/null || true)
    for candidate in "${JAVA_HOME:-}" \
        "$( [ -n "$path_java" ] && dirname "$(dirname "$(readlink -f "$path_java")")")" \
        /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(textkit_java_major "$candidate")
        [ -n "$major" ] || continue
        if [ "$major" -ge 21 ] && { [ "$candidate" = "${JAVA_HOME:-}" ] || [ "$major" -gt "$best_major" ]; }; then
            best=$candidate
            best_major=$major
            [ "$candidate" = "${JAVA_HOME:-}" ] && break
        fi
    done
    if [ -z "$best" ]; then
        echo "textkit: needs a JDK 21 or newer; set JAVA_HOME to one (looked at JAVA_HOME, PATH and /usr/lib/jvm)" >&2
        return 1
    fi
    export JAVA_HOME=$best
}

textkit_find_jdk
