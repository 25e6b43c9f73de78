# Reporting APIs of our SSP partners (pulled hourly by reporting-sync to reconcile spend)
ssp {
  magnite {
    endpoint = "https://api.rubiconproject.com/analytics/v1/report"
    account-id = "bs-1184"
    api-key = "«hex:32#magnite-key»" ⟦S ssp-magnite-key⟧
    api-secret = "«hex:32#magnite-secret»" ⟦S ssp-magnite-secret⟧
  }
  pubmatic {
    endpoint = "https://api.pubmatic.com/v1/analytics/data/buyer/158923"
    username = "reporting@bidstream.io"
    password = "«hpw#pubmatic»" ⟦S ssp-pubmatic-pw⟧
  }
  index {
    endpoint = "https://app.indexexchange.com/api/reporting/v2"
    api-key = ${?INDEX_API_KEY} ⟦D ssp-index-env⟧
  }
  openx {
    endpoint = "https://api.openx.com/reporting/v1"
    api-key = "<ask account manager>" ⟦D ssp-openx-placeholder⟧
  }
  triplelift {
    endpoint = "https://api.triplelift.com/buyer/reports"
    bearer = "«alnum:40#triplelift»" ⟦S ssp-triplelift⟧
  }
}
