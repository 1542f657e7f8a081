#!/usr/bin/env bash
# Finds a JDK 21 or newer and exports JAVA_HOME (and puts it first on PATH).
#
# Use from other scripts (tests, CI):
#     source deploy/local/lib/java.sh
#     cchc_use_java            # exports JAVA_HOME or returns 1 with a message on stderr
# Or run it directly to print the JDK it would use:
#     bash deploy/local/lib/java.sh
#
# Order of preference: $JAVA_HOME if it is a JDK 21+, then /usr/lib/jvm/temurin-25-jdk-amd64,
# then the newest JDK 21+ found under /usr/lib/jvm.
# This file only defines functions; it does not change shell options of the caller.

CCHC_MIN_JAVA_VERSION="${CCHC_MIN_JAVA_VERSION:-21}"

# Prints the feature version (17, 21, 25, ...) of the JDK in directory $1, or nothing.
cchc_java_feature_version() {
  local home="$1" line version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -f "$home/release" ]]; then
    line="$(grep -E '^JAVA_VERSION=' "$home/release" 2>/dev/null || true)"
    version="${line#JAVA_VERSION=}"
    version="${version//\"/}"
  fi
  if [[ -z "${version:-}" ]]; then
    # e.g. openjdk version "21.0.5" 2024-10-15  /  java version "1.8.0_401"
    version="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  version="${version#1.}"          # 1.8 -> 8
  version="${version%%[.+-]*}"     # 21.0.5 -> 21, 25-ea -> 25
  [[ "$version" =~ ^[0-9]+$ ]] && printf '%s\n' "$version"
  return 0
}

# Prints the JAVA_HOME to use, or returns 1.
cchc_find_java_home() {
  local candidate version best="" best_version=0
  local -a candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  for candidate in "${candidates[@]}"; do
    version="$(cchc_java_feature_version "$candidate")"
    if [[ -n "$version" && "$version" -ge "$CCHC_MIN_JAVA_VERSION" ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  for candidate in /usr/lib/jvm/*; do
    [[ -d "$candidate" && ! -L "$candidate" ]] || continue
    version="$(cchc_java_feature_version "$candidate")"
    if [[ -n "$version" && "$version" -ge "$CCHC_MIN_JAVA_VERSION" && "$version" -gt "$best_version" ]]; then
      best="$candidate"
      best_version="$version"
    fi
  done
  [[ -n "$best" ]] || return 1
  printf '%s\n' "$best"
}

# Exports JAVA_HOME and PATH for a JDK 21+; returns 1 with a clear message if there is none.
cchc_use_java() {
  local home
  if ! home="$(cchc_find_java_home)"; then
    echo "ERROR: no JDK ${CCHC_MIN_JAVA_VERSION}+ found (looked at \$JAVA_HOME='${JAVA_HOME:-}'," \
      "/usr/lib/jvm/temurin-25-jdk-amd64 and /usr/lib/jvm/*)." >&2
    echo "       Install one (e.g. a Temurin 21/25 JDK) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$home"
  case ":$PATH:" in
    *":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  cchc_use_java
  printf 'JAVA_HOME=%s (Java %s)\n' "$JAVA_HOME" "$(cchc_java_feature_version "$JAVA_HOME")"
fi
