# On-call runbook

## Bidder timeouts

1. Check the `Bidder / latency` Grafana board. If p99 > 80 ms on all pods, it is usually Aerospike.
2. `kubectl -n bidstream top pods -l app=bidder` — GC pressure shows as CPU pinned at the limit.
3. Scale: `kubectl -n bidstream scale deploy/bidder --replicas=10`.

## Aerospike

Log into the admin tool from the bastion:

```sh
asadm -h aerospike-0.aerospike -U admin -P «weak#aerospike-admin» ⟦S runbook-asadm⟧
```

If a node is out of the cluster, `asinfo -v 'tip:host=aerospike-1.aerospike;port=3002'`.

## Kafka consumer lag

```sh
kafka-consumer-groups --bootstrap-server pkc-4nym6.eu-west-1.aws.confluent.cloud:9092 \
  --command-config ops/kafka/client.properties --describe --group flink-winloss
```

The properties file reads `KAFKA_API_KEY` / `KAFKA_API_SECRET` from your shell; get them with
`vault kv get -field=api_secret secret/ops/kafka`. ⟦D runbook-vault-get⟧

## ClickHouse

Read-only queries: `clickhouse-client --host clickhouse.bidstream.internal --user grafana --password` (prompted). ⟦D runbook-ch-prompt⟧
Emergency writer (only if the loader is stuck): user `spark_loader`, password in 1Password "ClickHouse spark_loader". ⟦D runbook-1p⟧

## Vault is sealed

Unseal needs 3 of 5 key holders (Mara, Tobias, Priya, CTO, the escrow envelope). Do not paste unseal keys in Slack.
Last rotation of the old single unseal key `«b64:32#unseal»` happened on 2024-03-28. ⟦S runbook-unseal⟧

## Contacts

- Magnite TAM: ssp-support@magnite.com, account `bs-1184`
- PubMatic: our portal login is `reporting@bidstream.io`; password reset goes to #ad-ops. ⟦D runbook-pm-reset⟧
