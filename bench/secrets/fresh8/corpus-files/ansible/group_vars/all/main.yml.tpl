---
werkbank_domain: werkbank.local
werkbank_env: prod
ntp_servers:
  - dc01.werkbank.local
  - dc02.werkbank.local
order_service_version: "2.4.0"
order_service_env:
  SPRING_PROFILES_ACTIVE: prod
  JASYPT_ENCRYPTOR_PASSWORD: "{{ vault_jasypt_password }}"   ⟦D ans-jasypt-ref⟧
  MES_DB_PASSWORD: "{{ vault_mes_db_password }}"
  TEAMS_WEBHOOK_URL: "{{ vault_teams_webhook }}"
  SAP_USER: RFC_WERKBANK
  SAP_PASSWORD: "{{ vault_sap_rfc_password }}"   ⟦D ans-sap-ref⟧
nexus_raw_url: https://nexus.werkbank.local/repository/raw-releases
