apiVersion: apps/v1
kind: Deployment
metadata:
  name: scheduling
  labels: { app: scheduling }
spec:
  replicas: 2
  selector:
    matchLabels: { app: scheduling }
  template:
    metadata:
      labels: { app: scheduling }
      annotations:
        ad.datadoghq.com/scheduling.logs: '[{"source":"go","service":"scheduling"}]'
    spec:
      serviceAccountName: scheduling
      containers:
        - name: scheduling
          image: «aws_account#main».dkr.ecr.us-east-1.amazonaws.com/scheduling@sha256:«sha256#schedimg» ⟦D k8s-imgdigest⟧
          args: ["--listen=:7070", "--config=/etc/scheduling/config.yaml"]
          envFrom:
            - secretRef: { name: scheduling-secrets }
          env:
            - name: SCHED_JWT_SECRET
              valueFrom: { secretKeyRef: { name: scheduling-secrets, key: jwt-secret } } ⟦D k8s-secretref⟧
            - name: DD_AGENT_HOST
              valueFrom: { fieldRef: { fieldPath: status.hostIP } }
          ports: [{ containerPort: 7070, name: grpc }]
