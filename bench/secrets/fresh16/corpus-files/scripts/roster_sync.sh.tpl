#!/usr/bin/env bash
# Manual Clever roster pull for one district, when the nightly Sidekiq job failed and the teacher is waiting.
# Usage: scripts/roster_sync.sh <district-slug>
set -euo pipefail

DISTRICT="${1:?district slug}"
# each district that installs the app gets its own district app token (Clever dashboard → district → tokens)
case "$DISTRICT" in
  maple-grove) TOKEN="«clever_token#maple»" ;; ⟦S roster-maple⟧
  riverside)   TOKEN="«clever_token#riverside»" ;; ⟦S roster-riverside⟧
  *)           TOKEN="${CLEVER_DISTRICT_TOKEN:?set CLEVER_DISTRICT_TOKEN}" ;; ⟦D roster-env⟧
esac

OUT="tmp/clever-${DISTRICT}-$(date +%Y%m%d)"
mkdir -p "$OUT"
for resource in schools sections teachers students; do
  curl -fsS -H "Authorization: Bearer ${TOKEN}" \ ⟦D roster-header⟧
    "https://api.clever.com/v3.0/${resource}?limit=10000" > "${OUT}/${resource}.json"
  echo "${resource}: $(jq '.data | length' "${OUT}/${resource}.json")"
done

# Riverside also has a ClassLink OneRoster server (teachers only, Clever has the students)
if [[ "$DISTRICT" == riverside ]]; then
  curl -fsS -u "«classlink_id#prod»:«classlink_secret#oneroster-riverside»" \ ⟦S roster-oneroster⟧
    "https://riverside-isd.oneroster.com/ims/oneroster/v1p1/teachers?limit=5000" > "${OUT}/oneroster-teachers.json"
fi

cd api && bin/rails "roster:import_clever[${DISTRICT},../${OUT}]"
