# portal.kettlebridge.net: customer portal (invoices from Invoice Ninja, tickets from Zammad)
# runs on the old docker host, not behind Traefik yet
server {
    listen 443 ssl http2;
    server_name portal.kettlebridge.net;

    ssl_certificate     /etc/letsencrypt/live/portal.kettlebridge.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/portal.kettlebridge.net/privkey.pem;

    access_log /var/log/nginx/portal.access.log;

    location / {
        proxy_pass http://127.0.0.1:8081;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }

    # Zammad's ticket list for the portal widget; the portal has no Zammad login, so nginx adds one
    location /tickets/ {
        proxy_pass https://support.kettlebridge.net/api/v1/tickets/;
        proxy_set_header Authorization "Basic «basic:portal@kettlebridge.net#zammad-portal»"; ⟦S nginx-basic-header⟧
        proxy_set_header Host support.kettlebridge.net;
    }

    location /admin/ {
        auth_basic           "Kettlebridge";
        auth_basic_user_file /etc/nginx/htpasswd/kunden-portal; ⟦D nginx-htpasswd-file⟧
        proxy_pass http://127.0.0.1:8081;
    }
}
