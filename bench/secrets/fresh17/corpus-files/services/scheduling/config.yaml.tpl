# scheduling service — staging defaults; prod overrides come from SCHED_* env in the pod
database:
  dsn: postgres://sched_app:«pw_random#sched-staging»@carebridge-staging.cluster-c9xk2lq0v7ab.us-east-1.rds.amazonaws.com:5432/scheduling?sslmode=require ⟦S sched-yaml-dsn⟧
  max_conns: 20
  statement_log: false

reminders:
  messaging_service_sid: MG«hex:32#msg-svc» ⟦D sched-mgsid⟧
  auth_token: «twilio_token#main» ⟦S sched-yaml-twtoken⟧
  lead_minutes: [1440, 60, 10]

session:
  issuer: https://api.carebridge.health
  audience: carebridge-patient
  ttl: 30m
  # request id format used in logs: req_«hex:24#reqid» ⟦D sched-reqid⟧
