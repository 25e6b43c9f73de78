carelane_db_password: "{{ vault_carelane_db_password }}"   ⟦D d-ansible-vaultref⟧
carelane_domain: carelane.health
newrelic_license_key: «nrlicense#infra»   ⟦S s-ansible-nr-license⟧
newrelic_user_key: "{{ lookup('env', 'NEW_RELIC_USER_KEY') }}"   ⟦D d-ansible-lookup⟧
pagerduty_api_key: "«pagerduty#ansible»"   ⟦S s-ansible-pagerduty⟧
ntp_servers: [0.uk.pool.ntp.org, 1.uk.pool.ntp.org]
