# /etc/nginx/sites-available/maisonverte.conf on mv-web-01

upstream fastcgi_magento {
    server unix:/run/php/php8.2-fpm-magento.sock;
}

server {
    listen 80;
    server_name maisonverte.fr www.maisonverte.fr blog.maisonverte.fr;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name www.maisonverte.fr;

    ssl_certificate     /etc/letsencrypt/live/maisonverte.fr/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/maisonverte.fr/privkey.pem; ⟦D ng-keypath⟧
    ssl_protocols TLSv1.2 TLSv1.3;

    set $MAGE_ROOT /var/www/magento;
    set $MAGE_MODE production;
    include /var/www/magento/nginx.conf.sample;

    # staging copy of the store for the agency, behind basic auth
    location /staging/ {
        auth_basic "Maison Verte staging";
        auth_basic_user_file /etc/nginx/.htpasswd-staging; ⟦D ng-htpasswd⟧
        proxy_pass http://127.0.0.1:8081/;
    }

    # the Odoo connector status page on the app server; nginx logs in for the browser
    location /erp-status/ {
        proxy_pass http://10.0.0.20:8069/mv_connector/status;
        proxy_set_header Authorization "Basic «basic:odoo-status#ng-odoo»"; ⟦S ng-basic⟧
        allow 81.250.0.0/16;
        deny all;
    }
}

server {
    listen 443 ssl http2;
    server_name blog.maisonverte.fr;
    root /var/www/blog;
    index index.php;

    ssl_certificate     /etc/letsencrypt/live/maisonverte.fr/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/maisonverte.fr/privkey.pem;

    location / {
        try_files $uri $uri/ /index.php?$args;
    }

    location ~ \.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/run/php/php8.2-fpm-blog.sock;
    }

    location ~* /(wp-config\.php|wp-salt\.php|xmlrpc\.php)$ {
        deny all;
    }
}
