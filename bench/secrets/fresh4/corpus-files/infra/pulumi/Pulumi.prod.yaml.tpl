encryptionsalt: v1:«b64:8#pulumi-salt»:v1:«b64:12#pulumi-salt-ct»:«b64:16#pulumi-salt-tag»   ⟦D d-pulumi-salt⟧
config:
  aws:region: eu-west-2
  carelane:dbPassword:
    secure: «pulumi_secure#dbpw»   ⟦D d-pulumi-secure-1⟧
  carelane:datadogApiKey:
    secure: «pulumi_secure#dd»   ⟦D d-pulumi-secure-2⟧
  hcloud:token: «alnum:64#hetzner»   ⟦S s-pulumi-hetzner⟧
