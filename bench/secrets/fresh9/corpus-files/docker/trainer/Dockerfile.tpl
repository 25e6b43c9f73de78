FROM nvidia/cuda:12.2.2-cudnn8-runtime-ubuntu22.04@sha256:«sha256#cuda-digest» ⟦D trainer-base-digest⟧

RUN apt-get update && apt-get install -y --no-install-recommends python3.11 python3-pip git && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY ml/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# wandb and the mlflow proxy both read ~/.netrc
COPY docker/trainer/netrc /root/.netrc
RUN chmod 600 /root/.netrc

COPY ml/ ml/
ENTRYPOINT ["python3", "-m", "ml.train"]
