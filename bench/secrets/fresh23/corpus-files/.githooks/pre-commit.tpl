#!/bin/sh
# Verhindert, dass Klartext-Secrets committed werden. Aktivieren: git config core.hooksPath .githooks
set -e
for f in $(git diff --cached --name-only); do
  case "$f" in
    .env|.env.prod|*.pfx|secrets/*.txt)
      echo "pre-commit: $f sieht nach einem Secret aus, bitte nicht committen" >&2
      exit 1
      ;;
  esac
done
if git diff --cached -U0 | grep -E '^\+.*(AGE-SECRET-KEY-1|pdl_live_apikey_|PRIVATE KEY)' >/dev/null; then ⟦D hook-regex⟧
  echo "pre-commit: Schlüssel im Diff gefunden" >&2
  exit 1
fi
gofmt -l . | grep . && exit 1 || true
