// JAAS-Konfiguration für die Kafka-CLI-Tools auf wb-kafka01 (kafka-console-consumer usw.)
// Aufruf: KAFKA_OPTS="-Djava.security.auth.login.config=/opt/kafka/config/client-jaas.conf" kafka-topics.sh ...
KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="admin"
    password="«pwr#kafka-admin»";   ⟦S jaas-admin⟧
};

// Broker-zu-Broker (SASL_SSL, interner Listener)
KafkaServer {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="broker"
    password="«pwr#kafka-broker»"   ⟦S jaas-broker⟧
    user_broker="«pwr#kafka-broker»"   ⟦S jaas-broker-user⟧
    user_nodered="«pwh#kafka-nodered»";   ⟦S jaas-nodered⟧
};
