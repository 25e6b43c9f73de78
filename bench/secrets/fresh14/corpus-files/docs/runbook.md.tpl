# On-call runbook (Skyraid live ops)

Who is on call: see the #oncall channel topic. Escalate to Sofia for matchmaking, Dev for builds/CI, Mika for
everything else.

## Fleet has no Ready game servers

1. `kubectl -n skyraid get fleet skyraid-gs` — check READY vs DESIRED.
2. If the autoscaler is stuck, raise the buffer by hand:
   `kubectl -n skyraid patch fleetautoscaler skyraid-gs --type merge -p '{"spec":{"policy":{"buffer":{"bufferSize":20}}}}'`
3. Check node pool quota in the GCP console (project `pixelforge-prod`).

## Nakama console

https://mm-console.skyraid.pixelforge.games (VPN only). Log in as `admin`; the password is in 1Password
("Nakama console prod"). Do not use the console to grant currency — use the `grant_season_pass` RPC so it is logged.

## Redis (Memorystore)

Only reachable from the cluster. From a debug pod:

    kubectl -n skyraid run redis-debug --rm -it --image=redis:7.2 -- \
      redis-cli -h 10.30.0.4 -p 6378 --tls --insecure -a '«pwr#memorystore»' ⟦S rb-redis-cli⟧

## Perforce

If the build agent lost its login: RDP to the Windows agent, `p4 -u buildbot login` and type the password from
1Password. Until we set up the vault item, the buildbot password is «pwh#p4-buildbot» (change it after the release!). ⟦S rb-p4-prose⟧

## Postgres

Read-only access for investigations:

    psql "postgresql://oncall_ro:«pwh#oncall-ro»@10.30.0.2:5432/skyraid?sslmode=require" ⟦S rb-psql⟧

## Store reviews

Apple's review team uses the reviewer account from server/db/seed.sql. If they report that login fails, check
that the account is not banned by the anti-cheat auto-ban (it plays on emulators).
