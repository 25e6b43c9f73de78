class ParentSmsJob < ApplicationJob
  queue_as :notifications

  # Twilio error codes we treat as "don't retry": invalid number, unsubscribed, landline
  PERMANENT = [21211, 21610, 21614].freeze

  def perform(guardian_id, template, vars = {})
    guardian = Guardian.find(guardian_id)
    return unless guardian.sms_opt_in? && guardian.phone.present?

    body = I18n.t("sms.#{template}", locale: guardian.locale, **vars.symbolize_keys)
    Twilio::REST::Client.new.messages.create(
      messaging_service_sid: TWILIO_MESSAGING_SERVICE_SID,
      to: guardian.phone,
      body: body,
      status_callback: Rails.application.routes.url_helpers.twilio_status_url
    )
  rescue Twilio::REST::RestError => e
    raise unless PERMANENT.include?(e.code)
    guardian.update!(sms_opt_in: false, sms_error: e.code)
  end
end
