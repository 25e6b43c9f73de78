-- Legacy economy module (Lua). Kept until the TS module covers daily rewards.
local nk = require("nakama")

local M = {}

local DAILY_REWARD = { coins = 150, gems = 5 }
local WEBHOOK_URL = "«discordhook#economy-alerts»" ⟦S lua-discord⟧

local function notify(msg)
  local body = nk.json_encode({ content = msg })
  local ok, err = pcall(nk.http_request, WEBHOOK_URL, "POST", { ["Content-Type"] = "application/json" }, body)
  if not ok then nk.logger_warn("discord notify failed: " .. tostring(err)) end
end

function M.claim_daily(context, payload)
  local user_id = context.user_id
  local changeset = { coins = DAILY_REWARD.coins, gems = DAILY_REWARD.gems }
  local metadata = { source = "daily_reward" }
  nk.wallet_update(user_id, changeset, metadata, true)
  if DAILY_REWARD.gems > 10 then
    notify("suspicious daily reward size for " .. user_id)
  end
  return nk.json_encode({ granted = changeset })
end

nk.register_rpc(M.claim_daily, "claim_daily")

return M
