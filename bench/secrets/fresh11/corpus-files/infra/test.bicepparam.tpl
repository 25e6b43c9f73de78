using 'main.bicep'

param env = 'test'
param sqlAdminLogin = 'fernwehadmin'
param sqlAdminPassword = readEnvironmentVariable('SQL_ADMIN_PASSWORD')  ⟦D bicepparam-envread⟧
param sqlAadAdminObjectId = '«guid#sql-aad-admins»'
