apiVersion: apps/v1
kind: Deployment
metadata:
  name: homestead-web
  namespace: homestead
spec:
  replicas: 2
  selector:
    matchLabels: {app: homestead-web}
  template:
    metadata:
      labels: {app: homestead-web}
      annotations:
        checksum/config: «sha256#configmap» ⟦D k8s-checksum⟧
    spec:
      serviceAccountName: homestead-web
      containers:
        - name: web
          image: registry.gitlab.com/homestead-rentals/app@sha256:«sha256#image» ⟦D k8s-digest⟧
          ports: [{containerPort: 8000}]
          envFrom:
            - secretRef: {name: homestead-env}
            - configMapRef: {name: homestead-config}
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom: {secretKeyRef: {name: homestead-stripe, key: secret_key}} ⟦D k8s-secretref⟧
            - name: DOCUSIGN_INTEGRATION_KEY
              value: "«guid#docusign-ikey-prod»" ⟦D k8s-ds-ikey⟧
            - name: DOCUSIGN_USER_ID
              value: "«guid#docusign-user-prod»" ⟦D k8s-ds-user⟧
            - name: TWILIO_API_KEY_SECRET
              value: "«alnum:32#twilio-api-secret»" ⟦S k8s-twilio-secret⟧
          readinessProbe:
            httpGet: {path: /healthz, port: 8000}
