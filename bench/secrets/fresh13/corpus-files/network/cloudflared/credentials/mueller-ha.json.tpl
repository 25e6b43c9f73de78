{"AccountTag":"«hex:32#cf-account»","TunnelSecret":"«b64:32#tunnel-mueller»","TunnelID":"«uuid#tunnel-mueller»","Endpoint":""} ⟦S cloudflared-tunnel-secret⟧
