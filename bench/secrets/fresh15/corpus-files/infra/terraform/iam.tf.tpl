resource "aws_iam_user" "sftp_archiver" {
  name = "sftp-archiver"
  tags = { purpose = "copies sponsor-bank returns to s3://ledgerline-bank-files" }
}

resource "aws_iam_access_key" "sftp_archiver" {
  user    = aws_iam_user.sftp_archiver.name
  pgp_key = "keybase:ledgerline_ops" ⟦D iam-pgp-keybase⟧
}

output "sftp_archiver_secret" {
  value     = aws_iam_access_key.sftp_archiver.encrypted_secret ⟦D iam-encrypted-secret⟧
  sensitive = true
}

resource "aws_iam_role" "ledger_app" {
  name               = "ledger-app-prod"
  assume_role_policy = data.aws_iam_policy_document.eks_irsa.json
}
