app_identifier("health.carebridge.patient")
apple_id("mobile@carebridge.health")
team_id("«alnum:10#teamid»") ⟦D appfile-team⟧
itc_team_id("1«digits:8#itc»") ⟦D appfile-itc⟧
