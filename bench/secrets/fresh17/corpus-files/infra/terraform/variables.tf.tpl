variable "region" {
  type    = string
  default = "us-east-1"
}

variable "env" {
  type = string
}

variable "db_master_password" {
  type      = string
  sensitive = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
  default   = "«dd_app#tf-default»" ⟦S tfvar-ddapp-default⟧
}

variable "pagerduty_token" {
  type        = string
  sensitive   = true
  description = "REST API token, e.g. y_NbAkKc66ryYTWUXYEu (PagerDuty docs example)" ⟦D tfvar-pd-docexample⟧
}
