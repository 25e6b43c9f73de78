server:
  port: 8080
  servlet:
    context-path: /order
  forward-headers-strategy: native

spring:
  application:
    name: order-service
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
    properties:
      hibernate.dialect: org.hibernate.dialect.SQLServerDialect
  datasource:
    url: jdbc:sqlserver://${DB_HOST:localhost}:1433;databaseName=WERKBANK;encrypt=true;trustServerCertificate=true
    username: ${DB_USER:wb_app}
    password: ${DB_PASSWORD}   ⟦D app-dbpw⟧
    hikari:
      maximum-pool-size: 15
      connection-timeout: 20000
  liquibase:
    change-log: classpath:db/changelog/db.changelog-master.yaml
  kafka:
    bootstrap-servers: ${KAFKA_BOOTSTRAP:localhost:9092}
    consumer:
      group-id: order-service
      auto-offset-reset: earliest
  ldap:
    urls: ldaps://dc01.werkbank.local:636
    base: DC=werkbank,DC=local
    username: CN=svc_werkbank_ldap,OU=Dienstkonten,DC=werkbank,DC=local
    password: ENC(«b64:48#ldap-enc»)   ⟦D app-ldap-enc⟧
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://sso.werkbank.local/realms/werkbank
          jwk-set-uri: https://sso.werkbank.local/realms/werkbank/protocol/openid-connect/certs

jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator
    password: ${JASYPT_ENCRYPTOR_PASSWORD}   ⟦D app-jasypt-env⟧

werkbank:
  mes:
    # zweite Datenquelle: Maschinendaten (PostgreSQL/Timescale)
    url: jdbc:postgresql://${MES_DB_HOST:localhost}:5432/werkbank_mes
    username: mes
    password: ${MES_DB_PASSWORD:}   ⟦D app-mes-default⟧
  sap:
    ashost: ${SAP_ASHOST:sapq01.werkbank.local}
    sysnr: "00"
    client: "100"
    user: ${SAP_USER}
    password: ${SAP_PASSWORD}   ⟦D app-sap-env⟧
    lang: DE
    pool-capacity: 5
  teams:
    webhook-url: ${TEAMS_WEBHOOK_URL:}   ⟦D app-teams-env⟧
  labels:
    printer-share: \\fs01.werkbank.local\Etiketten$
    default-printer: ZD621-Versand

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
  endpoint:
    health:
      show-details: when-authorized

logging:
  level:
    de.werkbank: INFO
    com.sap.conn.jco: WARN
