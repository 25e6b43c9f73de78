{
  "Sabre": {
    "BaseUrl": "https://api.cert.platform.sabre.com",
    "ClientId": "«sabre_client:7971»",  ⟦D sabre-json-clientid⟧
    "Password": "«sabre_pw#cert»",  ⟦S sabre-json-password⟧
    "PseudoCityCode": "X1PJ",
    "ProdPassword": "«sabre_pw#prod»"  ⟦S sabre-json-prod-password⟧
  }
}
