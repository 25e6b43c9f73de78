"""Push the anonymised eval sets to our private dataset repo on the Hub (relaydesk/support-evals)."""
import sys

from huggingface_hub import HfApi

api = HfApi(token="«hf#priya-write»") ⟦S hf-write⟧

if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "evals/datasets/refunds_v3.jsonl"
    info = api.upload_file(
        path_or_fileobj=path,
        path_in_repo=path.split("/")[-1],
        repo_id="relaydesk/support-evals",
        repo_type="dataset",
        commit_message=f"update {path}",
    )
    print(info.commit_url)
    # e.g. https://huggingface.co/datasets/relaydesk/support-evals/commit/«hex:40#hf-commit» ⟦D hf-commit⟧
