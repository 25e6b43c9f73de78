- labels: { customer: sonnenschein }
  targets:
    - https://shop.baeckerei-sonnenschein.de/
    # staging is behind basic auth; blackbox sends the credentials from the URL
    - https://kb-monitor:«pwurl#sonnenschein-staging»@staging.baeckerei-sonnenschein.de/wp-login.php ⟦S blackbox-url-auth⟧
- labels: { customer: mueller }
  targets:
    - https://cloud.mueller-haustechnik.de/status.php
    - https://ha.mueller-haustechnik.de/manifest.json
- labels: { customer: nordlicht }
  targets:
    - https://blog.nordlicht-yoga.de/
- labels: { customer: kettlebridge }
  targets:
    - https://git.kettlebridge.net/api/healthz
    - https://chat.kettlebridge.net/api/v4/system/ping
    - https://vault.kettlebridge.net/alive
    - https://status.kettlebridge.net/
