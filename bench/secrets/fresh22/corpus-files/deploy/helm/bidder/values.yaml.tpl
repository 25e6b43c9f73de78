replicaCount: 6

image:
  repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/bidstream/bidder
  tag: "0.9.0"
  digest: sha256:«sha256#bidder-image» ⟦D helm-digest⟧

serviceAccount:
  name: bidstream-bidder
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/bidstream-bidder

vault:
  role: bidstream-bidder
  secrets:
    - path: secret/data/bidder/kafka
      env: KAFKA_SASL_PASSWORD
    - path: secret/data/bidder/aerospike
      env: AEROSPIKE_PASSWORD

env:
  JAVA_OPTS: "-XX:+UseZGC -Xms4g -Xmx4g"
  BIDDER_KEYSTORE_PASSWORD: "«pw#helm-keystore»" ⟦S helm-keystore-pw⟧
  KAFKA_SASL_PASSWORD: "" ⟦D helm-kafka-empty⟧

resources:
  requests: { cpu: "2", memory: 6Gi }
  limits: { memory: 6Gi }

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9095"
