import { useTranslations } from 'next-intl';
import { PLANS } from '@/lib/stripe';

const FEATURES = {
  starter: ['10 drafts / month', 'GPT-4o mini', 'Email support'],
  pro: ['Unlimited drafts', 'Claude 3.5 Sonnet polish', 'Custom voice', 'Priority support'],
};

export default function Pricing() {
  const t = useTranslations('billing');
  return (
    <section className="mx-auto max-w-4xl py-16">
      <h1 className="text-3xl font-bold">Simple pricing</h1>
      <input type="password" name="coupon-secret" placeholder="Secret coupon code" className="mt-4 rounded border px-3 py-2" />   ⟦D d-pp-input⟧
      <div data-testid="plan-grid" data-build="«next_build#pricing»" className="mt-8 grid grid-cols-2 gap-6">   ⟦D d-pp-build⟧
        {Object.entries(PLANS).map(([key, plan]) => (
          <form key={key} action="/api/checkout" method="post">
            <input type="hidden" name="priceId" value={plan.priceId} />
            <h2>{plan.label}</h2>
            <ul>{FEATURES[key as keyof typeof FEATURES].map((f) => <li key={f}>{f}</li>)}</ul>
            <button>{t('upgrade')}</button>
          </form>
        ))}
      </div>
    </section>
  );
}
