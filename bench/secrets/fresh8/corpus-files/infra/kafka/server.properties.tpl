# wb-kafka01 (KRaft, kombinierter Broker/Controller)
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@wb-kafka01.werkbank.local:9094,2@wb-kafka02.werkbank.local:9094,3@wb-kafka03.werkbank.local:9094
listeners=SASL_SSL://:9093,CONTROLLER://:9094
advertised.listeners=SASL_SSL://wb-kafka01.werkbank.local:9093
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
sasl.mechanism.inter.broker.protocol=PLAIN

ssl.keystore.location=/opt/kafka/ssl/wb-kafka01.keystore.p12
ssl.keystore.type=PKCS12
ssl.keystore.password=«storepw#kafka-ks»   ⟦S kafka-ks-pw⟧
ssl.truststore.location=/opt/kafka/ssl/werkbank-ca.truststore.p12
ssl.truststore.type=PKCS12
ssl.truststore.password=${file:/opt/kafka/config/secrets.properties:truststore.password}   ⟦D kafka-ts-file⟧

log.dirs=/var/lib/kafka/data
num.partitions=6
default.replication.factor=3
min.insync.replicas=2
log.retention.hours=336
cluster.id=«b64url:22#kraft-prod»   ⟦D kafka-clusterid⟧
