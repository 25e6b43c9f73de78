# Produktion (wb-app01, wb-app02)
# Zugangsdaten kommen aus /etc/werkbank/order-service.env (Ansible, vault) bzw. sind jasypt-verschlüsselt.
spring.datasource.url=jdbc:sqlserver://wb-sql01.werkbank.local:1433;databaseName=WERKBANK;encrypt=true;trustServerCertificate=true
spring.datasource.username=wb_app
spring.datasource.password=ENC(«b64:48#sql-prod-enc»)   ⟦D prod-sql-enc⟧
spring.datasource.hikari.maximum-pool-size=30

werkbank.mes.url=jdbc:postgresql://wb-mes01.werkbank.local:5432/werkbank_mes?sslmode=require
werkbank.mes.username=mes
werkbank.mes.password=${MES_DB_PASSWORD}   ⟦D prod-mes-env⟧

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
