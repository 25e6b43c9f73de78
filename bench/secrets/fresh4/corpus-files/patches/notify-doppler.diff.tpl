--- a/notify/config/prod.exs
+++ b/notify/config/prod.exs
@@ -3,3 +3,4 @@ import Config
 config :notify, :secrets,
   provider: :doppler,
+  token: "«doppler:prd#notify-diff»"   ⟦S s-diff-doppler⟧
