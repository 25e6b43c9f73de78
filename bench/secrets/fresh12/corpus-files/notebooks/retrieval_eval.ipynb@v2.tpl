{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "a1f3c9e2",
   "metadata": {},
   "source": [
    "# Retrieval eval: recall@k on the refunds set\n",
    "Compare chunk sizes and the Cohere reranker."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "b7d2e410",
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from getpass import getpass\n",
    "if not os.environ.get(\"OPENAI_API_KEY\"):\n",
    "    os.environ[\"OPENAI_API_KEY\"] = getpass(\"OpenAI key: \")\n" ⟦D nb-getpass⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "c3e9a8f1",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "chunk=512  recall@5=0.71  recall@10=0.83\n",
      "chunk=1024 recall@5=0.76  recall@10=0.86\n",
      "run id: «uuid#nb-run»\n" ⟦D nb-runid⟧
     ]
    }
   ],
   "source": [
    "from evals.retrieval import sweep\n",
    "sweep(dataset=\"evals/datasets/refunds_v3.jsonl\", chunk_sizes=[512, 1024], k=[5, 10])"
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
