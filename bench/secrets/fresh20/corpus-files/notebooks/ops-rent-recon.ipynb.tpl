{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rent reconciliation (March)\n", "Compare Stripe payouts to leases marked paid."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import stripe, psycopg2\n",
    "stripe.api_key = \"«sk_live#ops-notebook»\"\n", ⟦S nb-stripe-live⟧
    "conn = psycopg2.connect(host=\"db.internal\", dbname=\"homestead\", user=\"analytics\", password=\"«pwh#analytics-db»\")" ⟦S nb-pg⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["payouts: 412  leases paid: 409  missing: ['po_1OxK2aE1', 'po_1OxK9dE1', 'po_1OyA0qE1']\n"] ⟦D nb-payout-ids⟧
    }
   ],
   "source": ["payouts = list(stripe.Payout.list(limit=100).auto_paging_iter())\n", "print('payouts:', len(payouts))"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {"image/png": "«png_b64:120#chart»"}, ⟦D nb-png⟧
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": ["plot_by_month(payouts)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
