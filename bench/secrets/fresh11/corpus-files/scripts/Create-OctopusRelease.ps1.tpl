# Creates and deploys a release of the legacy portal in Octopus (called by the on-prem build agent).
param(
    [Parameter(Mandatory)] [string] $Version,
    [string] $Environment = "Production"
)

$octopusUrl = "https://octopus.intern.fernweh-reisen.de"
$octopusApiKey = "«octopus#build-agent»"  ⟦S octopus-apikey⟧
$project = "Legacy AgentPortal"

octo create-release --project "$project" --version $Version --packageVersion $Version `
    --server $octopusUrl --apiKey $octopusApiKey `
    --deployTo $Environment --progress
