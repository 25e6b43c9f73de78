// posts new signups and payments to #founder-log
const WEBHOOK = '«discordhook#founder-log»';   ⟦S s-dn-hook⟧
const BOT_TOKEN = '«discord_bot#quillbot»';   ⟦S s-dn-bot⟧
const GUILD_ID = '«discord_client_id#guild»';   ⟦D d-dn-guild⟧

export async function notify(text: string) {
  await fetch(WEBHOOK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content: text }) });
}

export async function memberCount() {
  const r = await fetch(`https://discord.com/api/v10/guilds/${GUILD_ID}?with_counts=true`, { headers: { Authorization: `Bot ${BOT_TOKEN}` } });
  return ((await r.json()) as { approximate_member_count: number }).approximate_member_count;
}
