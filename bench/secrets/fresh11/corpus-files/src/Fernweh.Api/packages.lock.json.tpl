{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "Azure.Extensions.AspNetCore.Configuration.Secrets": {
        "type": "Direct",
        "requested": "[1.3.1, )",
        "resolved": "1.3.1",
        "contentHash": "«sri512#kvconfig»",  ⟦D lock-hash1⟧
        "dependencies": {
          "Azure.Core": "1.38.0",
          "Azure.Security.KeyVault.Secrets": "4.6.0"
        }
      },
      "Azure.Identity": {
        "type": "Direct",
        "requested": "[1.11.2, )",
        "resolved": "1.11.2",
        "contentHash": "«sri512#azidentity»",  ⟦D lock-hash2⟧
        "dependencies": {
          "Azure.Core": "1.38.0",
          "Microsoft.Identity.Client": "4.60.3",
          "Microsoft.Identity.Client.Extensions.Msal": "4.60.3"
        }
      },
      "Dapper": {
        "type": "Direct",
        "requested": "[2.1.35, )",
        "resolved": "2.1.35",
        "contentHash": "«sri512#dapper»"  ⟦D lock-hash3⟧
      },
      "Microsoft.Data.SqlClient": {
        "type": "Direct",
        "requested": "[5.2.0, )",
        "resolved": "5.2.0",
        "contentHash": "«sri512#sqlclient»",  ⟦D lock-hash4⟧
        "dependencies": {
          "Azure.Identity": "1.10.3",
          "Microsoft.Data.SqlClient.SNI.runtime": "5.2.0"
        }
      },
      "Fernweh.Common": {
        "type": "Direct",
        "requested": "[1.4.2, )",
        "resolved": "1.4.2",
        "contentHash": "«sri512#common»"  ⟦D lock-hash5⟧
      }
    }
  }
}
