DHL_WEBHOOK_KEY=«alnum:32#dhl-wh» ⟦S relayenv-dhl⟧
GLS_API_KEY=«hexsecret:32#gls» ⟦S relayenv-gls⟧
PORT=8081
