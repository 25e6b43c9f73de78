# Produktion (wb-app01, wb-app02) – von Codeforge eingerichtet
spring.datasource.url=jdbc:sqlserver://wb-sql01.werkbank.local:1433;databaseName=WERKBANK;user=wb_app;password=«pwr#sql-prod»;encrypt=true;trustServerCertificate=true   ⟦S prod-sql-v1⟧
spring.datasource.hikari.maximum-pool-size=30

werkbank.mes.url=jdbc:postgresql://wb-mes01.werkbank.local:5432/werkbank_mes?user=mes&password=«pwu#mes-prod»&sslmode=require   ⟦S prod-mes-v1⟧

spring.kafka.bootstrap-servers=wb-kafka01.werkbank.local:9093,wb-kafka02.werkbank.local:9093
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="order-service" password="«pwr#kafka-order»";   ⟦S prod-kafka⟧
spring.kafka.ssl.trust-store-location=file:/opt/werkbank/certs/kafka-truststore.jks
spring.kafka.ssl.trust-store-password=changeit   ⟦D prod-truststore-default⟧

werkbank.sap.ashost=sapp01.werkbank.local
werkbank.sap.client=100

management.endpoints.web.exposure.include=health,info,prometheus
logging.file.name=/var/log/werkbank/order-service.log
