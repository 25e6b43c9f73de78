<VirtualHost *:443>
    ServerName grafana.carelane.internal
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/grafana.crt
    <Location />
        AuthType Basic
        AuthName "Ops"
        AuthUserFile /etc/apache2/.htpasswd-ops   ⟦D d-apache-authfile⟧
        Require valid-user
    </Location>
    ProxyPass /api/ds/query http://127.0.0.1:3000/api/ds/query
    RequestHeader set Authorization "Bearer «glsa#apache»"   ⟦S s-apache-glsa⟧
    RequestHeader set X-Forwarded-Proto "https"
</VirtualHost>
