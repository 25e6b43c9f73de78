From «hex:40#patch1-sha» Mon Sep 17 00:00:00 2001   ⟦D d-patch-sha⟧
From: Jonas Lindqvist <jonas@northbeam.digital>
Date: Tue, 9 Apr 2024 17:02:11 +0100
Subject: [PATCH] gateway: fall back to Plivo when Vonage fails

---
 gateway/internal/sms/plivo.go | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

diff --git a/gateway/internal/sms/plivo.go b/gateway/internal/sms/plivo.go
index «hex:7#idx-a»..«hex:7#idx-b» 100644   ⟦D d-patch-index⟧
--- a/gateway/internal/sms/plivo.go
+++ b/gateway/internal/sms/plivo.go
@@ -8,4 +8,5 @@ import (
 const plivoBase = "https://api.plivo.com/v1/Account/"
-const plivoAuthToken = "«alnum:40#plivo-patch-old»"   ⟦S s-patch-old⟧
+const plivoAuthID = "«plivo_id#patch»"   ⟦D d-patch-plivo-id⟧
+const plivoAuthToken = "«alnum:40#plivo-patch-new»"   ⟦S s-patch-new⟧
 
 func send(to, body string) error {
-- 
2.44.0
