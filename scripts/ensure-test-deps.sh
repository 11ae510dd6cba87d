#!/bin/sh
# pretest (issue 13): the browser tests need Chromium and a CJK font. Installs Debian's packages
# when they are missing and we run as root; otherwise says what to do.
set -u

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing="$missing fonts-wqy-microhei"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing$missing with apt-get (needed by the browser tests)"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null; then
    exit 0
  fi
  echo "pretest: apt-get could not install$missing; install them yourself (sudo apt-get install$missing) and run npm test again" >&2
  exit 1
fi

echo "pretest: missing$missing. On Debian/Ubuntu run: sudo apt-get install$missing  (then npm test again)." >&2
echo "pretest: (npm test installs them itself when run as root with apt-get available)" >&2
exit 1
