apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bidder.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: { app: bidder }
  template:
    metadata:
      labels: { app: bidder }
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: {{ .Values.vault.role | quote }}
        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
    spec:
      serviceAccountName: {{ .Values.serviceAccount.name }}
      containers:
        - name: bidder
          image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"
          env:
            - name: BIDDER_KEYSTORE_PASSWORD
              valueFrom:
                secretKeyRef: { name: bidder-tls, key: keystore-password } ⟦D helm-secretref⟧
            {{- range $k, $v := .Values.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          ports:
            - containerPort: 8080
            - containerPort: 9095
