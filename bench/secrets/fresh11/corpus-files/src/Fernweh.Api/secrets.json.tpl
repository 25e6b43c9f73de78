{
  "ConnectionStrings:Portal": "Server=sql-fernweh-dev.database.windows.net;Database=FernwehPortal_Dev;User Id=fernweh_dev;Pwd=«pwh#sql-dev»;Encrypt=True",  ⟦S usersecrets-sql-dev⟧
  "Amadeus:ApiKey": "«amadeus_key#prod»",  ⟦S usersecrets-amadeus-key⟧
  "Amadeus:ApiSecret": "«amadeus_secret#prod»",  ⟦S usersecrets-amadeus-secret⟧
  "ApplicationInsights:ConnectionString": "«ai_conn#dev»"  ⟦D usersecrets-ai⟧
}
