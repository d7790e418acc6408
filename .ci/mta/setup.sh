#!/usr/bin/env bash
# smtp-doctor integration-test MTA: Postfix + Dovecot SASL, loopback only.
#
#   bash .ci/mta/setup.sh            install (if needed), configure, (re)start, write env.json
#   bash .ci/mta/setup.sh --verify   same, then run end-to-end checks with swaks
#   bash .ci/mta/setup.sh --stop     stop Postfix and Dovecot
#
# Works on a fresh Debian 12 without systemd (daemons are started directly).
# Listeners (127.0.0.1 only, nothing on port 25):
#   10025  plain SMTP, no TLS, no AUTH, accepts mail for smtp-doctor.test only
#   10587  submission, STARTTLS required, AUTH PLAIN/LOGIN only after TLS
#   10465  smtps (implicit TLS), AUTH PLAIN/LOGIN
#   10588  submission, STARTTLS required, AUTH XOAUTH2/OAUTHBEARER only (a second Dovecot
#          with an oauth2 passdb asking http://127.0.0.1:18089/introspect; see oauth.sh)
# Nothing ever leaves the machine: every non-local destination goes to the
# error transport (so RCPT to another domain, even after AUTH, gets
# "550 5.1.1 ... outbound mail disabled in test MTA"; nothing is queued).
#
# State lives in ${SMTP_DOCTOR_MTA_STATE:-/var/lib/smtp-doctor-mta}:
#   env.json, ca.pem, server.pem, server.key, mail/<domain>/<user>/{new,cur,tmp},
#   postfix.log, dovecot.log, dovecot/{dovecot.conf,users}
set -euo pipefail

