# creative audit index (bidder writes rejected creatives for the policy team)
elasticsearch {
  hosts = ["https://bidstream-audit.es.eu-west-1.aws.found.io:9243"]
  api-key = "«es_key#audit»" ⟦S es-apikey⟧
  api-key = ${?ES_API_KEY}
  index = "creative-audit-v3"
  bulk-size = 500
}
