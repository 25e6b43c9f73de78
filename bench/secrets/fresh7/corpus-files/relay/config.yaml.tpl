listen: ":8081"
carriers:
  dhl:
    api_key: «alnum:32#dhl-api» ⟦S relay-dhl⟧
    webhook_key_env: DHL_WEBHOOK_KEY
  dachser:
    username: hafenlog
    password: "«memorable#dachser»" ⟦S relay-dachser⟧
  gls:
    api_key: "${GLS_API_KEY}" ⟦D relay-gls-env⟧
request_id_header: X-Request-Id
trace_example: "«traceparent#relay»" ⟦D relay-trace⟧
