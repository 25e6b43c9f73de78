name: carelane-dns
runtime: yaml
config:
  cloudflareToken:
    type: string
    secret: true
resources:
  provider:
    type: pulumi:providers:cloudflare
    properties:
      apiToken: ${cloudflareToken}   ⟦D d-pulumiyaml-ref⟧
  reportsSecret:
    type: aws:secretsmanager:SecretVersion
    properties:
      secretId: carelane/reports
      secretString:
        fn::secret: ${reportsPassword}   ⟦D d-pulumiyaml-fnsecret⟧
