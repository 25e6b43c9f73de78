{
  "comment": "DI Server fallback for B1 8.82 (Baumann GV), used until they upgrade",
  "server": "sapb1.baumann-gv.local",
  "licenseServer": "sapb1.baumann-gv.local:30000",
  "dbServerType": "dst_MSSQL2012",
  "companyDb": "SBO_BAUMANN",
  "dbUser": "sa",
  "dbPassword": "«weak#baumannsa»", ⟦S sapb1-di-dbpw⟧
  "b1User": "manager",
  "b1Password": "«hpw#b1manager»", ⟦S sapb1-di-b1pw⟧
  "language": "ln_German",
  "useTrusted": false
}
