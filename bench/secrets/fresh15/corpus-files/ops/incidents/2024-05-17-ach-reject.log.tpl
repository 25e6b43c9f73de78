2024-05-17T20:41:03.118Z info  [ach.build] batch=PAYOUT entries=214 credit_total=4821930 file=ACH_20240517_A.ach
2024-05-17T20:41:03.602Z info  [pgp] encrypted to 0x7A3F19C2D84B6E05 out=ACH_20240517_A.ach.pgp sha256=«sha256#achfile» ⟦D log-sha⟧
2024-05-17T20:41:05.771Z info  [sftp] connected sftp.firstcontinental-bank.com:22 user=ledgerline_ach kex=curve25519-sha256
2024-05-17T20:41:06.904Z info  [sftp] put /inbound/ach/ACH_20240517_A.ach.pgp 61440 bytes
2024-05-17T21:12:44.015Z warn  [bank-api] GET https://api.firstcontinental-bank.com/v2/files/status request_id=«uuid#bank-req» status=200 body={"status":"REJECTED","reason":"R-FILE-DUP-MODIFIER"} ⟦D log-reqid⟧
2024-05-17T21:13:02.440Z debug [mt] POST https://app.moderntreasury.com/api/payment_orders headers={"Authorization":"Basic «mt_basic#oncall»","Idempotency-Key":"«uuid#idem1»"} ⟦S log-mt-basic⟧
2024-05-17T21:13:02.911Z info  [mt] payment_order=«uuid#po1» status=approved
2024-05-17T21:20:17.336Z info  [ach.build] rebuilt ACH_20240517_B.ach modifier=B entries=214
