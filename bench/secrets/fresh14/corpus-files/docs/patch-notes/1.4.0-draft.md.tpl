# Skyraid 1.4.0 "Stormfront" — patch notes (DRAFT, do not post)

Target build: «build_no#140rc» (Android / iOS), Steam depot manifest «digits:19#depot» ⟦D pn-build⟧

## New
- **Stormfront** co-op raid: 4 players, 3 phases, new boss *Tempest Warden*.
- Season 4 pass with 50 tiers (free track gets 20 rewards).
- Account linking: connect Steam and Epic to your Skyraid account from the portal.

## Changes
- Matchmaking now prefers your own region for the first 20 seconds before widening.
- Daily reward streak no longer resets when the servers are down for maintenance.
- "Forgot password?" on the login screen now sends the reset link to your email instead of opening the website. ⟦D pn-forgot⟧
- Two-factor codes for the account portal can be 6 or 8 digits (authenticator apps vs. backup codes).

## Fixes
- Fixed a crash on Mali GPUs when the storm shader compiled (crash group «hex:16#crashgroup»). ⟦D pn-crashgroup⟧
- Fixed gems being granted twice when a purchase was retried after a timeout.
- Fixed the "Session token expired" popup appearing while still in the lobby. ⟦D pn-token-ui⟧

## Known issues
- Controller rumble does not work on some Android 14 devices.

<!-- internal: addressables catalog for this build is catalog_1.4.0.hash = «unity_guid#catalog140» --> ⟦D pn-catalog⟧
