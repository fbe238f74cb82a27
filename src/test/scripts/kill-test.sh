#!/usr/bin/env bash
# Kills the app with SIGKILL while a writer types into it, N times (default 50), and checks after each
# kill that the database passes PRAGMA integrity_check and holds what was typed up to the last
# autosave, no more than about a second before the kill. Prints one line:
#   kill-test: N kills, C corrupt, max lost keystrokes K, max age A ms, max input lag L ms
# where the lost keystrokes were typed but are not on disk, the age is how long the oldest unsaved text
# had been in the editor at the kill, and the input lag how long the oldest typed key had waited for a
# busy app to take it (KillCheck says more). Exits non-zero if any database was corrupt or any age was
# over KILL_TEST_MAX_AGE_MS (default 1500). Needs the compiled classes: run it after `mvn verify` or
# `mvn test-compile`.
set -euo pipefail
cd "$(dirname "$0")/../../.."

kills=${1:-50}
max_allowed_age=${KILL_TEST_MAX_AGE_MS:-1500}
start_timeout=120   # seconds for the window to open and the first keystroke
check_timeout=60    # seconds for the check of one database

mvn_quiet() {
    # Offline first, as the project builds; online if the local repository lacks something.
    mvn -B -q -o "$@" >/dev/null 2>&1 || mvn -B -q "$@" >/dev/null
}

if [[ ! -d target/classes || ! -d target/test-classes ]]; then
    mvn_quiet test-compile
fi
classpath_file=target/kill-test.classpath
if [[ ! -s $classpath_file || pom.xml -nt $classpath_file ]]; then
    mvn_quiet dependency:build-classpath -Dmdep.outputFile="$classpath_file"
fi
classpath="target/test-classes:target/classes:$(cat "$classpath_file")"
# The same headless Monocle the tests run on (pom.xml, Surefire's systemPropertyVariables).
java_options=(-Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true
    -Dfile.encoding=UTF-8 -Duser.language=en -Duser.country=US
    -Dtestfx.launch.timeout=$(( start_timeout * 1000 )) -Dtestfx.setup.timeout=$(( start_timeout * 1000 )))

work=$(mktemp -d "${TMPDIR:-/tmp}/readerfirst-kill-test.XXXXXX")
app_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

now_ms() {
    local t=${EPOCHREALTIME/,/.}
    echo $(( ${t%.*} * 1000 + 10#${t#*.} / 1000 ))
}

done_kills=0
corrupt=0
failed=0
max_lost=0
max_age=0
max_lag=0
for (( i = 1; i <= kills; i++ )); do
    run="$work/$i"
    mkdir -p "$run"
    java "${java_options[@]}" -cp "$classpath" org.readerfirst.ui.app.TypingUnderKill \
        "$run/drafts.db" "$run/journal" >"$run/app.log" 2>&1 &
    app_pid=$!

    deadline=$(( SECONDS + start_timeout ))
    until grep -q '^0 ' "$run/journal" 2>/dev/null; do
        if ! kill -0 "$app_pid" 2>/dev/null || (( SECONDS > deadline )); then
            break
        fi
        sleep 0.1
    done
    if ! grep -q '^0 ' "$run/journal" 2>/dev/null; then
        echo "kill $i: the app did not start typing; its output is in $run/app.log" >&2
        tail -n 20 "$run/app.log" >&2 || true
        kill -9 "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
        failed=$(( failed + 1 ))
        break
    fi

    # Somewhere between 3 and 8 seconds into the typing.
    pause_ms=$(( 3000 + RANDOM % 5001 ))
    sleep "$(( pause_ms / 1000 )).$(printf '%03d' $(( pause_ms % 1000 )))"
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "kill $i: the app stopped before it was killed" >&2
        tail -n 20 "$run/app.log" >&2 || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
        failed=$(( failed + 1 ))
        break
    fi
    kill -9 "$app_pid"
    killed_at=$(now_ms)
    done_kills=$(( done_kills + 1 ))
    wait "$app_pid" 2>/dev/null || true
    app_pid=""

    if verdict=$(timeout "$check_timeout" java -cp "$classpath" org.readerfirst.store.KillCheck \
            "$run/drafts.db" "$run/journal" "$killed_at" 2>"$run/check.log"); then
        lost=$(sed -n 's/.* lost=\([0-9]*\).*/\1/p' <<<"$verdict")
        age=$(sed -n 's/.* age=\(-\?[0-9]*\).*/\1/p' <<<"$verdict")
        lag=$(sed -n 's/.* lag=\(-\?[0-9]*\).*/\1/p' <<<"$verdict")
        echo "kill $i after ${pause_ms} ms: $verdict"
        if (( lost > max_lost )); then max_lost=$lost; fi
        if (( age > max_age )); then max_age=$age; fi
        if (( lag > max_lag )); then max_lag=$lag; fi
        rm -rf "$run"
    else
        echo "kill $i after ${pause_ms} ms: ${verdict:-the check failed: $(tail -n 5 "$run/check.log")}" >&2
        if [[ $verdict == corrupt* ]]; then
            corrupt=$(( corrupt + 1 ))
            # Kept for a closer look; the folder above it goes when the script ends.
            keep="${TMPDIR:-/tmp}/readerfirst-kill-test-corrupt-$i-$$"
            cp -r "$run" "$keep" && echo "kill $i: database and journal kept in $keep" >&2
        else
            failed=$(( failed + 1 ))
        fi
    fi
done

echo "kill-test: $done_kills kills, $corrupt corrupt, max lost keystrokes $max_lost, max age $max_age ms, max input lag $max_lag ms"
if (( failed > 0 )); then
    echo "kill-test: $failed of the $kills runs went wrong before their database could be checked" >&2
    exit 2
fi
if (( corrupt > 0 || max_age > max_allowed_age )); then
    exit 1
fi
