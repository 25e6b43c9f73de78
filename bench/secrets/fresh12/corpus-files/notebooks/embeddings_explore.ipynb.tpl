{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "0e4d7b1a",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": ["(1843, 1024)"]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import numpy as np\n",
    "from agent.vectorstores import _embeddings\n",
    "emb = _embeddings()\n",
    "X = np.array(emb.embed_documents(articles))\n",
    "X.shape"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "5f2a9c3d",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "«png:900#umap»", ⟦D nb-png⟧
      "text/plain": ["<Figure size 800x600 with 1 Axes>"]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "import umap, matplotlib.pyplot as plt\n",
    "pts = umap.UMAP(n_neighbors=15, metric=\"cosine\", random_state=7).fit_transform(X)\n",
    "plt.scatter(pts[:, 0], pts[:, 1], s=3, c=labels)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "id": "9c1b2e7f",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "nearest to 'where is my order': vec-«hex:24#vid1» (0.912), vec-«hex:24#vid2» (0.897)\n" ⟦D nb-vecids⟧
     ]
    }
   ],
   "source": [
    "nearest(\"where is my order\", k=2)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3 (relaydesk)", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.9"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
