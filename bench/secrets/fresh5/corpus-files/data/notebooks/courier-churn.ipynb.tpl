{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Courier churn, Q1 2024\n", "Couriers with no delivery in 21 days, by city and vehicle."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["connected: postgresql://analytics:«pwu#analytics-ro»@dpg-«lower:20#render-db»-a.frankfurt-postgres.render.com/munchly_prod\n"]   ⟦S s-nb-output-dburl⟧
    }
   ],
   "source": [
    "import os, sqlalchemy as sa\n",
    "engine = sa.create_engine(os.environ['ANALYTICS_DB_URL'])\n",   ⟦D d-nb-env⟧
    "print('connected:', engine.url.render_as_string(hide_password=False))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "data": { "text/plain": ["   city  churned  active\n0  Berlin      41     388\n1  Hamburg     17     142"] },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["df = pd.read_sql(CHURN_SQL, engine)\n", "df.groupby('city').agg(churned=('churned','sum'), active=('id','count'))"]
  },
  {
   "cell_type": "code",
   "execution_count": 9,
   "metadata": {},
   "outputs": [],
   "source": [
    "import gspread\n",
    "gc = gspread.service_account_from_dict({'type': 'service_account', 'client_email': '«gsa_email:sheets-export»', 'private_key': '«pem_rsa_json#sheets-sa»'})\n",   ⟦S s-nb-sa-key⟧
    "gc.open_by_key('«b64url:44#sheet-id»').sheet1.update([df.columns.tolist()] + df.values.tolist())"   ⟦D d-nb-sheet-id⟧
   ]
  },
  {
   "cell_type": "display_data",
   "metadata": {},
   "outputs": [{ "data": { "image/png": "«png_b64:120#chart»" }, "output_type": "display_data" }]   ⟦D d-nb-png⟧
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
