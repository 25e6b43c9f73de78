"""Backfill HealthLake from the nightly Redox export in S3 (run by hand, one-off)."""
import sys
import uuid

import boto3

# uses your SSO profile: AWS_PROFILE=carebridge-prod aws sso login
session = boto3.Session(region_name="us-east-1")
hl = session.client("healthlake")

DATASTORE_ID = "«hex:32#datastore»" ⟦D hl-datastore⟧
KMS_KEY = "«kms_arn#phi»" ⟦D hl-kms⟧


def main(prefix: str) -> None:
    job = hl.start_fhir_import_job(
        JobName=f"backfill-{uuid.uuid4().hex[:8]}",
        InputDataConfig={"S3Uri": f"s3://carebridge-prod-redox-export/{prefix}"},
        JobOutputDataConfig={"S3Configuration": {"S3Uri": "s3://carebridge-prod-import-logs/", "KmsKeyId": KMS_KEY}},
        DatastoreId=DATASTORE_ID,
        DataAccessRoleArn="arn:aws:iam::«aws_account#main»:role/healthlake-import",
    )
    print(job["JobId"], job["JobStatus"])


if __name__ == "__main__":
    main(sys.argv[1])
