# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:«b64bytes:32#lock-aws-h1»", ⟦D lock-aws-h1⟧
    "zh:«sha256#lock-aws-zh1»", ⟦D lock-aws-zh1⟧
    "zh:«sha256#lock-aws-zh2»",
    "zh:«sha256#lock-aws-zh3»",
  ]
}

provider "registry.terraform.io/heroku/heroku" {
  version     = "5.2.8"
  constraints = "~> 5.2"
  hashes = [
    "h1:«b64bytes:32#lock-heroku-h1»", ⟦D lock-heroku-h1⟧
    "zh:«sha256#lock-heroku-zh1»",
    "zh:«sha256#lock-heroku-zh2»",
  ]
}
