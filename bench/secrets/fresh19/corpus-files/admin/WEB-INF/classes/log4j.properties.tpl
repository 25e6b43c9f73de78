log4j.rootLogger=INFO, file, mail

log4j.appender.file=org.apache.log4j.DailyRollingFileAppender
log4j.appender.file.File=${catalina.base}/logs/ordertrail-admin.log ⟦D log4j-catalina-var⟧
log4j.appender.file.DatePattern='.'yyyy-MM-dd
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c{1} - %m%n

# errors by mail to the tech team
log4j.appender.mail=org.apache.log4j.net.SMTPAppender
log4j.appender.mail.Threshold=ERROR
log4j.appender.mail.SMTPHost=mail.ordertrail.de
log4j.appender.mail.SMTPPort=587
log4j.appender.mail.SMTPUsername=admin-alerts@ordertrail.de
log4j.appender.mail.SMTPPassword=«weak#alerts» ⟦S log4j-smtp-pw⟧
log4j.appender.mail.From=admin-alerts@ordertrail.de
log4j.appender.mail.To=technik@ordertrail.de
log4j.appender.mail.Subject=[Ordertrail Admin] Fehler
log4j.appender.mail.layout=org.apache.log4j.PatternLayout
log4j.appender.mail.layout.ConversionPattern=%d %-5p %c - %m%n

log4j.logger.org.hibernate=WARN
log4j.logger.com.opensymphony.xwork2=WARN
