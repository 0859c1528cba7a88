# Sourced by ./textkit, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer, and
# TEXTKIT_JAVA_MAJOR and TEXTKIT_JAVA_VERSION (25 and 25.0.3, say) describing it.
# Uses JAVA_HOME or the `java` on PATH when they are new enough, else the newest JDK under /usr/lib/jvm.

# textkit_java_version JDK: sets java_version to the JDK's full version, read from its `release`
# file (every JDK since 9 has one) with shell builtins only, or failing that from the JVM itself
# (a JVM start costs 0.1-0.5 s; a fork of sed or a subshell ~5 ms here, paid by every command).
textkit_java_version() {
    java_version=""
    local line
    if [ -f "$1/release" ]; then
        while IFS= read -r line; do
            if [[ $line =~ ^JAVA_VERSION=\"([0-9][0-9.]*) ]]; then
                java_version=${BASH_REMATCH[1]}
                break
            fi
        done <"$1/release"
    fi
    [ -n "$java_version" ] || java_version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.version = \([0-9][0-9.]*\).*/\1/p')
}

textkit_find_jdk() {
    local candidate major best="" best_major=0 best_version="" path_java java_version
    path_java=$(type -P java || true)
    [ -n "$path_java" ] && path_java=$(readlink -f "$path_java") && path_java=${path_java%/bin/java}
    for candidate in "${JAVA_HOME:-}" "$path_java" /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        textkit_java_version "$candidate"
        major=${java_version%%.*}
        [ -n "$major" ] || continue
        if [ "$major" -ge 21 ] && { [ "$candidate" = "${JAVA_HOME:-}" ] || [ "$major" -gt "$best_major" ]; }; then
            best=$candidate
            best_major=$major
            best_version=$java_version
            [ "$candidate" = "${JAVA_HOME:-}" ] && break
        fi
    done
    if [ -z "$best" ]; then
        echo "textkit: needs a JDK 21 or newer; set JAVA_HOME to one (looked at JAVA_HOME, PATH and /usr/lib/jvm)" >&2
        return 1
    fi
    export JAVA_HOME=$best
    TEXTKIT_JAVA_VERSION=$best_version
    TEXTKIT_JAVA_MAJOR=$best_major
    export TEXTKIT_JAVA_VERSION TEXTKIT_JAVA_MAJOR
}

textkit_find_jdk
