# Weekly accuracy report for Nordmart: wMAPE per category, bias, top misses. Knit to PDF and mail on Mondays.
library(DBI)
library(odbc)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  odbc::odbc(),
  Driver    = "SnowflakeDSIIDriver",
  Server    = "tw48213.eu-west-1.snowflakecomputing.com",
  UID       = Sys.getenv("SNOWFLAKE_UID"),
  PWD       = Sys.getenv("SNOWFLAKE_PWD"), ⟦D r-sysgetenv⟧
  Warehouse = "DEV_WH",
  Database  = "ANALYTICS"
)

acc <- dbGetQuery(con, "
  select category, week, sum(abs(p50 - actual)) / nullif(sum(actual), 0) as wmape,
         sum(p50 - actual) / nullif(sum(actual), 0) as bias
  from marts.forecast_accuracy
  where retailer_id = 'nordmart' and week >= dateadd(week, -12, current_date)
  group by 1, 2
")

ggplot(acc, aes(week, wmape, colour = category)) +
  geom_line() +
  labs(title = "Nordmart wMAPE by category (12 weeks)", y = "wMAPE") +
  theme_minimal()
ggsave("nordmart_wmape.pdf", width = 10, height = 5)
dbDisconnect(con)
