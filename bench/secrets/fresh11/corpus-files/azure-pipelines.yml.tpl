trigger:
  branches:
    include: [ main ]

pool:
  vmImage: 'windows-latest'

variables:
  buildConfiguration: 'Release'
  azureSubscription: 'sc-fernweh-prod'          # service connection (workload identity federation)
  webAppName: 'app-fernweh-portal-prod'
  storageAccount: 'stfernwehprod'
  sqlAdminPassword: '«pwr#sql-admin»'  ⟦S pipeline-sqladmin-literal⟧
  NUGET_FEED_PAT: $(System.AccessToken)  ⟦D pipeline-systoken⟧

stages:
- stage: Build
  jobs:
  - job: build
    steps:
    - task: UseDotNet@2
      inputs:
        useGlobalJson: true
    - script: dotnet restore --locked-mode
      env:
        NUGET_FEED_PAT: $(NUGET_FEED_PAT)
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
                az deployment group create -g rg-fernweh-prod -f infra/main.bicep `
                  -p infra/main.parameters.json -p sqlAdminPassword="$(sqlAdminPassword)"  ⟦D pipeline-pipelinevar⟧
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
                az storage blob upload-batch --account-name $(storageAccount) \
                  --account-key «acct_key#stprod» \  ⟦S pipeline-account-key⟧
                  -d voucher-templates -s templates/vouchers --overwrite
