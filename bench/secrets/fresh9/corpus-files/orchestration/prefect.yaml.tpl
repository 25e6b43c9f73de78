# prefect deploy --all   (work pool: gke-ml, Prefect Cloud workspace tidewater/prod)
name: tidewater-retraining
prefect-version: 2.14.20

build:
  - prefect_docker.deployments.steps.build_docker_image:
      id: build-image
      image_name: europe-west3-docker.pkg.dev/tidewater-prod/ml/retrain
      tag: "{{ get-commit-hash.stdout }}" ⟦D prefect-template⟧
      dockerfile: docker/trainer/Dockerfile

deployments:
  - name: weekly-retrain
    entrypoint: ml/flows.py:retrain_all
    schedule:
      cron: "0 2 * * 1"
      timezone: Europe/Berlin
    parameters:
      retailers: [nordmart, hafenkauf]
    work_pool:
      name: gke-ml
      job_variables:
        image: "{{ build-image.image }}"
        env:
          # the in-cluster worker cannot reach the cloud secret block yet
          PREFECT_API_KEY: «prefect#gke-worker» ⟦S prefect-api-key⟧
          PREFECT_API_URL: https://api.prefect.cloud/api/accounts/«uuid#prefect-account»/workspaces/«uuid#prefect-ws» ⟦D prefect-api-url⟧
          SNOWFLAKE_PASSWORD: "{{ prefect.blocks.secret.snowflake-svc-ml }}" ⟦D prefect-block-ref⟧
