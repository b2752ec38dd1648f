#!/usr/bin/env bash
# A real local SMTP server that catches every letter Relay sends (GreenMail standalone, from Maven Central).
# Usage: mail.sh start NAME PORT | stop NAME
source "$(dirname "$0")/lib.sh"

GM_VERSION=2.1.5
GM_JAR=$STATE/greenmail/greenmail-standalone-$GM_VERSION.jar

install() {
    [ -f "$GM_JAR" ] && return
    log "fetching GreenMail $GM_VERSION through Maven"
    mkdir -p "$STATE/greenmail"
    mvn -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GM_VERSION" \
        -DoutputDirectory="$STATE/greenmail" -Dmdep.overWriteIfNewer=true >/dev/null
}

start() {
    local name=$1 port=$2
    if pid_alive "$name"; then return; fi
    install
    log "starting the mail catcher $name (SMTP on $port)"
    # Any sender, any recipient, no passwords: it only keeps what it receives.
    start_bg "$name" "$LOGS/$name.log" java -Xmx128m -Dgreenmail.smtp.port="$port" -Dgreenmail.smtp.hostname=127.0.0.1 \
        -Dgreenmail.auth.disabled -jar "$GM_JAR"
    for _ in $(seq 1 60); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return
        pid_alive "$name" || die "the mail catcher did not start; see $LOGS/$name.log"
        sleep 0.5
    done
    die "the mail catcher did not open port $port; see $LOGS/$name.log"
}

case ${1:-} in
    start) start "${2:?name}" "${3:?port}" ;;
    stop) stop_bg "${2:?name}" ;;
    *) die "usage: mail.sh start NAME PORT | stop NAME" ;;
esac
