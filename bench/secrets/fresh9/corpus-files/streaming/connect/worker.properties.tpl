# Kafka Connect worker (distributed) on connect-0/1, talking to Confluent Cloud (azure westeurope)
bootstrap.servers=pkc-«lower:5#ccloud-cluster».westeurope.azure.confluent.cloud:9092
group.id=tw-connect
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=io.confluent.connect.avro.AvroConverter
value.converter.schema.registry.url=https://psrc-«lower:5#ccloud-sr».westeurope.azure.confluent.cloud ⟦D connect-sr-url⟧
value.converter.basic.auth.credentials.source=USER_INFO
value.converter.basic.auth.user.info=«upper:16#ccloud-sr-key»:«ccloud_secret#ccloud-sr» ⟦S connect-sr-userinfo⟧

config.storage.topic=_connect-configs
offset.storage.topic=_connect-offsets
status.storage.topic=_connect-status
config.storage.replication.factor=3

security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«upper:16#ccloud-connect-key»" password="«ccloud_secret#ccloud-connect»"; ⟦S connect-jaas⟧
ssl.endpoint.identification.algorithm=https

config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
