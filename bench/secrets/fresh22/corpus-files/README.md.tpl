# Bidstream

Real-time bidding and reporting for programmatic display and CTV. The bidder answers OpenRTB 2.6 bid requests from
our SSP partners within 80 ms p99; the reporting side aggregates impressions, clicks and spend into ClickHouse.

## Modules

| module          | language | what it does                                           |
|-----------------|----------|--------------------------------------------------------|
| `bidder`        | Scala    | Akka HTTP bidder, pacing, frequency caps in Aerospike  |
| `flink-jobs`    | Scala    | win/loss notice joins, budget pacing stream            |
| `spark-batch`   | Scala    | nightly log compaction S3 → ClickHouse                 |
| `reporting-api` | Kotlin   | Ktor API behind the advertiser dashboard               |
| `proto`         | protobuf | internal gRPC contracts (bidder ↔ pacing)              |

## Local setup

```sh
docker compose up -d kafka cassandra clickhouse aerospike
sbt bidder/run
./gradlew :reporting-api:run
```

Nexus credentials for sbt go into `~/.sbt/1.0/credentials.sbt` and for Gradle into `~/.gradle/gradle.properties`
(`nexusUser` / `nexusPassword`). Ask in #eng-platform for a user token. Never commit them.

Every setting in `application.conf` can be overridden by the environment variable named in its `${?…}` line, e.g.
`KAFKA_SASL_PASSWORD` or `CLICKHOUSE_PASSWORD`. Local defaults point at docker compose.

The build number is embedded as `git.commit` (e.g. `«sha1#readme-example»`). ⟦D readme-sha⟧
