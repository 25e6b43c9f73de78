# Creates and deploys a release of the legacy portal in Octopus (called by the on-prem build agent).
# OCTOPUS_API_KEY is set on the agent (service account "svc-build", see Octopus → Users).
param(
    [Parameter(Mandatory)] [string] $Version,
    [string] $Environment = "Production"
)

$octopusUrl = "https://octopus.intern.fernweh-reisen.de"
$octopusApiKey = $env:OCTOPUS_API_KEY  ⟦D octopus-envread⟧
if (-not $octopusApiKey) { throw "OCTOPUS_API_KEY is not set" }
$project = "Legacy AgentPortal"

octo create-release --project "$project" --version $Version --packageVersion $Version `
    --server $octopusUrl --apiKey $octopusApiKey `
    --deployTo $Environment --progress
