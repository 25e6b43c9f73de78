apiVersion: apps/v1
kind: Deployment
metadata:
  name: skyraid-allocator
  namespace: skyraid
spec:
  replicas: 2
  selector:
    matchLabels: { app: skyraid-allocator }
  template:
    metadata:
      labels: { app: skyraid-allocator }
      annotations:
        checksum/config: «sha256#allocator-config» ⟦D md-checksum⟧
    spec:
      serviceAccountName: skyraid-allocator
      containers:
        - name: allocator
          image: europe-west3-docker.pkg.dev/pixelforge-prod/skyraid/allocator@«docker_digest#allocator» ⟦D md-digest⟧
          ports:
            - containerPort: 8080
          env:
            - name: NAKAMA_HTTP_KEY
              valueFrom:
                secretKeyRef: { name: nakama-runtime, key: http_key } ⟦D md-secretref⟧
            - name: MATCH_TICKET_KEY
              valueFrom:
                secretKeyRef: { name: skyraid-match-ticket, key: MATCH_TICKET_KEY }
            - name: REDIS_ADDR
              value: "10.30.0.4:6378"
            - name: REDIS_PASSWORD
              value: "«pwr#memorystore»" ⟦S md-redis⟧
            - name: ALLOCATOR_ENDPOINT
              value: "allocator.skyraid.pixelforge.games:443"
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
          resources:
            requests: { cpu: 100m, memory: 128Mi }
