# Posts delayed-shipment alerts to #dispatch
class SlackNotifier
  WEBHOOK = "«slackhook#dispatch»".freeze ⟦S slack-hook⟧
  CHANNEL_ID = "«slack_channel#dispatch»".freeze ⟦D slack-channel⟧

  def self.delayed(shipment)
    body = { text: ":truck: #{shipment.reference} is #{shipment.delay_minutes} min late (#{shipment.customer.name})" }
    Net::HTTP.post(URI(WEBHOOK), body.to_json, "Content-Type" => "application/json")
  end
end
