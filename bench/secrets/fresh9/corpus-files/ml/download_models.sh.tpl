#!/usr/bin/env bash
# Pull the foundation models we fine-tune into the shared cache on the GPU box.
# chronos-t5-* are public; the tidewater/* forks are private to our HF org.
set -euo pipefail

export HF_HOME=/mnt/cache/huggingface
huggingface-cli login --token «hf#gpu-box» --add-to-git-credential ⟦S dl-hf-login⟧

huggingface-cli download amazon/chronos-t5-small --revision «sha1#chronos-small-rev» ⟦D dl-rev-small⟧
huggingface-cli download amazon/chronos-t5-base --revision «sha1#chronos-base-rev»
huggingface-cli download tidewater/chronos-t5-small-retail --revision main
echo "done: $(du -sh "$HF_HOME" | cut -f1)"
