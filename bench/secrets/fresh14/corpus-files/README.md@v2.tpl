# Pixelforge — Skyraid live service

Monorepo for **Skyraid** (iOS / Android / Steam): the Unity client, the Go dedicated game servers that run on
Agones, the Nakama matchmaker and its TypeScript/Lua modules, the web shop and account portal, and the tooling
around them (Jenkins, fastlane, analytics, Discord bot, Twitch extension).

Art and audio live in Perforce (`//skyraid/main/Art/...`); code lives here. Large binaries that must sit next to
code (fonts, shader variant collections) go through Git LFS, see `.gitattributes`.

## Layout

| Folder | What |
| --- | --- |
| `client/` | Unity 2022.3 LTS project |
| `server/` | Nakama config, runtime modules (TS + Lua), seed SQL |
| `gameserver/` | Go dedicated server (Agones SDK) |
| `deploy/` | Helm chart and raw manifests for GKE |
| `web/` | Node shop + account portal |
| `jenkins/`, `fastlane/` | CI and store publishing |
| `analytics/` | Python jobs that load events into BigQuery |

## Getting started

1. Unity Hub → add `client/`, open with 2022.3.21f1.
2. `docker compose up -d` starts Postgres, Redis and Nakama on localhost.
3. Copy `web/.env.example` to `web/.env` and fill in your own test keys (ask Mika for the Auth0 dev tenant).
4. Log in to Perforce with `p4 login` — never paste a ticket into a file that is tracked.

Nakama's console runs at http://127.0.0.1:7351 (user `admin`, the password is in 1Password under "Nakama local").

Steam app id is «steam_app#skyraid» (public), the playtest app is «steam_app#playtest». ⟦D readme-steam⟧

## Releasing

- **Mobile**: Jenkins builds the `.aab` / Xcode project; `bundle exec fastlane android internal` and
  `bundle exec fastlane ios beta` upload them. fastlane reads `MATCH_PASSWORD` and the App Store Connect key from
  the mac mini's keychain; `fastlane/.env.default` should only hold placeholders (TODO: clean it up).
- **Steam**: the `release/*` branches upload through `steamcmd` in the Jenkinsfile.
- **Symbols**: `tools/symbols/upload_symbols.sh <build> <platform>` after every release build.

## Environment variables (web shop)

| Variable | Example |
| --- | --- |
| `STRIPE_SECRET_KEY` | `sk_live_...` (from the Stripe dashboard) | ⟦D rd-stripe-ex⟧
| `AUTH0_CLIENT_SECRET` | `{{ vault: auth0/portal/client_secret }}` | ⟦D rd-auth0-ex⟧
| `NAKAMA_HTTP_KEY` | `${NAKAMA_HTTP_KEY}` (same as runtime.http_key) | ⟦D rd-nakama-ex⟧

Signed save files are verified with the public key in `client/Assets/Scripts/Save/SaveSigning.cs`; its
fingerprint is `SHA256:«b64std:43#savefp»` ⟦D rd-fp⟧
