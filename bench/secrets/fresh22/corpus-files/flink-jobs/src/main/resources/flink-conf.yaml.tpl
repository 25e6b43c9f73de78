jobmanager.rpc.address: flink-jobmanager
taskmanager.numberOfTaskSlots: 4
parallelism.default: 8
state.backend: rocksdb
state.checkpoints.dir: s3://bidstream-flink-state/checkpoints
s3.access-key: «akia#flink» ⟦S flink-s3-akid⟧
s3.secret-key: «aws_secret#flink» ⟦S flink-s3-secret⟧
s3.endpoint: https://s3.eu-west-1.amazonaws.com
metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
metrics.reporter.prom.port: 9249
