# Postmortem: Vaultwarden and customer WordPress sites down, 2025-04-22

**Duration:** 07:12–09:47 CEST (2 h 35 min) · **Impact:** vault.kettlebridge.net unreachable; shop.baeckerei-sonnenschein.de
and blog.nordlicht-yoga.de returned 502 for 40 minutes · **Authors:** Tobi, Mira

## Summary

A routine `apt full-upgrade` on docker01 pulled Docker 27.4, which restarted every container at once. MariaDB came
back with a crashed InnoDB redo log (the disk had filled up overnight with Traefik access logs) and the WordPress
containers failed their health checks. Vaultwarden's SQLite database was fine, but the container could not start
because `./data` was on the full disk too.

## Timeline (CEST)

- 07:12 Uptime Kuma: vault, shop, blog down. Telegram alert to Tobi.
- 07:30 Tobi on docker01: `/` at 100 %, 31 GB of `/var/log/traefik/access.log`.
- 07:41 Log truncated, logrotate for Traefik added by hand. Vaultwarden up again.
- 07:55 MariaDB refuses to start: `InnoDB: Missing MLOG_CHECKPOINT`.
- 08:20 Mira restores the 02:00 dump of `wp_sonnenschein` into a fresh MariaDB on pve01 to test it:

  ```
  $ zstd -dc /srv/dumps/2025-04-22/wp_sonnenschein.sql.zst | mysql -h 10.20.0.40 -u root -p'«pw#restore-test-root»' wp_sonnenschein ⟦S pm-mysql-cli⟧
  ```

- 09:05 `innodb_force_recovery = 1` brings the original MariaDB up; tables check clean, no restore needed.
- 09:47 All sites green. Bakery informed by phone.

## What went well

- Dumps from the night before were there and restorable (tested during the incident, 6 min for the shop).
- Alerting worked; Telegram reached Tobi before the first customer did.

## What went badly

- No disk-usage alert on docker01 (the node_exporter there was scraped, but the rule had `mountpoint="/srv"` only).
- During the incident the Vaultwarden admin page was needed to check the SMTP settings, and the admin token
  had to be read from the compose file. It is an argon2 hash now (`vaultwarden hash`), see #88.
- The runner's job log printed the GitLab deploy token while debugging; the token (`glpat-…` ending in `Tq9`) has ⟦D pm-redacted-token⟧
  been revoked and replaced.

## Action items

- [x] logrotate for Traefik's access log on every docker host (role `traefik`)
- [x] disk alert for every mountpoint above 85 %
- [ ] move docker01's stacks to k3s (Q3)
- [ ] restore drill every quarter, documented in `docs/runbooks/restore.md`
