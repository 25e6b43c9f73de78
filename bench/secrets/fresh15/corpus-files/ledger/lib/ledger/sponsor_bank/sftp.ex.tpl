defmodule Ledger.SponsorBank.Sftp do
  @moduledoc """
  Uploads NACHA and pain.001 files to the sponsor bank and pulls returns (NOC/return files) every 15 minutes.
  Files are PGP-encrypted to the bank's key before upload; the bank signs returns with theirs.
  """
  require Logger

  @remote_out "/inbound/ach"
  @remote_in "/outbound/returns"

  def upload(local_path, opts \\ []) do
    cfg = Application.fetch_env!(:ledger, __MODULE__)

    with {:ok, conn} <- connect(cfg),
         {:ok, data} <- File.read(local_path),
         :ok <- SFTPClient.write_file(conn, Path.join(@remote_out, Path.basename(local_path)), data) do
      Logger.info("sponsor sftp upload ok", file: Path.basename(local_path), bytes: byte_size(data))
      SFTPClient.disconnect(conn)
    end
  end

  def list_returns(cfg), do: with({:ok, conn} <- connect(cfg), do: SFTPClient.list_dir(conn, @remote_in))

  defp connect(cfg) do
    SFTPClient.connect(
      host: cfg[:host],
      port: cfg[:port],
      user: cfg[:user],
      private_key_path: cfg[:key_path],
      # the bank's host key, pinned (from their onboarding pack)
      known_hosts: ["sftp.firstcontinental-bank.com ssh-ed25519 «ssh_ed_pub:bank#hostkey»"], ⟦D sftp-hostkey⟧
      connect_timeout: 10_000
    )
  end
end
