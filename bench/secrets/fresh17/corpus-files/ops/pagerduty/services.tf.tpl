provider "pagerduty" {
  token = var.pagerduty_token
}

resource "pagerduty_service" "video" {
  name                    = "Video visits"
  escalation_policy       = "«pd_service#ep-eng»" ⟦D pd-ep⟧
  acknowledgement_timeout = 600
  alert_creation          = "create_alerts_and_incidents"
}

resource "pagerduty_service_integration" "datadog" {
  name    = "Datadog"
  service = pagerduty_service.video.id
  vendor  = "«pd_service#vendor-dd»" ⟦D pd-vendor⟧
}

# Datadog's PagerDuty tile needs the integration key; output it instead of pasting it around.
output "video_integration_key" {
  value     = pagerduty_service_integration.datadog.integration_key
  sensitive = true
}
