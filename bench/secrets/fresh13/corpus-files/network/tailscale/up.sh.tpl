#!/bin/sh
# Joins a customer box (Home Assistant NUC, Pi-hole) to our tailnet as a tagged device.
# Key: reusable, pre-approved, tag:customer, expires after 90 days (created 2025-03-10 by tobi).
set -eu
HOSTNAME="${1:?usage: up.sh <hostname>}"
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up \
  --authkey=«tskey#customers» \ ⟦S tailscale-authkey⟧
  --hostname="$HOSTNAME" \
  --advertise-tags=tag:customer \
  --ssh \
  --accept-dns=false
tailscale status
