spring:
  datasource:
    url: jdbc:h2:mem:werkbank;MODE=MSSQLServer;DB_CLOSE_DELAY=-1
    username: sa
    password:   ⟦D test-h2-empty⟧
  liquibase:
    contexts: test
  kafka:
    bootstrap-servers: ${spring.embedded.kafka.brokers}
  cloud:
    config:
      enabled: false

jasypt:
  encryptor:
    password: test-only-not-a-secret   ⟦D test-jasypt⟧

werkbank:
  sap:
    enabled: false
    user: TESTUSER
    password: dummy   ⟦D test-sap-dummy⟧
