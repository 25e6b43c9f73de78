#!/usr/bin/env bash
# copies restaurant menu photos from the old Azure account to S3 (one-off, April 2024)
set -euo pipefail
SRC='«azure_sas_url#menus»'   ⟦S s-sync-sas⟧
DEST="s3://munchly-menu-images/menus/"
azcopy copy "$SRC" ./tmp-menus --recursive
aws s3 sync ./tmp-menus "$DEST" --only-show-errors
echo "done: $(find ./tmp-menus -type f | wc -l) files"
