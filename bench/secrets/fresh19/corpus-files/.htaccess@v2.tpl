# Ordertrail shop – Apache 2.4
# Credentials live in the vhost now (/etc/apache2/sites-available/ordertrail.conf, SetEnv there).
Options -Indexes +FollowSymLinks
DirectoryIndex index.php

PassEnv OT_ENV OT_DB_USER OT_DB_PASS OT_DB_HOST ⟦D htaccess-passenv⟧

<IfModule mod_rewrite.c>
    RewriteEngine On
    RewriteBase /
    RewriteCond %{HTTPS} off
    RewriteRule ^(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]
    RewriteCond $1 !^(index\.php|img|js|css|robots\.txt|favicon\.ico)
    RewriteRule ^(.*)$ /index.php/$1 [L]
</IfModule>

<Files "stats.php">
    AuthType Basic
    AuthName "Ordertrail Statistik"
    AuthUserFile /var/www/ordertrail/.htpasswd
    Require valid-user
</Files>

<FilesMatch "\.(ini|inc|sql|bak)$">
    Require all denied
</FilesMatch>
