#!/bin/sh
# pretest (issue 13): the browser tests need Chromium and a CJK font; (issue 19) the store contract
# tests need PostgreSQL's server binaries (initdb, pg_ctl: the tests start a throw-away cluster
# themselves, no service is started here). Installs Debian's packages when they are missing and we
# run as root; otherwise says what to do.
set -u

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
# Installed means "install ok installed": a removed package keeps its config files and `dpkg -s` still succeeds.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
installed fonts-wqy-microhei || missing="$missing fonts-wqy-microhei"

# PostgreSQL: PG_BIN when set (only there), else the PATH or Debian's /usr/lib/postgresql/<version>/bin.
have_pg() {
  if [ -n "${PG_BIN:-}" ]; then [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; return; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then return 0; fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && return 0
  done
  return 1
}
# A PG_BIN without the binaries is a setting to fix: installing Debian's package would not change it.
if [ -n "${PG_BIN:-}" ] && [ -z "${TEST_DATABASE_URL:-}" ] && ! have_pg; then
  echo "pretest: missing postgresql: PG_BIN=$PG_BIN has no initdb and pg_ctl. Point PG_BIN at a folder that has them, or unset it and install Debian's server binaries (sudo apt-get install postgresql; npm test does that itself as root), or set TEST_DATABASE_URL to a superuser URL." >&2
  exit 1
fi
# A server given by TEST_DATABASE_URL needs no local binaries.
[ -n "${TEST_DATABASE_URL:-}" ] || have_pg || missing="$missing postgresql"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing$missing with apt-get (needed by the browser and PostgreSQL tests)"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d 101: the postgresql package must not start (or enable) a system server.
  policy=/usr/sbin/policy-rc.d
  added_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && added_policy=1
  fi
  ok=""
  if apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null; then ok=1; fi
  [ -n "$added_policy" ] && rm -f "$policy"
  [ -n "$ok" ] && exit 0
  echo "pretest: apt-get could not install$missing; install them yourself (sudo apt-get install$missing) and run npm test again" >&2
  exit 1
fi

echo "pretest: missing$missing. On Debian/Ubuntu run: sudo apt-get install$missing  (then npm test again)." >&2
echo "pretest: (npm test installs them itself when run as root with apt-get available;" >&2
echo "pretest:  for PostgreSQL you may instead set PG_BIN to a folder with initdb and pg_ctl, or TEST_DATABASE_URL to a superuser URL)" >&2
exit 1
