# xsolla sandbox for the feature branch (Pay Station test cards)
XSOLLA_MERCHANT_ID=«xsolla_id#merchant» ⟦D xe-merchant⟧
XSOLLA_PROJECT_ID=«xsolla_id#project»
XSOLLA_API_KEY=«xsolla_key#api» ⟦S xe-apikey⟧
XSOLLA_WEBHOOK_SECRET=«alnum:32#xsolla-webhook» ⟦S xe-webhook⟧
XSOLLA_SANDBOX=true
