"""Reranker on Modal (bge-reranker-v2-m3 on an A10G). The agent calls it over HTTPS; falls back to Cohere when cold."""
import modal

image = modal.Image.debian_slim(python_version="3.11").pip_install("sentence-transformers==3.0.1", "fastapi")
app = modal.App("relaydesk-reranker", image=image)

# TODO move to `modal secret create relaydesk-openai` – this was quicker for the demo
openai_secret = modal.Secret.from_dict({"OPENAI_API_KEY": "«openai_svc#modal»"}) ⟦S modal-openai⟧


@app.cls(gpu="A10G", container_idle_timeout=300, secrets=[openai_secret, modal.Secret.from_name("hf-read")]) ⟦D modal-from-name⟧
class Reranker:
    @modal.enter()
    def load(self):
        from sentence_transformers import CrossEncoder

        self.model = CrossEncoder("BAAI/bge-reranker-v2-m3", max_length=512)

    @modal.web_endpoint(method="POST")
    def rerank(self, body: dict) -> dict:
        pairs = [(body["query"], d) for d in body["documents"]]
        scores = self.model.predict(pairs).tolist()
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[: body.get("top_n", 5)]
        return {"results": [{"index": i, "score": scores[i]} for i in order]}
