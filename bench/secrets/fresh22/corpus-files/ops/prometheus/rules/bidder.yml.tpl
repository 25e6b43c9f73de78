groups:
  - name: bidder
    rules:
      - alert: BidderTimeoutRate
        expr: sum(rate(bidder_responses_total{outcome="timeout"}[5m])) / sum(rate(bidder_responses_total[5m])) > 0.05
        for: 10m
        labels: { severity: page }
        annotations:
          summary: "bidder timeouts above 5% for 10m"
          runbook: "https://github.com/bidstream/bidstream/blob/main/docs/oncall.md#bidder-timeouts"
      - alert: PacingOverspend
        expr: sum by (line_item_id) (pacing_spend_micros) > on(line_item_id) pacing_budget_micros * 1.05
        for: 15m
        labels: { severity: page }
