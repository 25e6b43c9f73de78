* @bidstream/platform
/reporting-api/ @tobias-reuter
/ops/ @mara-lindqvist @priya-nair
/partners/ @priya-nair
