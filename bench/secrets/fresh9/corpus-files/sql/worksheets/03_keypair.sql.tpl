-- Key-pair auth for SVC_DBT (dbt prod) — 2024-04-10
-- openssl genrsa 2048 | openssl pkcs8 -topk8 -v2 aes-256-cbc -inform PEM -out rsa_key.p8
-- openssl rsa -in rsa_key.p8 -pubout -out rsa_key.pub
use role securityadmin;

alter user SVC_DBT set rsa_public_key = '«rsa_enc_pub_line#svc_dbt»'; ⟦D sf-alter-pubkey⟧

desc user SVC_DBT;
-- RSA_PUBLIC_KEY_FP = «rsa_enc_fp#svc_dbt» ⟦D sf-pubkey-fp⟧

-- after dbt prod ran green twice with the key:
alter user SVC_DBT unset password;
