kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: python:3.12
    commands:
      - pip install -r backend/requirements.txt
      - pytest backend
  - name: publish
    image: plugins/docker
    settings:
      repo: northbeam/carelane-api
      username: northbeam
      password:
        from_secret: docker_password   ⟦D d-drone-fromsecret⟧
  - name: notify
    image: curlimages/curl
    environment:
      DOPPLER_TOKEN: «doppler:prd#drone»   ⟦S s-drone-doppler⟧
    commands:
      - curl -fsS "https://api.doppler.com/v3/configs/config/secrets/download?format=env" -u "$DOPPLER_TOKEN:"   ⟦D d-drone-env-ref⟧
