db_password: «sops#db»   ⟦D d-sops-1⟧
grafana_admin_password: «sops#grafana»   ⟦D d-sops-2⟧
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:«digits:12#aws-account»:key/«uuid#sops-kms»   ⟦D d-sops-kms-arn⟧
          created_at: "2024-03-04T10:12:44Z"
    lastmodified: "2024-03-04T10:12:45Z"
    mac: «sops#mac»   ⟦D d-sops-mac⟧
    version: 3.8.1
