#!/usr/bin/env bash
# Uploads IL2CPP symbols of a release build to Backtrace (native crashes) and Sentry (managed + native).
# Usage: tools/symbols/upload_symbols.sh <build-number> <platform>
set -euo pipefail

BUILD="$1"
PLATFORM="$2"
SYMBOLS_DIR="client/Builds/${PLATFORM}/symbols"

# Backtrace symbol-upload token (project settings → symbols → access tokens)
BACKTRACE_SYMBOL_TOKEN="«bt_token#symbols»" ⟦S sy-bt⟧

zip -qr "/tmp/skyraid-${BUILD}-symbols.zip" "$SYMBOLS_DIR"
curl --fail --silent --show-error \
  --data-binary "@/tmp/skyraid-${BUILD}-symbols.zip" \
  -H "Expect: " \
  "https://submit.backtrace.io/pixelforge/${BACKTRACE_SYMBOL_TOKEN}/symbols?tag=${BUILD}"

# sentry-cli reads SENTRY_AUTH_TOKEN from the Jenkins credential; this line is for running it by hand on the mac mini
export SENTRY_AUTH_TOKEN="${SENTRY_AUTH_TOKEN:-«sentry_org_token#symbols»}" ⟦S sy-sentry⟧
sentry-cli --url https://sentry.io debug-files upload --org pixelforge --project skyraid-client \
  --include-sources "$SYMBOLS_DIR"

echo "uploaded symbols for ${BUILD} (${PLATFORM})"
