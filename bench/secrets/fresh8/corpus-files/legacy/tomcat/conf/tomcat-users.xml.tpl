<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
<!--
  <role rolename="tomcat"/>
  <role rolename="role1"/>
  <user username="tomcat" password="<must-be-changed>" roles="tomcat"/>   ⟦D tc-sample⟧
  <user username="both" password="<must-be-changed>" roles="tomcat,role1"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="admin" password="«weak#tomcat-admin-v1»" roles="manager-gui"/>   ⟦S tc-admin-v1⟧
  <user username="jenkins-deploy" password="«pwu#tomcat-deploy»" roles="manager-script"/>   ⟦S tc-deploy⟧
</tomcat-users>
