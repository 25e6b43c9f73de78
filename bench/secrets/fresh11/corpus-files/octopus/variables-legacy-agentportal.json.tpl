{
  "Id": "variableset-Projects-41",
  "OwnerId": "Projects-41",
  "Version": 27,
  "Variables": [
    {
      "Id": "«guid#octo-v1»",
      "Name": "Legacy.Sql.User",
      "Value": "agentportal",
      "Description": null,
      "Scope": { "Environment": [ "Environments-2" ] },
      "IsEditable": true,
      "Type": "String",
      "IsSensitive": false
    },
    {
      "Id": "«guid#octo-v2»",
      "Name": "Legacy.Sql.Password",
      "Value": null,  ⟦D octo-sensitive-null⟧
      "Description": "sensitive – not exported",
      "Scope": { "Environment": [ "Environments-2" ] },
      "IsEditable": true,
      "Type": "Sensitive",
      "IsSensitive": true
    },
    {
      "Id": "«guid#octo-v3»",
      "Name": "Saferpay.ApiPassword",
      "Value": "«pwr#saferpay»",  ⟦S octo-saferpay-plain⟧
      "Description": "TODO mark sensitive",
      "Scope": { "Environment": [ "Environments-2" ] },
      "IsEditable": true,
      "Type": "String",
      "IsSensitive": false
    },
    {
      "Id": "«guid#octo-v4»",
      "Name": "Octopus.Action.Package.CustomInstallationDirectory",
      "Value": "D:\\inetpub\\AgentPortal",
      "Description": null,
      "Scope": {},
      "IsEditable": true,
      "Type": "String",
      "IsSensitive": false
    },
    {
      "Id": "«guid#octo-v5»",
      "Name": "Notify.TeamsWebhook",
      "Value": "#{Global.Teams.WebhookUrl}",  ⟦D octo-binding⟧
      "Description": "bound to the library variable set",
      "Scope": {},
      "IsEditable": true,
      "Type": "String",
      "IsSensitive": false
    }
  ],
  "ScopeValues": {
    "Environments": [ { "Id": "Environments-2", "Name": "Production" } ]
  }
}
