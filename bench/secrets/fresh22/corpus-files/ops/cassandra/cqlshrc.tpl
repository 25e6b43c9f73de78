; cqlshrc for the ops bastion
[authentication]
username = ops_admin
password = «weak#cassandra-ops» ⟦S cqlshrc-pw⟧

[connection]
hostname = cassandra-0.cassandra.bidstream.internal
port = 9042

[ssl]
certfile = /etc/cassandra/tls/ca.pem
validate = true
