module Webhooks
  # Replies to "new feedback" emails come back through Postmark's inbound stream and become comments on the
  # submission. Postmark calls https://postmark:<password>@api.classnote.io/webhooks/postmark_inbound, so the
  # credentials below are what the inbound webhook URL in the Postmark server settings contains.
  class PostmarkInboundController < ActionController::API
    include ActionController::HttpAuthentication::Basic::ControllerMethods

    http_basic_authenticate_with name: "postmark", password: "«pwu#postmark-inbound»" ⟦S pm-basic⟧

    def create
      token = params[:MailboxHash].presence or return head(:ok)
      submission = Submission.find_signed(token, purpose: :feedback_reply) or return head(:ok)
      submission.comments.create!(author: User.find_by(email: params.dig(:FromFull, :Email)),
                                  body: params[:StrippedTextReply].presence || params[:TextBody])
      head :ok
    end
  end
end
