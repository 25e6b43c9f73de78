# airflow connections export /tmp/connections.yaml --file-format yaml  (2024-01-08, from the old box)
snowflake_prod:
  conn_type: snowflake
  description: ''
  extra: '{"account": "tw48213", "region": "eu-west-1", "warehouse": "TRANSFORM_WH", "database": "RAW", "role": "LOADER"}' ⟦D conn-sf-account⟧
  host: ''
  login: SVC_AIRFLOW
  password: «pwh#svc-airflow» ⟦S conn-sf-password⟧
  port: null
  schema: POS
sftp_nordmart:
  conn_type: sftp
  description: Nordmart nightly POS drop
  extra: '{"no_host_key_check": "false", "host_key": "AAAAC3NzaC1lZDI1NTE5AAAAI«b64url:43#nordmart-hostkey»"}' ⟦D conn-sftp-hostkey⟧
  host: sftp.nordmart-retail.de
  login: tidewater
  password: «pwh#nordmart-sftp» ⟦S conn-sftp-password⟧
  port: 22
  schema: ''
slack_alerts:
  conn_type: http
  description: ''
  extra: ''
  host: https://hooks.slack.com/services
  login: ''
  password: ''
  port: null
  schema: ''
