# production overrides (GKE cluster skyraid-prod-euw3)
image:
  tag: "1.3.0-b1207"

fleet:
  replicas: 12

autoscaler:
  bufferSize: 20
  minReplicas: 12
  maxReplicas: 400

redis:
  # matchmaker state (Memorystore), reached over the VPC only
  url: "rediss://default:«pwr#memorystore»@10.30.0.4:6378/0" ⟦S hp-redis⟧
  tlsCA: |
    «ind4:cert#memorystore-ca» ⟦D hp-ca⟧

postgres:
  host: 10.30.0.2
  database: skyraid
  user: skyraid_gs
  password: "«pwr#gs-pg»" ⟦S hp-pg⟧
  sslmode: require

nodeSelector:
  cloud.google.com/gke-nodepool: gameservers-c2d
tolerations:
  - key: agones.dev/gameservers
    operator: Exists
    effect: NoExecute
