# Default values for the skyraid-gameserver chart (Agones Fleet + FleetAutoscaler + allocator client).
image:
  repository: europe-west3-docker.pkg.dev/pixelforge-prod/skyraid/gameserver
  tag: "1.3.0-b1207"
  digest: «docker_digest#gs130» ⟦D hv-digest⟧
  pullPolicy: IfNotPresent

fleet:
  replicas: 4
  scheduling: Packed
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
  ports:
    - name: game
      portPolicy: Dynamic
      containerPort: 7777
      protocol: UDP
  health:
    initialDelaySeconds: 10
    periodSeconds: 5
    failureThreshold: 3
  resources:
    requests: { cpu: 500m, memory: 512Mi }
    limits: { cpu: "1", memory: 768Mi }

autoscaler:
  bufferSize: 5
  minReplicas: 4
  maxReplicas: 120

matchTicket:
  # name of the Secret holding MATCH_TICKET_KEY (created by deploy/k8s/, not by this chart)
  existingSecret: skyraid-match-ticket ⟦D hv-existing⟧
  key: MATCH_TICKET_KEY

allocator:
  host: allocator.skyraid.pixelforge.games
  port: 443
  namespace: skyraid
  clientCert:
    existingSecret: allocator-client-cert
