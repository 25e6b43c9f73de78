# Ordertrail shop – Apache 2.2 (shared with the back office vhost)
Options -Indexes +FollowSymLinks
DirectoryIndex index.php

SetEnv OT_ENV production ⟦D htaccess-env⟧
SetEnv OT_DB_USER ot_web
SetEnv OT_DB_PASS «hpw#otweb-env» ⟦S htaccess-dbpass⟧
SetEnv OT_PDF_TMP /var/tmp/ordertrail

<IfModule mod_rewrite.c>
    RewriteEngine On
    RewriteBase /
    RewriteCond %{HTTPS} off
    RewriteRule ^(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]
    RewriteCond $1 !^(index\.php|img|js|css|robots\.txt|favicon\.ico)
    RewriteRule ^(.*)$ /index.php/$1 [L]
</IfModule>

# the statistics folder is for the sales team only
<Files "stats.php">
    AuthType Basic
    AuthName "Ordertrail Statistik"
    AuthUserFile /var/www/ordertrail/.htpasswd
    Require valid-user
</Files>

<FilesMatch "\.(ini|inc|sql|bak)$">
    Order allow,deny
    Deny from all
</FilesMatch>
