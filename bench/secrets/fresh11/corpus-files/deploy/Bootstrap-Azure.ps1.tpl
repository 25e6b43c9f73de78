# One-off bootstrap of the prod subscription (Aylin, March 2024). Kept for reference.
# Creates the resource groups, the deployment Key Vault and the service principal the pipeline used
# before we switched the service connection to workload identity federation.

$tenantId       = "«guid#tenant»"  ⟦D ps-tenantid⟧
$subscriptionId = "«guid#subscription»"  ⟦D ps-subscriptionid⟧
$spAppId        = "«guid#sp-appid»"  ⟦D ps-sp-appid⟧

az login --service-principal -u $spAppId -p "«azure_secret#sp-bootstrap»" --tenant $tenantId  ⟦S ps-az-login-secret⟧
az account set --subscription $subscriptionId

az group create -n rg-fernweh-prod -l westeurope
az group create -n rg-fernweh-shared -l westeurope
az keyvault create -n kv-fernweh-deploy -g rg-fernweh-shared --enable-rbac-authorization true

# secrets the pipeline reads through the variable group
az keyvault secret set --vault-name kv-fernweh-deploy -n sqlAdminPassword --value $env:SQL_ADMIN_PASSWORD  ⟦D ps-kv-set-env⟧
az keyvault secret set --vault-name kv-fernweh-deploy -n TeamsWebhookUrl --file .\teams-webhook.txt

Write-Host "Bootstrap done for subscription $subscriptionId"
