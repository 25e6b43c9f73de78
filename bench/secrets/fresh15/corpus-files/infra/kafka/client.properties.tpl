# Confluent Cloud client config for the risk consumers (kafka-console-consumer, kcat -F)
bootstrap.servers=pkc-4r297.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=«ccloud_key#risk»
sasl.password=«ccloud_secret#risk» ⟦S kafka-props-pw⟧
session.timeout.ms=45000
client.dns.lookup=use_all_dns_ips
schema.registry.url=https://psrc-4j1d2.us-east-2.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=«ccloud_key#sr»:«ccloud_secret#sr» ⟦S kafka-sr-userinfo⟧
