2024-01-26 10:14:02.118 +01:00 [INF] Starting availability search dest=PMI checkIn=2024-06-15 checkOut=2024-06-22 rooms=1 adults=2
2024-01-26 10:14:02.120 +01:00 [DBG] Sending HTTP request POST https://api.test.hotelbeds.com/hotel-api/1.0/hotels
2024-01-26 10:14:02.121 +01:00 [DBG] Request headers:
Api-key: «hb_key#test»  ⟦S log-hb-apikey⟧
X-Signature: «hb_sig#log1»  ⟦D log-hb-xsig⟧
Accept: application/json
Content-Type: application/json
traceparent: «traceparent#log1»  ⟦D log-traceparent⟧
2024-01-26 10:14:03.402 +01:00 [DBG] Received HTTP response headers after 1281.4ms - 200
2024-01-26 10:14:03.410 +01:00 [INF] Availability returned 37 hotels, cheapest 612.40 EUR (Hotel Bahia Palma, 4*)
2024-01-26 10:16:40.007 +01:00 [INF] CheckRate rateKey=20240615|20240622|W|1|5236|DBL.ST|CG-TODOS BB|BB||1~2~0||N@06~~200a1~-1580553398~N~~~NOR~~85F1B7FE03A2461170662787505800AAUK0000001000000010920ab  ⟦D log-ratekey⟧
2024-01-26 10:16:41.220 +01:00 [WRN] Rate changed by +14.80 EUR, asking agent to confirm
2024-01-26 10:17:05.913 +01:00 [ERR] Booking failed: 401 Unauthorized {"error":"Request signature verification failed"} correlationId=«uuid#corr1»  ⟦D log-correlation⟧
