upstream api { server 127.0.0.1:8000; }

server {
    listen 443 ssl http2;
    server_name api.carelane.health;
    ssl_certificate     /etc/letsencrypt/live/api.carelane.health/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.carelane.health/privkey.pem;   ⟦D d-nginx-keypath⟧

    location / {
        proxy_pass http://api;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;   ⟦D d-nginx-realip⟧
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /admin/ {
        auth_basic "Carelane staff";
        auth_basic_user_file /etc/nginx/.htpasswd;   ⟦D d-nginx-htpasswd-path⟧
        proxy_pass http://api;
    }

    location /partner/physiohub/ {
        proxy_pass https://api.physiohub.example/v2/;
        proxy_set_header Authorization "Basic «basicr:carelane#physiohub»";   ⟦S s-nginx-basic⟧
        proxy_set_header X-Api-Key "«hex:40#physiohub-key»";   ⟦S s-nginx-apikey⟧
    }
}
