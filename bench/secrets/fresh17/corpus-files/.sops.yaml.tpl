creation_rules:
  - path_regex: k8s/overlays/prod/.*\.enc\.yaml$
    encrypted_regex: ^(data|stringData)$
    kms: «kms_arn#sops-prod» ⟦D sops-kms⟧
    age: «age_pub#marcus» ⟦D sops-age1⟧
  - path_regex: k8s/overlays/staging/.*\.enc\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: «age_pub#ci» ⟦D sops-age2⟧
