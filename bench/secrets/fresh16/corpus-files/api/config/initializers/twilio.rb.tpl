# SMS to parents (absence notes, assignment reminders). Messages go through the messaging service so
# opt-outs (STOP) are handled by Twilio.
Twilio.configure do |config|
  config.account_sid = "«twilio_sid#prod»" ⟦D tw-sid⟧
  config.auth_token = ENV["TWILIO_AUTH_TOKEN"].presence || "«twilio_token#prod»" ⟦S tw-token⟧
end

TWILIO_MESSAGING_SERVICE_SID = "«mg_sid#parents»" ⟦D tw-mg⟧
