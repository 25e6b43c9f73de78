[server]
domain = grafana.kettlebridge.net
root_url = https://grafana.kettlebridge.net/

[security]
admin_user = admin
admin_password = «weak#grafana-admin» ⟦S grafana-admin⟧
secret_key = $__file{/run/secrets/grafana_secret_key} ⟦D grafana-secretkey-file⟧
cookie_secure = true
disable_gravatar = true

[auth]
disable_login_form = false
oauth_auto_login = false

[auth.generic_oauth]
enabled = true
name = Authelia
client_id = grafana
client_secret = $__env{GF_OIDC_CLIENT_SECRET} ⟦D grafana-oidc-env⟧
scopes = openid profile email groups
auth_url = https://auth.kettlebridge.net/api/oidc/authorization
token_url = https://auth.kettlebridge.net/api/oidc/token
api_url = https://auth.kettlebridge.net/api/oidc/userinfo
role_attribute_path = contains(groups[*], 'admins') && 'Admin' || 'Viewer'

[smtp]
enabled = true
host = mail01.kettlebridge.net:587
user = grafana@kettlebridge.net
password = $__env{GF_SMTP_PASSWORD} ⟦D grafana-smtp-env⟧
from_address = grafana@kettlebridge.net

[analytics]
reporting_enabled = false
check_for_updates = false
