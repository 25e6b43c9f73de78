okta admin api token: «okta#admin»   ⟦S s-txt-okta⟧
hcp (terraform cloud svc principal) secret: «alnum:64#hcp-txt»   ⟦S s-txt-hcp⟧
hetzner robot: northbeam-robot / «pwh#robot»   ⟦S s-txt-robot⟧
infisical universal auth client secret: «hex:64#infisical-ua»   ⟦S s-txt-infisical-ua⟧
