{
  "rabbit_version": "3.12.10",
  "rabbitmq_version": "3.12.10",
  "users": [
    {
      "name": "lager_admin",
      "password_hash": "«rabbit_hash#lager-admin»",   ⟦D rmq-hash-1⟧
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    },
    {
      "name": "lager_app",
      "password_hash": "«rabbit_hash#lager-app»",   ⟦D rmq-hash-2⟧
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "monitoring",
      "password_hash": "«rabbit_hash#monitoring»",   ⟦D rmq-hash-3⟧
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["monitoring"]
    }
  ],
  "vhosts": [{ "name": "lager" }],
  "permissions": [
    { "user": "lager_admin", "vhost": "lager", "configure": ".*", "write": ".*", "read": ".*" },
    { "user": "lager_app", "vhost": "lager", "configure": "^lager\\..*", "write": "^lager\\..*", "read": "^lager\\..*" }
  ],
  "exchanges": [
    { "name": "lager.umbuchung", "vhost": "lager", "type": "topic", "durable": true, "auto_delete": false, "internal": false, "arguments": {} }
  ],
  "queues": [
    { "name": "lager.umbuchung.sap", "vhost": "lager", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } },
    { "name": "lager.umbuchung.dlq", "vhost": "lager", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } }
  ],
  "bindings": [
    { "source": "lager.umbuchung", "vhost": "lager", "destination": "lager.umbuchung.sap", "destination_type": "queue", "routing_key": "#", "arguments": {} }
  ],
  "parameters": [
    {
      "value": {
        "src-uri": "amqps://lager_app:«pwu#rmq-shovel»@wb-mq01.werkbank.local:5671/lager",   ⟦S rmq-shovel-uri⟧
        "src-queue": "lager.umbuchung.dlq",
        "dest-uri": "amqps://lager_app@wb-mq02.werkbank.local:5671/lager?auth_mechanism=external",   ⟦D rmq-external-uri⟧
        "dest-queue": "lager.umbuchung.dlq"
      },
      "vhost": "lager",
      "component": "shovel",
      "name": "dlq-nach-mq02"
    }
  ]
}
