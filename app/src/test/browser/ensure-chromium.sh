#!/bin/sh
# Installs Debian's chromium and chromium-driver for the browser tests (and a Japanese font, so the
# screenshots show the Japanese pages rather than empty boxes) when they are missing and this runs
# as root on a machine with apt-get (CI containers). Anything else is left alone: the browser tests
# then skip and name what is missing. Never fails the build (always exits 0).
CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

japanese_font() {
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja 2>/dev/null)" ]
}

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ] && japanese_font; then
    echo "ensure-chromium: $CHROMIUM, $DRIVER and a Japanese font present"
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: $CHROMIUM, $DRIVER or a Japanese font missing and not root with apt-get;" \
         "browser tests skip without the browser"
    exit 0
fi
echo "ensure-chromium: installing chromium, chromium-driver and fonts-ipafont-gothic with apt-get"
if DEBIAN_FRONTEND=noninteractive apt-get update -q \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            chromium chromium-driver fonts-ipafont-gothic; then
    echo "ensure-chromium: installed"
else
    echo "ensure-chromium: apt-get failed; browser tests skip without the browser"
fi
exit 0
