<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://java.sun.com/xml/ns/javaee" version="2.5">
    <display-name>Ordertrail Admin</display-name>

    <context-param>
        <param-name>ldap.url</param-name>
        <param-value>ldap://dc1.ordertrail.local:389/DC=ordertrail,DC=local</param-value>
    </context-param>
    <context-param>
        <param-name>ldap.bindDn</param-name>
        <param-value>CN=svc-otadmin,OU=Service,DC=ordertrail,DC=local</param-value>
    </context-param>
    <context-param>
        <param-name>ldap.bindPassword</param-name>
        <param-value>«hpw#ldapbind»</param-value> ⟦S webxml-ldap-pw⟧
    </context-param>

    <filter>
        <filter-name>struts2</filter-name>
        <filter-class>org.apache.struts2.dispatcher.ng.filter.StrutsPrepareAndExecuteFilter</filter-class>
    </filter>
    <filter-mapping>
        <filter-name>struts2</filter-name>
        <url-pattern>/*</url-pattern>
    </filter-mapping>

    <session-config>
        <session-timeout>30</session-timeout>
        <cookie-config><http-only>true</http-only><secure>true</secure></cookie-config>
    </session-config>
    <welcome-file-list>
        <welcome-file>index.jsp</welcome-file>
    </welcome-file-list>
</web-app>
