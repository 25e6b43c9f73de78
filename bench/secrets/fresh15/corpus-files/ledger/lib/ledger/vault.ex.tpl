defmodule Ledger.Vault do
  @moduledoc """
  Field-level encryption for bank account numbers, SSNs/EINs and KYC document references (Cloak, AES-256-GCM).
  Keys come from config (runtime.exs in prod); the ciphertext tag says which key wrote a row so we can rotate.
  """
  use Cloak.Vault, otp_app: :ledger
end

defmodule Ledger.Encrypted.Binary do
  use Cloak.Ecto.Binary, vault: Ledger.Vault
end

defmodule Ledger.Encrypted.AccountNumber do
  @moduledoc "Account numbers: encrypted column plus a keyed hash for lookups (HMAC, key from Vault transit)."
  use Cloak.Ecto.Binary, vault: Ledger.Vault

  # only used to document the shape in tests; real rows are written through Ledger.Vault
  @example_ciphertext "QUVTLkdDTS5WMQ«b64:48#acct-ct»" ⟦D vault-ct⟧
  def example, do: @example_ciphertext
end
