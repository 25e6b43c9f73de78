# OpenX buyer reporting (trial; not merged until legal signs the DPA)
openx {
  endpoint = "https://api.openx.com/reporting/v1"
  oauth {
    consumer-key = "«hex:40#openx-ck»" ⟦S openx-ck⟧
    consumer-secret = "«hex:40#openx-cs»" ⟦S openx-cs⟧
    email = "ad-ops@bidstream.io"
    password = "«weak#openx»" ⟦S openx-pw⟧
  }
  seat-id = "540991823" ⟦D openx-seat⟧
}
