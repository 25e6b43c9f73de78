APP_NAME = Kettlebridge Git
RUN_MODE = prod
RUN_USER = git
WORK_PATH = /data/gitea

[repository]
ROOT = /data/git/repositories

[server]
APP_DATA_PATH    = /data/gitea
DOMAIN           = git.kettlebridge.net
SSH_DOMAIN       = git.kettlebridge.net
HTTP_PORT        = 3000
ROOT_URL         = https://git.kettlebridge.net/
DISABLE_SSH      = false
SSH_PORT         = 2222
SSH_LISTEN_PORT  = 22
LFS_START_SERVER = true
LFS_JWT_SECRET_URI = file:/data/gitea/lfs_jwt_secret
OFFLINE_MODE     = true

[database]
DB_TYPE  = postgres
HOST     = postgres:5432
NAME     = gitea
USER     = gitea
PASSWD   = «pw#gitea-db» ⟦S gitea-db⟧
SSL_MODE = disable

[security]
INSTALL_LOCK       = true
SECRET_KEY         =
SECRET_KEY_URI     = file:/data/gitea/secret_key ⟦D gitea-secret-uri⟧
INTERNAL_TOKEN     = «gitea_internal#k3s» ⟦S gitea-internal⟧
PASSWORD_HASH_ALGO = pbkdf2

[oauth2]
JWT_SECRET_URI = file:/data/gitea/oauth2_jwt_secret

[service]
DISABLE_REGISTRATION = true
REQUIRE_SIGNIN_VIEW  = true
DEFAULT_KEEP_EMAIL_PRIVATE = true

[mailer]
ENABLED   = true
PROTOCOL  = smtp+starttls
SMTP_ADDR = mail01.kettlebridge.net
SMTP_PORT = 587
FROM      = git@kettlebridge.net
USER      = git@kettlebridge.net
; PASSWD comes from GITEA__mailer__PASSWD in the container environment ⟦D gitea-mailer-env⟧

[openid]
ENABLE_OPENID_SIGNIN = false

[log]
MODE  = console
LEVEL = info
