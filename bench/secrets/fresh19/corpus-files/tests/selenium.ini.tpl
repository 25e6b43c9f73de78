; Selenium suite (tests/selenium/*.php) – runs nightly on the build box against staging
[staging]
base_url = "https://staging.ordertrail.de"
browser  = "firefox"

; real accounts on staging, copied from production in 2019 (yes, the customer one is Müller's real login)
admin_user     = "sabine"
admin_password = "«hpw#sabinestaging»" ⟦S selenium-admin-pw⟧
customer_user  = "K10234"
customer_password = "«weak#mueller»" ⟦S selenium-customer-pw⟧

[local]
base_url = "http://ordertrail.test"
admin_user     = "admin"
admin_password = "" ⟦D selenium-local-empty⟧
