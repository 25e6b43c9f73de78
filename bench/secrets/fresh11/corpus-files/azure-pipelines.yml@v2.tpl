trigger:
  branches:
    include: [ main ]

pool:
  vmImage: 'windows-latest'

variables:
- group: fernweh-prod-secrets                  # linked to kv-fernweh-deploy
- name: buildConfiguration
  value: 'Release'
- name: azureSubscription
  value: 'sc-fernweh-prod'
- name: webAppName
  value: 'app-fernweh-portal-prod'
- name: storageAccount
  value: 'stfernwehprod'

stages:
- stage: Build
  jobs:
  - job: build
    steps:
    - task: UseDotNet@2
      inputs:
        useGlobalJson: true
    - task: NuGetAuthenticate@1
    - script: dotnet restore --locked-mode
    - script: dotnet test --configuration $(buildConfiguration) --no-restore --logger trx
    - script: dotnet publish src/Fernweh.Api -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)/api
    - publish: $(Build.ArtifactStagingDirectory)/api
      artifact: api

- stage: Deploy
  dependsOn: Build
  jobs:
  - deployment: prod
    environment: fernweh-prod
    strategy:
      runOnce:
        deploy:
          steps:
          - task: AzureCLI@2
            displayName: Infra (bicep)
            inputs:
              azureSubscription: $(azureSubscription)
              scriptType: pscore
              scriptLocation: inlineScript
              inlineScript: |
                az deployment group create -g rg-fernweh-prod -f infra/main.bicep -p infra/main.parameters.json
          - task: AzureWebApp@1
            inputs:
              azureSubscription: $(azureSubscription)
              appName: $(webAppName)
              package: $(Pipeline.Workspace)/api
          - task: AzureCLI@2
            displayName: Upload voucher templates
            inputs:
              azureSubscription: $(azureSubscription)
              scriptType: bash
              scriptLocation: inlineScript
              inlineScript: |
                az storage blob upload-batch --account-name $(storageAccount) --auth-mode login \
                  -d voucher-templates -s templates/vouchers --overwrite
          - task: PowerShell@2
            displayName: Notify Teams
            inputs:
              targetType: inline
              script: ./deploy/Send-TeamsMessage.ps1 -WebhookUrl "$(TeamsWebhookUrl)" -Text "Portal $(Build.BuildNumber) deployed"  ⟦D pipeline-teams-var⟧
