{
  "version": 4,
  "terraform_version": "1.7.4",
  "serial": 42,
  "lineage": "«uuid#tf-lineage»",   ⟦D d-tfstate-lineage⟧
  "outputs": {
    "vault_admin_token": {
      "value": "«hvs_long#tf-output»",   ⟦S s-tfstate-output-hvs⟧
      "type": "string",
      "sensitive": true
    },
    "edge_ip": { "value": "51.15.«digits:2#ip3».«digits:2#ip4»", "type": "string" }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "legacy",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 2,
          "attributes": {
            "id": "db-«upper:26#rds-id»",   ⟦D d-tfstate-rdsid⟧
            "arn": "arn:aws:rds:eu-west-2:«digits:12#aws-account»:db:carelane-legacy",   ⟦D d-tfstate-arn⟧
            "username": "carelane",
            "password": "«pwr#tfstate-rds»",   ⟦S s-tfstate-rds-pw⟧
            "resource_id": "db-«upper:26#rds-resid»",   ⟦D d-tfstate-resid⟧
            "vpc_security_group_ids": ["«sgid#rds»"]   ⟦D d-tfstate-sg⟧
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "tls_private_key",
      "name": "edge",
      "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
      "instances": [
        {
          "schema_version": 1,
          "attributes": {
            "algorithm": "RSA",
            "id": "«hex:40#tls-id»",   ⟦D d-tfstate-tlsid⟧
            "private_key_pem": "«pem_rsa_json#tf-edge»",   ⟦S s-tfstate-private-key⟧
            "public_key_fingerprint_md5": "«md5fp#tf-md5»",   ⟦D d-tfstate-fp⟧
            "public_key_openssh": "«ssh_ed_pub:openssh_ed:edge#tf-edge» "   ⟦D d-tfstate-pubkey⟧
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_instance",
      "name": "edge",
      "instances": [
        { "schema_version": 1, "attributes": { "id": "«ec2id#edge»", "ami": "ami-0«hex:16#ami»", "instance_type": "t3.small" } }   ⟦D d-tfstate-ec2⟧
      ]
    }
  ]
}
