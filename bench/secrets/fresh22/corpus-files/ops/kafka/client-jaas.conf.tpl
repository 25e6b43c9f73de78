// JAAS for kafka-console-consumer / kcat against Confluent Cloud (ops laptops)
KafkaClient {
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="«ccloud_key#ops»" ⟦S jaas-ops-key⟧
  password="«ccloud_secret#ops»"; ⟦S jaas-ops-secret⟧
};
