remote_state {
  backend = "s3"
  config = {
    bucket         = "carebridge-tfstate-«aws_account#main»" ⟦D tg-bucket⟧
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    kms_key_id     = "«kms_arn#tfstate»" ⟦D tg-kms⟧
    dynamodb_table = "carebridge-tf-locks"
  }
}

inputs = {
  region = "us-east-1"
}
