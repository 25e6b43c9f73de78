variable "heroku_api_key" {
  type        = string
  sensitive   = true
  description = "Heroku API key of the ops@classnote.io account (heroku authorizations:create)"
}

variable "grader_db_password" {
  type      = string
  sensitive = true
  default   = "" ⟦D tfvar-default⟧
}

variable "alert_email" {
  type    = string
  default = "ops@classnote.io"
}
