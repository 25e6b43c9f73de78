N8N_DB_PASSWORD=«pw#n8n-db» ⟦S n8n-db-pw⟧
# weclapp API token of the integration user (Bauer IT sent it by mail, 2025-04-09)
WECLAPP_API_TOKEN=«uuid#weclapp-bauer» ⟦S n8n-weclapp⟧
