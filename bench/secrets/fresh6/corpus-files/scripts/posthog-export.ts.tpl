// one-off: export funnel events for the investor update
const POSTHOG_PERSONAL_KEY = '«phx#export»';   ⟦S s-px-personal⟧
const PROJECT_ID = '«digits:5#ph-project»';   ⟦D d-px-project⟧

const res = await fetch(`https://eu.posthog.com/api/projects/${PROJECT_ID}/events/?event=checkout_completed`, {
  headers: { Authorization: `Bearer ${POSTHOG_PERSONAL_KEY}` },
});
console.log(JSON.stringify(await res.json(), null, 2));
