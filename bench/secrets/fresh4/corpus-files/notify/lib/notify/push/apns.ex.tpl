defmodule Notify.Push.APNS do
  @moduledoc "Sends appointment reminders to iOS devices."
  @team_id "«upper:10#apple-team»"   ⟦D d-apns-team⟧
  @key_id "«upper:10#apns-key»"   ⟦D d-apns-keyid⟧
  @key_path Application.compile_env(:notify, :apns_key_path, "/run/secrets/apns.p8")   ⟦D d-apns-path⟧

  def topic, do: "health.carelane.ios"
end
