[server]
protocol = https
http_port = 3000
domain = grafana.werkbank.local
root_url = https://grafana.werkbank.local/
cert_file = /etc/grafana/ssl/grafana.crt
cert_key = /etc/grafana/ssl/grafana.key

[database]
type = postgres
host = wb-mes01.werkbank.local:5432
name = grafana
user = grafana
password = $__file{/etc/grafana/secrets/db_password}   ⟦D graf-db-file⟧
ssl_mode = require

[security]
admin_user = admin
admin_password = «pwh#grafana-admin»   ⟦S graf-admin⟧
secret_key = «alnum:20#grafana-secret-key»   ⟦S graf-secret-key⟧
cookie_secure = true
disable_gravatar = true

[auth]
disable_login_form = false

[auth.generic_oauth]
enabled = true
name = Werkbank SSO
allow_sign_up = true
client_id = grafana
client_secret = ${GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET}   ⟦D graf-oauth-env⟧
scopes = openid profile email roles
auth_url = https://sso.werkbank.local/realms/werkbank/protocol/openid-connect/auth
token_url = https://sso.werkbank.local/realms/werkbank/protocol/openid-connect/token
api_url = https://sso.werkbank.local/realms/werkbank/protocol/openid-connect/userinfo
role_attribute_path = contains(roles[*], 'admin') && 'Admin' || contains(roles[*], 'schichtleitung') && 'Editor' || 'Viewer'

[smtp]
enabled = true
host = mail.werkbank.local:587
user = grafana@werkbank-gmbh.de
password = """«pwh#grafana-smtp»"""   ⟦S graf-smtp⟧
from_address = grafana@werkbank-gmbh.de
from_name = Werkbank Grafana

[alerting]
enabled = false

[unified_alerting]
enabled = true
