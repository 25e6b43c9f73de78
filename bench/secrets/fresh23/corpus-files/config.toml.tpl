# Belegwerk Konfiguration (Produktion liest zusätzlich /etc/belegwerk/env)
[server]
listen = ":8080"
base_url = "https://app.belegwerk.de"
read_timeout = "15s"
write_timeout = "60s"
csrf_cookie = "bw_csrf"
session_cookie = "bw_session"

[database]
path = "/var/lib/belegwerk/belegwerk.db"
busy_timeout_ms = 5000
journal_mode = "WAL"

[mail]
provider = "postmark"
from = "Belegwerk <hallo@belegwerk.de>"
message_stream = "outbound"
server_token = "«postmark#prod_v1»" ⟦S cfg-postmark⟧

[elster]
environment = "production"
hersteller_id = "«digits:5#hersteller»" ⟦D cfg-hersteller⟧
pfx_path = "/etc/belegwerk/elster/belegwerk-org.pfx"
pfx_pin = "«human#elster_pin»" ⟦S cfg-elster-pin⟧
eric_lib = "/opt/eric/lib"

[datev]
berater_nr = 1234567
mandant_nr_format = "%05d"
client_id = "«hex:32#datev_client»" ⟦D cfg-datev-id⟧
client_secret = "«alnum:40#datev_secret»" ⟦S cfg-datev-secret⟧

[billing]
paddle_env = "production"
paddle_client_token = "«paddle_client:live#web»" ⟦D cfg-paddle-client⟧
price_solo = "pri_01«hex:24#price_solo»" ⟦D cfg-price-solo⟧
price_kanzlei = "pri_01«hex:24#price_kanzlei»" ⟦D cfg-price-kanzlei⟧

[analytics]
plausible_domain = "belegwerk.de"
plausible_script = "https://plausible.io/js/script.js"
