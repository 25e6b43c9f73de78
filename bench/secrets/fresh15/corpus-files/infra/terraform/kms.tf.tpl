# Envelope keys for the ledger (Cloak data keys are wrapped by these) and for the PGP passphrase in Secrets Manager.
resource "aws_kms_key" "ledger_data" {
  description             = "ledger field-level encryption data keys"
  deletion_window_in_days = 30
  enable_key_rotation     = true
  policy                  = data.aws_iam_policy_document.ledger_kms.json
}

resource "aws_kms_alias" "ledger_data" {
  name          = "alias/ledgerline/ledger-data"
  target_key_id = aws_kms_key.ledger_data.key_id
}

# imported from the console-era key; keep until all v1 rows are re-encrypted
data "aws_kms_key" "legacy" {
  key_id = "«kms_arn#legacy»" ⟦D kms-arn-legacy⟧
}

data "aws_iam_policy_document" "ledger_kms" {
  statement {
    sid       = "LedgerAppDecrypt"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::481516234200:role/ledger-app-prod"] ⟦D iam-role-arn⟧
    }
  }
}

output "ledger_data_key_arn" {
  value = aws_kms_key.ledger_data.arn
}
