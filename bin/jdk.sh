# Sourced by the other scripts: picks an installed JDK 21 or newer (the newest found) without the user
# setting JAVA_HOME, and says clearly what is missing when there is none.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1
}

pick_jdk() {
  local best="" best_major=0 candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ] || [ "$best_major" -lt 21 ]; then
    echo "Working Win needs a JDK 21 or newer (with javac); the newest found is ${best_major:-none}." >&2
    echo "Install one (for example Temurin 25 under /usr/lib/jvm) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using JDK $best_major at $JAVA_HOME"
}

require_maven() {
  command -v mvn >/dev/null 2>&1 || { echo "Working Win builds with Apache Maven 3.8 or newer: install it (apt-get install maven)." >&2; return 1; }
}
