spring:
  application:
    name: order-service
  cloud:
    config:
      uri: https://config.werkbank.local:8888
      fail-fast: true
      label: main
      username: config-client
      password: «pwh#config-client»   ⟦S boot-config-pw⟧
      retry:
        max-attempts: 6
        initial-interval: 2000

# Werte aus dem Config-Repo sind mit {cipher} verschlüsselt; der Config-Server entschlüsselt sie.
# Beispiel (aus werkbank-config/order-service-prod.yml):
#   werkbank.sap.password: '«cfg_cipher#sap-example»'   ⟦D boot-cipher⟧
encrypt:
  fail-on-error: true