STATE=${SMTP_DOCTOR_MTA_STATE:-/var/lib/smtp-doctor-mta}
case "$STATE" in /*) ;; *) STATE="$(pwd)/$STATE" ;; esac
STATE=${STATE%/}
case "$STATE" in *[\"\\[:space:]]*) echo "setup.sh: SMTP_DOCTOR_MTA_STATE must not contain quotes, backslashes or spaces" >&2; exit 2 ;; esac

HOST=127.0.0.1
PLAIN_PORT=10025
SUBMISSION_PORT=10587
SMTPS_PORT=10465
DOMAIN=smtp-doctor.test
MTA_HOSTNAME=mta.$DOMAIN
USER_LOCAL=tester
USER_ADDR=$USER_LOCAL@$DOMAIN
PASSWORD=Correct-Horse-9
UNKNOWN_ADDR=nobody@$DOMAIN
VMAIL_USER=vmail

DOVECOT_DIR=$STATE/dovecot
DOVECOT_CONF=$DOVECOT_DIR/dovecot.conf
DOVECOT_BASE=/run/smtp-doctor-dovecot
POSTFIX_LOG=$STATE/postfix.log
DOVECOT_LOG=$STATE/dovecot.log
MAILDIR=$STATE/mail/$DOMAIN/$USER_LOCAL
SPOOL=/var/spool/postfix

export DEBIAN_FRONTEND=noninteractive
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

log() { echo "[mta] $*" >&2; }

# OAuth 2.0 listener and its Dovecot instance (functions and settings only).
# shellcheck source=.ci/mta/oauth.sh
. "$(dirname "${BASH_SOURCE[0]}")/oauth.sh"

dump_logs() {
  echo "----- tail $POSTFIX_LOG -----" >&2
  tail -n 40 "$POSTFIX_LOG" >&2 2>/dev/null || echo "(no postfix log)" >&2
  echo "----- tail $DOVECOT_LOG -----" >&2
  tail -n 40 "$DOVECOT_LOG" >&2 2>/dev/null || echo "(no dovecot log)" >&2
}

on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "setup.sh: FAILED (exit $rc)" >&2
    dump_logs
  fi
}
trap on_exit EXIT

# ---------------------------------------------------------------- stop ----
# A process counts as alive unless gone or a zombie (PID 1 in a sandbox may
# take a while to reap orphans).
alive() { # pid
  local st
  st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# The master pid of the Dovecot instance whose base_dir is $1, if it runs.
master_pid() { # base_dir
  local f=$1/master.pid
  [ -s "$f" ] || return 1
  local pid; pid=$(cat "$f")
  alive "$pid" || return 1
  echo "$pid"
}

stop_master() { # name base_dir
  local pid i
  if pid=$(master_pid "$2"); then
    log "stopping $1 (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then kill -9 "$pid" 2>/dev/null || true; sleep 0.5; fi
  fi
}

dovecot_pid() { master_pid "$DOVECOT_BASE"; }
stop_dovecot() { stop_master dovecot "$DOVECOT_BASE"; }

stop_postfix() {
  command -v postfix >/dev/null 2>&1 || return 0
  [ -f /etc/postfix/main.cf ] || return 0
  if postfix status >/dev/null 2>&1; then
    log "stopping postfix"
    postfix stop >/dev/null 2>&1 || true
    local i
    for i in $(seq 1 50); do postfix status >/dev/null 2>&1 || break; sleep 0.1; done
  fi
}

if [ "${1:-}" = "--stop" ]; then
  stop_postfix
  stop_dovecot
  oauth_stop
  echo "mta stopped"
  exit 0
fi

VERIFY=0
case "${1:-}" in
  "") ;;
  --verify) VERIFY=1 ;;
  *) echo "usage: $0 [--verify|--stop]" >&2; exit 2 ;;
esac

# ------------------------------------------------------------- install ----
PKGS=(postfix dovecot-core openssl swaks hyperfine libio-socket-ssl-perl libnet-ssleay-perl ca-certificates)
missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string $MTA_HOSTNAME" | debconf-set-selections
  # Keep package maintainer scripts from starting daemons (e.g. a stock
  # dovecot) while installing; we start our own below.
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  apt-get -qq -o DPkg::Lock::Timeout=120 update
  apt-get -y -qq -o DPkg::Lock::Timeout=120 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    install --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$created_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi

# Stop whatever an earlier run started, so this run restarts cleanly.
stop_postfix
stop_dovecot
oauth_stop

# ------------------------------------------------------- users and dirs ----
if ! getent group "$VMAIL_USER" >/dev/null; then groupadd --system "$VMAIL_USER"; fi
if ! id -u "$VMAIL_USER" >/dev/null 2>&1; then
  useradd --system --gid "$VMAIL_USER" --home-dir "$STATE/mail" --no-create-home \
    --shell /usr/sbin/nologin "$VMAIL_USER"
fi
VMAIL_UID=$(id -u "$VMAIL_USER")
VMAIL_GID=$(getent group "$VMAIL_USER" | cut -d: -f3)

install -d -m 0755 "$STATE" "$DOVECOT_DIR"
install -d -m 0755 -o "$VMAIL_UID" -g "$VMAIL_GID" "$STATE/mail" "$STATE/mail/$DOMAIN" "$MAILDIR" \
  "$MAILDIR/new" "$MAILDIR/cur" "$MAILDIR/tmp"
touch "$POSTFIX_LOG" "$DOVECOT_LOG"
chmod 0644 "$POSTFIX_LOG" "$DOVECOT_LOG"

# ------------------------------------------------------------------ TLS ----
CA_KEY=$STATE/ca.key CA_PEM=$STATE/ca.pem SRV_KEY=$STATE/server.key SRV_PEM=$STATE/server.pem
tls_ok() {
  [ -s "$CA_KEY" ] && [ -s "$CA_PEM" ] && [ -s "$SRV_KEY" ] && [ -s "$SRV_PEM" ] || return 1
  openssl x509 -in "$SRV_PEM" -noout -checkend 2592000 >/dev/null 2>&1 || return 1
  openssl x509 -in "$CA_PEM" -noout -checkend 2592000 >/dev/null 2>&1 || return 1
  openssl verify -CAfile "$CA_PEM" "$SRV_PEM" >/dev/null 2>&1 || return 1
}
if ! tls_ok; then
  log "generating test CA and server certificate"
  tmp=$(mktemp -d)
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 730 \
    -keyout "$tmp/ca.key" -out "$tmp/ca.pem" \
    -subj "/O=smtp-doctor/CN=smtp-doctor test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" 2>/dev/null
  openssl req -new -newkey rsa:2048 -nodes -sha256 \
    -keyout "$tmp/server.key" -out "$tmp/server.csr" \
    -subj "/O=smtp-doctor/CN=localhost" 2>/dev/null
  cat > "$tmp/ext.cnf" <<EOF
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid,issuer
subjectAltName = DNS:localhost,IP:127.0.0.1,DNS:$MTA_HOSTNAME
EOF
  openssl x509 -req -sha256 -days 730 -in "$tmp/server.csr" \
    -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" -CAcreateserial \
    -extfile "$tmp/ext.cnf" -out "$tmp/server.pem" 2>/dev/null
  install -m 0600 "$tmp/ca.key" "$CA_KEY"
  install -m 0644 "$tmp/ca.pem" "$CA_PEM"
  install -m 0600 "$tmp/server.key" "$SRV_KEY"
  install -m 0644 "$tmp/server.pem" "$SRV_PEM"
  rm -rf "$tmp"
fi

# -------------------------------------------------------------- dovecot ----
# Own config file (not /etc/dovecot), own base_dir: Dovecot is only the SASL
# backend for Postfix and binds no network port (protocols = none).
PASS_HASH=$(printf '%s' "$PASSWORD" | openssl passwd -6 -stdin)
printf '%s:{SHA512-CRYPT}%s\n' "$USER_ADDR" "$PASS_HASH" > "$DOVECOT_DIR/users.tmp"
chown root:dovecot "$DOVECOT_DIR/users.tmp"
chmod 0640 "$DOVECOT_DIR/users.tmp"
mv -f "$DOVECOT_DIR/users.tmp" "$DOVECOT_DIR/users"

cat > "$DOVECOT_CONF" <<EOF
# Generated by smtp-doctor .ci/mta/setup.sh -- SASL auth for Postfix only.
base_dir = $DOVECOT_BASE/
instance_name = smtp-doctor-dovecot
protocols = none
listen = 127.0.0.1
ssl = no
log_path = $DOVECOT_LOG
info_log_path = $DOVECOT_LOG
auth_verbose = yes
auth_mechanisms = plain login
disable_plaintext_auth = no
auth_failure_delay = 0
auth_username_format = %Lu

passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT $DOVECOT_DIR/users
}
userdb {
  driver = static
  args = uid=$VMAIL_UID gid=$VMAIL_GID home=$STATE/mail/%d/%n
}

# No per-IP auth penalty: every test client shares 127.0.0.1, so one wrong-password
# test would otherwise delay every later login by 2-15 s.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}

service auth {
  unix_listener $SPOOL/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
doveconf -c "$DOVECOT_CONF" -n >/dev/null
oauth_configure

# -------------------------------------------------------------- postfix ----
# virtual mailbox map: texthash needs no postmap / db file.
printf '%s %s/%s/\n' "$USER_ADDR" "$DOMAIN" "$USER_LOCAL" > /etc/postfix/smtp-doctor-vmailbox

# Start from an empty main.cf so no leftover settings interfere.
if [ -f /etc/postfix/main.cf ] && [ ! -f /etc/postfix/main.cf.pre-smtp-doctor ] \
   && ! grep -q 'smtp-doctor test MTA' /etc/postfix/main.cf; then
  cp /etc/postfix/main.cf /etc/postfix/main.cf.pre-smtp-doctor
fi
echo "# Generated by smtp-doctor .ci/mta/setup.sh (smtp-doctor test MTA)" > /etc/postfix/main.cf

postconf -e \
  "compatibility_level = 3.6" \
  "myhostname = $MTA_HOSTNAME" \
  "mydomain = $DOMAIN" \
  "myorigin = \$myhostname" \
  "mydestination =" \
  "mynetworks = 127.0.0.1/32" \
  "inet_interfaces = 127.0.0.1" \
  "inet_protocols = ipv4" \
  "smtpd_banner = \$myhostname ESMTP Postfix (smtp-doctor test MTA)" \
  "biff = no" \
  "append_dot_mydomain = no" \
  "readme_directory = no" \
  "alias_maps =" \
  "alias_database =" \
  "local_recipient_maps =" \
  "local_transport = error:local delivery disabled in test MTA" \
  "default_transport = error:outbound mail disabled in test MTA" \
  "relay_transport = error:outbound mail disabled in test MTA" \
  "relayhost =" \
  "relay_domains =" \
  "smtp_dns_support_level = disabled" \
  "lmtp_dns_support_level = disabled" \
  "disable_dns_lookups = yes" \
  "smtpd_peername_lookup = no" \
  "smtpd_error_sleep_time = 0s" \
  "virtual_mailbox_domains = $DOMAIN" \
  "virtual_mailbox_base = $STATE/mail" \
  "virtual_mailbox_maps = texthash:/etc/postfix/smtp-doctor-vmailbox" \
  "virtual_uid_maps = static:$VMAIL_UID" \
  "virtual_gid_maps = static:$VMAIL_GID" \
  "virtual_minimum_uid = 1" \
  "virtual_alias_maps =" \
  "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination" \
  "smtpd_recipient_restrictions =" \
  "smtpd_client_restrictions =" \
  "smtpd_helo_restrictions =" \
  "smtpd_sender_restrictions =" \
  "smtpd_tls_security_level = none" \
  "smtpd_tls_cert_file = $SRV_PEM" \
  "smtpd_tls_key_file = $SRV_KEY" \
  "smtpd_tls_loglevel = 1" \
  "smtp_tls_security_level = none" \
  "smtpd_sasl_auth_enable = no" \
  "smtpd_sasl_type = dovecot" \
  "smtpd_sasl_path = private/auth" \
  "smtpd_sasl_security_options = noanonymous" \
  "smtpd_sasl_tls_security_options = noanonymous" \
  "broken_sasl_auth_clients = no" \
  "maillog_file = $POSTFIX_LOG" \
  "maillog_file_prefixes = /var, /dev/stdout, $STATE"

cat > /etc/postfix/master.cf <<EOF
# Generated by smtp-doctor .ci/mta/setup.sh (smtp-doctor test MTA).
# No port-25 listener; every inet service binds 127.0.0.1 only; no chroot.
# service type  private unpriv  chroot  wakeup  maxproc command + args
$HOST:$PLAIN_PORT inet n - n - - smtpd
  -o syslog_name=postfix/plain
  -o smtpd_tls_security_level=none
  -o smtpd_sasl_auth_enable=no
$HOST:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o smtpd_recipient_restrictions=
$HOST:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o smtpd_recipient_restrictions=
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
oauth_master_cf >> /etc/postfix/master.cf

# Queue directories (incl. private/ for Dovecot's auth socket) and perms.
postfix set-permissions >/dev/null 2>&1 || true
postfix check

# ---------------------------------------------------------------- start ----
# Start a daemon detached from our stdio: stdin /dev/null, output to a log,
# every inherited descriptor above 2 closed (otherwise a caller reading our
# output through a pipe, e.g. `setup.sh | tee`, would never see EOF).
run_detached() { # logfile cmd...
  local logf=$1; shift
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec "$@" </dev/null >>"$logf" 2>&1
  )
}

log "starting dovecot"
install -d -m 0755 "$DOVECOT_BASE"
if ! run_detached "$DOVECOT_LOG" dovecot -c "$DOVECOT_CONF"; then
  echo "dovecot failed to start" >&2; exit 1
fi
oauth_start
log "starting postfix"
if ! run_detached "$POSTFIX_LOG" postfix start; then
  echo "postfix failed to start" >&2; exit 1
fi

# Wait until every listener answers.
wait_banner() { # port
  local port=$1 i line=""
  for i in $(seq 1 100); do
    line=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" && IFS= read -r l <&3 && printf "%s" "$l"' \
             "$HOST" "$port" 2>/dev/null || true)
    case "$line" in 220*) return 0 ;; esac
    sleep 0.1
  done
  echo "no 220 greeting on $HOST:$port (last: ${line:-none})" >&2
  return 1
}
wait_tls_banner() { # port
  local port=$1 i out
  for i in $(seq 1 100); do
    out=$( (sleep 0.3; printf 'QUIT\n') | timeout 5 openssl s_client -connect "$HOST:$port" \
            -CAfile "$CA_PEM" -verify_return_error -verify_hostname localhost -quiet -crlf 2>/dev/null \
            | head -n1 || true)
    case "$out" in 220*) return 0 ;; esac
    sleep 0.1
  done
  echo "no TLS 220 greeting on $HOST:$port" >&2
  return 1
}
wait_banner "$PLAIN_PORT"
wait_banner "$SUBMISSION_PORT"
wait_tls_banner "$SMTPS_PORT"
for i in $(seq 1 50); do [ -S "$SPOOL/private/auth" ] && break; sleep 0.1; done
[ -S "$SPOOL/private/auth" ] || { echo "dovecot auth socket $SPOOL/private/auth missing" >&2; exit 1; }
oauth_wait

# ------------------------------------------------------------- env.json ----
cat > "$STATE/env.json.tmp" <<EOF
{"host":"$HOST","plainPort":$PLAIN_PORT,"submissionPort":$SUBMISSION_PORT,"smtpsPort":$SMTPS_PORT,
 "user":"$USER_ADDR","password":"$PASSWORD",
 "domain":"$DOMAIN","localRecipient":"$USER_ADDR",
 "unknownRecipient":"$UNKNOWN_ADDR","caFile":"$CA_PEM",
 "maildir":"$MAILDIR",
 $(oauth_env_json)}
EOF
chmod 0644 "$STATE/env.json.tmp"
mv -f "$STATE/env.json.tmp" "$STATE/env.json"

# --------------------------------------------------------------- verify ----
if [ "$VERIFY" = 1 ]; then
  fails=0
  check() { # name, expected-regex, output
    if printf '%s\n' "$3" | grep -Eq -- "$2"; then
      log "ok   $1"
    else
      log "FAIL $1 (expected /$2/)"; printf '%s\n' "$3" | tail -n 25 >&2; fails=$((fails + 1))
    fi
  }
  check_not() {
    if printf '%s\n' "$3" | grep -Eq -- "$2"; then
      log "FAIL $1 (unexpected /$2/)"; printf '%s\n' "$3" | tail -n 25 >&2; fails=$((fails + 1))
    else
      log "ok   $1"
    fi
  }
  sw() { timeout 30 swaks --hide-informational "$@" 2>&1 || true; }
  delivered() { # token
    local i
    for i in $(seq 1 100); do
      if grep -rlq -- "$1" "$MAILDIR/new" 2>/dev/null; then
        grep -rl -- "$1" "$MAILDIR/new" | xargs rm -f
        return 0
      fi
      sleep 0.1
    done
    return 1
  }
  auth=(--auth-user "$USER_ADDR" --auth-password "$PASSWORD")
  tls=(--tls-verify --tls-ca-path "$CA_PEM")
  tok="verify-$$-$RANDOM"

  out=$(sw --server "$HOST:$SUBMISSION_PORT" --tls "${tls[@]}" --auth PLAIN "${auth[@]}" \
        --from "$USER_ADDR" --to "$USER_ADDR" --header "X-Smtp-Doctor-Verify: $tok-587")
  check "10587 STARTTLS + AUTH PLAIN + send" '^<~ +250 .*queued as' "$out"
  if delivered "$tok-587"; then log "ok   10587 message in maildir/new"; else log "FAIL 10587 message not delivered"; fails=$((fails + 1)); fi

  out=$(sw --server "$HOST:$SUBMISSION_PORT" --quit-after EHLO)
  check "10587 EHLO offers STARTTLS" '^<- +250[- ]STARTTLS' "$out"
  check_not "10587 EHLO before TLS has no AUTH" '^<- +250[- ]AUTH' "$out"
  out=$(sw --server "$HOST:$SUBMISSION_PORT" --tls "${tls[@]}" --quit-after EHLO)
  check "10587 EHLO after TLS offers AUTH PLAIN LOGIN" '^<~ +250[- ]AUTH PLAIN LOGIN' "$out"
  out=$(sw --server "$HOST:$SUBMISSION_PORT" --tls "${tls[@]}" --auth LOGIN \
        --auth-user "$USER_ADDR" --auth-password wrong-password --quit-after AUTH)
  check "10587 wrong password -> 535 5.7.8" '535 5\.7\.8' "$out"
  out=$(sw --server "$HOST:$SUBMISSION_PORT" --tls "${tls[@]}" --auth LOGIN "${auth[@]}" --quit-after AUTH)
  check "10587 AUTH LOGIN ok" '^<~ +235 ' "$out"
  out=$(sw --server "$HOST:$SUBMISSION_PORT" --tls "${tls[@]}" \
        --from "$USER_ADDR" --to someone@example.org --quit-after RCPT)
  check "10587 unauthenticated RCPT rejected" '^<~\* +554 5\.7\.1' "$out"

  out=$(sw --server "$HOST:$SMTPS_PORT" --tlsc "${tls[@]}" --auth PLAIN "${auth[@]}" \
        --from "$USER_ADDR" --to "$USER_ADDR" --header "X-Smtp-Doctor-Verify: $tok-465")
  check "10465 implicit TLS + AUTH + send" '^<~ +250 .*queued as' "$out"
  if delivered "$tok-465"; then log "ok   10465 message in maildir/new"; else log "FAIL 10465 message not delivered"; fails=$((fails + 1)); fi

  out=$(sw --server "$HOST:$OAUTH_PORT" --tls "${tls[@]}" --quit-after EHLO)
  check "10588 EHLO after TLS offers only AUTH XOAUTH2 OAUTHBEARER" \
    '^<~ +250[- ]AUTH (XOAUTH2 OAUTHBEARER|OAUTHBEARER XOAUTH2)$' "$out"
  out=$(sw --server "$HOST:$OAUTH_PORT" --quit-after EHLO)
  check_not "10588 EHLO before TLS has no AUTH" '^<- +250[- ]AUTH' "$out"

  out=$(sw --server "$HOST:$PLAIN_PORT" --quit-after EHLO)
  check_not "10025 EHLO has no STARTTLS/AUTH" '^<- +250[- ](STARTTLS|AUTH)' "$out"
  check "10025 banner" '^<- +220 mta\.smtp-doctor\.test ESMTP Postfix \(smtp-doctor test MTA\)' "$out"
  out=$(sw --server "$HOST:$PLAIN_PORT" --from someone@example.com --to someone@example.org --quit-after RCPT)
  check "10025 relay denied 554 5.7.1" '^<\*\* +554 5\.7\.1 .*Relay access denied' "$out"
  out=$(sw --server "$HOST:$PLAIN_PORT" --from someone@example.com --to "$UNKNOWN_ADDR" --quit-after RCPT)
  check "10025 unknown user 550 5.1.1" '^<\*\* +550 5\.1\.1 ' "$out"
  out=$(sw --server "$HOST:$PLAIN_PORT" --from someone@example.com --to "$USER_ADDR" \
        --header "X-Smtp-Doctor-Verify: $tok-25")
  check "10025 local delivery accepted" '^<- +250 .*queued as' "$out"
  if delivered "$tok-25"; then log "ok   10025 message in maildir/new"; else log "FAIL 10025 message not delivered"; fails=$((fails + 1)); fi

  if command -v ss >/dev/null 2>&1; then
    out=$(ss -Hltn 2>/dev/null | awk '{print $4}')
    check_not "no listener on port 25 or off-loopback for our ports" '(:25$)|((0\.0\.0\.0|\*|\[::\]):(10025|10587|10465)$)' "$out"
  fi
  if [ "$fails" -ne 0 ]; then echo "verify: $fails check(s) failed" >&2; exit 1; fi
  log "verify: all checks passed"
fi

echo "mta ready: $STATE/env.json"
