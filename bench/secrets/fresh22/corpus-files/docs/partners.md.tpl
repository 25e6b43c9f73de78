# Partner integrations

How to add credentials for a new SSP reporting API. Keys never go into `partners/*.conf` on main any more; put them in
Vault and reference them with `${?ENV}` lines.

```hocon
ssp.newpartner {
  endpoint = "https://api.example-ssp.com/reporting"
  api-key = ${?NEWPARTNER_API_KEY} ⟦D partners-doc-env⟧
}
```

```sh
vault kv put secret/ssp/newpartner api_key=<paste-key-here> ⟦D partners-doc-paste⟧
```

Example of the Magnite report request from their docs (the key shown there is their sample):

```sh
curl -u "YOUR_API_KEY:YOUR_API_SECRET" "https://api.rubiconproject.com/analytics/v1/report?account=publisher/0000" ⟦D partners-doc-magnite⟧
```

Google Ad Manager uses a service account (`gam-reports@bidstream-reporting.iam.gserviceaccount.com`), added as a user
in the GAM network `21804559317` with the "Reports only" role. The JSON key is mounted at runtime; see
`partners/gam/ad_manager.yaml`. DV360's OAuth client id `«gclient#dv360»` is not secret; its client secret is. ⟦D partners-doc-clientid⟧

| partner    | auth            | where the credential lives            |
|------------|-----------------|---------------------------------------|
| Magnite    | key + secret    | `secret/ssp/magnite`                  |
| PubMatic   | user + password | `secret/ssp/pubmatic`                 | ⟦D partners-doc-table⟧
| Index      | API key         | `secret/ssp/index`                    |
| TripleLift | bearer token    | `secret/ssp/triplelift`               |
