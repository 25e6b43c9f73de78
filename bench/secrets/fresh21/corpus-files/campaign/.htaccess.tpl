# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress

# staging lock until launch
AuthType Basic
AuthName "Harbor Lights preview"
AuthUserFile /home/hl_wp_user/.htpasswd
Require valid-user
