{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "«uuid#nb2-md»",
   "metadata": {},
   "source": [
    "# Chronos vs. LightGBM vs. seasonal naive\n",
    "\n",
    "28-day horizon, 500 SKUs x 40 stores, rolling origin (4 folds)."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "«uuid#nb2-load»",
   "metadata": {},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "config.json: 100%|██████████| 1.14k/1.14k [00:00<00:00, 2.10MB/s]\n",
      "model.safetensors: 100%|██████████| 185M/185M [00:04<00:00, 41.2MB/s]\n"
     ]
    }
   ],
   "source": [
    "from huggingface_hub import HfApi, snapshot_download\n",
    "from chronos import ChronosPipeline\n",
    "\n",
    "api = HfApi(token=\"«hf#tomas-notebook»\")\n", ⟦S nb2-hf-token⟧
    "path = snapshot_download(\"amazon/chronos-t5-small\", revision=\"«sha1#chronos-small-rev»\")\n", ⟦D nb2-hf-revision⟧
    "pipe = ChronosPipeline.from_pretrained(path, device_map=\"cpu\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "«uuid#nb2-table»",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "               model    wMAPE   bias  run_id\n",
       "0     seasonal_naive    0.412  0.031  «hex:32#nb2-run-naive»\n", ⟦D nb2-run-naive⟧
       "1           lightgbm    0.297 -0.012  «hex:32#nb2-run-lgbm»\n",
       "2  chronos-t5-small    0.281  0.004  «hex:32#nb2-run-chronos»\n"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "results = compare(models=[\"seasonal_naive\", \"lightgbm\", \"chronos-t5-small\"], folds=4)\n",
    "results"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "name": "python",
   "version": "3.11.7"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
