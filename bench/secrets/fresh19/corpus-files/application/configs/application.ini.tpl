; Zend Framework 1.12 part of Ordertrail: reports and PDF invoices (/reports, /invoices)
[production]
phpSettings.display_startup_errors = 0
phpSettings.display_errors = 0
phpSettings.date.timezone = "Europe/Berlin"
includePaths.library = APPLICATION_PATH "/../library"
bootstrap.path = APPLICATION_PATH "/Bootstrap.php"
bootstrap.class = "Bootstrap"
appnamespace = "Reports"
resources.frontController.controllerDirectory = APPLICATION_PATH "/controllers"
resources.frontController.params.displayExceptions = 0
resources.layout.layoutPath = APPLICATION_PATH "/layouts/scripts/"

resources.db.adapter = "PDO_MYSQL"
resources.db.params.host = "db1.ordertrail.local"
resources.db.params.username = "ot_reports"
resources.db.params.password = "«hpw#otreports»" ⟦S zend-db-pw⟧
resources.db.params.dbname = "ordertrail"
resources.db.params.charset = "utf8"
resources.db.isDefaultTableAdapter = true

resources.mail.transport.type = "smtp"
resources.mail.transport.host = "mail.ordertrail.de"
resources.mail.transport.auth = "login"
resources.mail.transport.username = "rechnung@ordertrail.de"
resources.mail.transport.password = "«weak#rechnung»" ⟦S zend-smtp-pw⟧
resources.mail.transport.ssl = "tls"
resources.mail.transport.port = 587
resources.mail.defaultFrom.email = "rechnung@ordertrail.de"
resources.mail.defaultFrom.name = "Ordertrail Rechnungsversand"

invoice.pdf.font = APPLICATION_PATH "/../data/fonts/DejaVuSans.ttf"
invoice.pdf.logo = APPLICATION_PATH "/../public/img/logo_invoice.png"

[staging : production]
resources.db.params.host = "db-staging.ordertrail.local"
resources.db.params.dbname = "ordertrail_staging"

[testing : production]
phpSettings.display_startup_errors = 1
phpSettings.display_errors = 1
resources.db.params.host = "127.0.0.1"
resources.db.params.username = "root"
resources.db.params.password = "" ⟦D zend-db-test-empty⟧
resources.db.params.dbname = "ordertrail_test"
resources.mail.transport.type = "file"

[development : production]
phpSettings.display_startup_errors = 1
phpSettings.display_errors = 1
resources.frontController.params.displayExceptions = 1
