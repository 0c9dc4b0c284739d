# shellcheck shell=bash
# Picks a JDK 21 or newer. Sourced by ./altlas and .ci/run, so that both choose the same way:
#
#   1. $JAVA_HOME, when it is 21 or newer;
#   2. the java on PATH, when it is 21 or newer;
#   3. the newest JDK under /usr/lib/jvm or /Library/Java/JavaVirtualMachines.
#
# altlas_pick_java exports JAVA_HOME and sets ALTLAS_JAVA to its java binary, or prints why none
# fits and returns 1. Versions come from the JDK's `release` file where there is one, so that
# choosing costs no JVM start in the common cases.

ALTLAS_MIN_JAVA=21

# The path a symbolic link finally points to (portable: no readlink -f on older macOS).
altlas_resolve_link() {
  local path=$1 link hops=0
  while link=$(readlink "$path") && ((hops < 40)); do
    case $link in
      /*) path=$link ;;
      *) path=$(dirname "$path")/$link ;;
    esac
    hops=$((hops + 1))
  done
  printf '%s\n' "$path"
}

# The feature version (17, 21, 25, ...) of the JDK installed at $1; empty when it cannot tell.
altlas_java_feature() {
  local home=$1 version=
  if [[ -r $home/release ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z $version && -x $home/bin/java ]]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = //p')
  fi
  version=${version#1.}         # 1.8 -> 8
  version=${version%%[!0-9]*}   # 21.0.2 -> 21
  printf '%s\n' "$version"
}

# The JDK home of the java binary $1.
altlas_java_home_of() {
  local java home
  java=$(altlas_resolve_link "$1")
  home=$(cd "$(dirname "$java")/.." && pwd -P)
  if [[ ! -r $home/release ]]; then
    # e.g. the /usr/bin/java stub of macOS: ask the JVM itself.
    home=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')
  fi
  printf '%s\n' "$home"
}

altlas_use_java() {
  JAVA_HOME=$1
  export JAVA_HOME
  # shellcheck disable=SC2034 # read by the scripts that source this file
  ALTLAS_JAVA=$JAVA_HOME/bin/java
}

altlas_pick_java() {
  local feature candidate java best='' best_feature=0
  local -a seen=()
  if [[ -n ${JAVA_HOME:-} ]]; then
    feature=$(altlas_java_feature "$JAVA_HOME")
    if ((${feature:-0} >= ALTLAS_MIN_JAVA)) && [[ -x $JAVA_HOME/bin/java ]]; then
      altlas_use_java "$JAVA_HOME"
      return 0
    fi
    seen+=("JAVA_HOME ($JAVA_HOME) is Java ${feature:-of unknown version}")
  fi
  if java=$(command -v java); then
    candidate=$(altlas_java_home_of "$java")
    feature=$(altlas_java_feature "$candidate")
    if ((${feature:-0} >= ALTLAS_MIN_JAVA)) && [[ -x $candidate/bin/java ]]; then
      altlas_use_java "$candidate"
      return 0
    fi
    seen+=("java on PATH ($java) is Java ${feature:-of unknown version}")
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x $candidate/bin/java ]] || continue
    feature=$(altlas_java_feature "$candidate")
    if ((${feature:-0} > best_feature)); then
      best=$candidate
      best_feature=$feature
    fi
  done
  if ((best_feature >= ALTLAS_MIN_JAVA)); then
    altlas_use_java "$best"
    return 0
  fi
  if [[ -n $best ]]; then
    seen+=("the newest JDK under /usr/lib/jvm or /Library/Java/JavaVirtualMachines is Java $best_feature")
  fi
  {
    echo "altlas: needs a JDK $ALTLAS_MIN_JAVA or newer, and found none:"
    if ((${#seen[@]} == 0)); then
      echo "  no JAVA_HOME, no java on PATH, no JDK under /usr/lib/jvm or /Library/Java/JavaVirtualMachines"
    else
      printf '  %s\n' "${seen[@]}"
    fi
    echo "Install one (e.g. from https://adoptium.net) and set JAVA_HOME to it."
  } >&2
  return 1
}
