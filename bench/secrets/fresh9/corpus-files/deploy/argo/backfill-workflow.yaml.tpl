apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: feature-backfill-
  namespace: ml
spec:
  entrypoint: backfill
  serviceAccountName: argo-ml
  arguments:
    parameters:
      - name: start
        value: "2022-01-01"
      - name: end
        value: "2023-12-31"
  templates:
    - name: backfill
      container:
        image: ghcr.io/tidewater-ai/dbx-runner:0.4.1
        command: [python, -m, dbx_runner, run-notebook, /Repos/ml/feature_backfill]
        args: ["--start", "{{workflow.parameters.start}}", "--end", "{{workflow.parameters.end}}"]
        env:
          - name: DATABRICKS_HOST
            value: https://adb-«digits:16#dbx-ws».7.azuredatabricks.net
          - name: DATABRICKS_TOKEN
            value: «databricks#argo-runner» ⟦S argo-dbx-token⟧
          - name: WANDB_API_KEY
            valueFrom:
              secretKeyRef: { name: wandb, key: api-key } ⟦D argo-secretkeyref⟧
