param(
    [Parameter(Mandatory)] [string] $WebhookUrl,
    [Parameter(Mandatory)] [string] $Text,
    [string] $Title = "Fernweh Deployment"
)

$body = @{
    "@type"    = "MessageCard"
    "@context" = "https://schema.org/extensions"
    summary    = $Title
    themeColor = "0E6E8C"
    sections   = @(@{ activityTitle = $Title; text = $Text })
} | ConvertTo-Json -Depth 5

Invoke-RestMethod -Method Post -Uri $WebhookUrl -ContentType "application/json; charset=utf-8" -Body $body | Out-Null
