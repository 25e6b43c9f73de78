global
    log /dev/log local0
    maxconn 4096

userlist ops
    user femi password «sha512crypt#femi»   ⟦D d-haproxy-hash⟧
    user oncall insecure-password «memorable#haproxy-oncall»   ⟦S s-haproxy-insecure⟧

frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth admin:«weak#haproxy-stats»   ⟦S s-haproxy-stats-auth⟧

backend api
    balance roundrobin
    server api1 10.0.1.11:8000 check
    server api2 10.0.1.12:8000 check
