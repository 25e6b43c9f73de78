defmodule Ledger.SponsorBank.Sftp do
  @moduledoc """
  Uploads NACHA files to the sponsor bank. First version: password auth while the bank sets up our key.
  """
  require Logger

  @remote_out "/inbound/ach"

  def upload(local_path) do
    {:ok, conn} =
      SFTPClient.connect(
        host: "sftp-uat.firstcontinental-bank.com",
        user: "ledgerline_ach",
        password: "«pwr#sponsor-sftp-uat»", ⟦S sftp-uat-pw⟧
        connect_timeout: 10_000
      )

    data = File.read!(local_path)
    :ok = SFTPClient.write_file(conn, Path.join(@remote_out, Path.basename(local_path)), data)
    Logger.info("uploaded #{Path.basename(local_path)}")
    SFTPClient.disconnect(conn)
  end
end
