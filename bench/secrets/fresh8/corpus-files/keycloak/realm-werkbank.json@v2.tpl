{
  "id": "werkbank",
  "realm": "werkbank",
  "displayName": "Werkbank GmbH",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "loginWithEmailAllowed": true,
  "bruteForceProtected": true,
  "accessTokenLifespan": 900,
  "ssoSessionIdleTimeout": 28800,
  "defaultSignatureAlgorithm": "RS256",
  "internationalizationEnabled": true,
  "supportedLocales": ["de", "en"],
  "defaultLocale": "de",
  "smtpServer": {
    "host": "mail.werkbank.local",
    "port": "587",
    "from": "sso@werkbank-gmbh.de",
    "fromDisplayName": "Werkbank Anmeldung",
    "starttls": "true",
    "auth": "true",
    "user": "sso@werkbank-gmbh.de",
    "password": "**********"   ⟦D kc-masked-smtp⟧
  },
  "roles": {
    "realm": [
      { "name": "werker", "description": "Maschinenbediener" },
      { "name": "schichtleitung", "description": "Schichtleiter, darf Aufträge umplanen" },
      { "name": "arbeitsvorbereitung", "description": "AV, Stammdaten" },
      { "name": "admin", "description": "IT" }
    ]
  },
  "clients": [
    {
      "clientId": "order-service",
      "name": "Order Service (Backend)",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",   ⟦D kc-masked-order⟧
      "bearerOnly": false,
      "serviceAccountsEnabled": true,
      "standardFlowEnabled": false,
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {
      "clientId": "shopfloor-tablet",
      "name": "Shopfloor Tablets",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "directAccessGrantsEnabled": true,
      "standardFlowEnabled": false,
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {
      "clientId": "grafana",
      "name": "Grafana",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://grafana.werkbank.local/login/generic_oauth"],
      "webOrigins": ["https://grafana.werkbank.local"],
      "standardFlowEnabled": true,
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {
      "clientId": "werkbank-web",
      "name": "Werkbank Web (SPA)",
      "enabled": true,
      "publicClient": true,
      "redirectUris": ["https://werkbank.werkbank.local/*"],
      "webOrigins": ["+"],
      "attributes": { "pkce.code.challenge.method": "S256" },
      "protocol": "openid-connect"
    }
  ],
  "users": [
    {
      "id": "«uuid#kc-user-svc»",   ⟦D kc-user-id⟧
      "username": "service-account-order-service",
      "enabled": true,
      "serviceAccountClientId": "order-service",
      "realmRoles": ["default-roles-werkbank"]
    },
    {
      "id": "«uuid#kc-user-admin»",   ⟦D kc-admin-id⟧
      "username": "wb-admin",
      "email": "it-entwicklung@werkbank-gmbh.de",
      "enabled": true,
      "credentials": [
        {
          "type": "password",
          "secretData": "{\"value\":\"«kc_hash#admin»\",\"salt\":\"«kc_salt#admin»\",\"additionalParameters\":{}}",   ⟦D kc-hash⟧
          "credentialData": "{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}"
        }
      ],
      "realmRoles": ["admin"]
    }
  ],
  "components": {
    "org.keycloak.storage.UserStorageProvider": [
      {
        "name": "Active Directory",
        "providerId": "ldap",
        "config": {
          "vendor": ["ad"],
          "connectionUrl": ["ldaps://dc01.werkbank.local:636"],
          "usersDn": ["OU=Mitarbeiter,DC=werkbank,DC=local"],
          "bindDn": ["CN=svc_keycloak,OU=Dienstkonten,DC=werkbank,DC=local"],
          "bindCredential": ["**********"],   ⟦D kc-masked-ldap⟧
          "usernameLDAPAttribute": ["sAMAccountName"],
          "rdnLDAPAttribute": ["cn"],
          "uuidLDAPAttribute": ["objectGUID"],
          "editMode": ["READ_ONLY"],
          "syncRegistrations": ["false"]
        }
      }
    ]
  }
}
