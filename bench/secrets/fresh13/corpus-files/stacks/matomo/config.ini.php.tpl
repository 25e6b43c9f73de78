; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "mariadb"
username = "matomo"
password = "«pw#matomo-db»" ⟦S matomo-db⟧
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"
collation = "utf8mb4_general_ci"

[General]
trusted_hosts[] = "stats.kettlebridge.net"
assume_secure_protocol = 1
proxy_client_headers[] = "HTTP_X_FORWARDED_FOR"
proxy_host_headers[] = "HTTP_X_FORWARDED_HOST"
force_ssl = 1
enable_browser_archiving_triggering = 0

[mail]
transport = "smtp"
port = 587
host = "mail01.kettlebridge.net"
type = "Login"
username = "stats@kettlebridge.net"
password = ""
encryption = "tls"

[PluginsInstalled]
PluginsInstalled[] = "Diagnostics"
PluginsInstalled[] = "Login"
PluginsInstalled[] = "CoreAdminHome"
PluginsInstalled[] = "UsersManager"
