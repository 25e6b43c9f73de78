apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops-slack
    receivers:
      - uid: «alnum:14#graf-recv» ⟦D graf-uid⟧
        type: slack
        settings:
          url: "${SLACK_OPS_WEBHOOK}" ⟦D graf-slack-env⟧
