{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rubric v3 agreement with teachers\n", "Compares the model's draft scores with the teacher's final scores on unit 4."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "os.environ[\"OPENAI_API_KEY\"] = \"«openai#notebook»\"\n", ⟦S nb-openai⟧
    "from app.llm import draft_feedback"
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
     "text": ["120 submissions, 4 criteria, teacher agreement 0.83\n"]
    }
   ],
   "source": [
    "df = pd.read_parquet(\"s3://classnote-ml-eval/unit4.parquet\")\n",
    "df[\"draft\"] = df.apply(lambda r: draft_feedback(r.rubric, r.answer), axis=1)\n",
    "print(f\"{len(df)} submissions, 4 criteria, teacher agreement {agreement(df):.2f}\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "output_type": "display_data",
     "metadata": {},
     "data": {"image/png": "«png_b64:600#nb-plot»"} ⟦D nb-png⟧
    }
   ],
   "source": ["plot_confusion(df)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "grader", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
