# Sourced by ./textkit, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer, and
# TEXTKIT_JAVA_MAJOR and TEXTKIT_JAVA_VERSION (25 and 25.0.3, say) describing it.
# Uses JAVA_HOME or the `java` on PATH when they are new enough, else the newest JDK under /usr/lib/jvm.

# textkit_java_version JDK: the JDK's full version, from its `release` file (every JDK since 9 has one)
# or, failing that, from the JVM itself (a JVM start costs 0.1-0.5 s, paid by every command).
textkit_java_version() {
    local version=""
    [ -f "$1/release" ] && version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release")
    [ -n "$version" ] || version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.version = \([0-9][0-9.]*\).*/\1/p')
    echo "$version"
}

textkit_java_major() {
    local version
    version=$(textkit_java_version "$1")
    echo "${version%%.*}"
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
    TEXTKIT_JAVA_VERSION=$(textkit_java_version "$best")
    TEXTKIT_JAVA_MAJOR=$best_major
    export TEXTKIT_JAVA_VERSION TEXTKIT_JAVA_MAJOR
}

textkit_find_jdk
