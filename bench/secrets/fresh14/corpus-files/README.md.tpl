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
