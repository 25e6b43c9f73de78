<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE struts PUBLIC
    "-//Apache Software Foundation//DTD Struts Configuration 2.3//EN"
    "http://struts.apache.org/dtds/struts-2.3.dtd">
<struts>
    <constant name="struts.devMode" value="false"/>
    <constant name="struts.custom.i18n.resources" value="ApplicationResources"/>
    <constant name="struts.enable.DynamicMethodInvocation" value="false"/>

    <package name="admin" extends="struts-default" namespace="/admin">
        <interceptors>
            <interceptor name="login" class="de.ordertrail.admin.LoginInterceptor"/>
            <interceptor-stack name="secured">
                <interceptor-ref name="login"/>
                <interceptor-ref name="tokenSession"/> ⟦D struts-token-interceptor⟧
                <interceptor-ref name="defaultStack">
                    <param name="params.excludeParams">dojo\..*,^struts\..*,password,passwordRepeat</param> ⟦D struts-exclude-password⟧
                </interceptor-ref>
            </interceptor-stack>
        </interceptors>
        <default-interceptor-ref name="secured"/>

        <global-results>
            <result name="login" type="redirectAction">login</result>
        </global-results>

        <action name="login" class="de.ordertrail.admin.LoginAction">
            <interceptor-ref name="defaultStack"/>
            <result name="input">/WEB-INF/jsp/login.jsp</result>
            <result type="redirectAction">customers</result>
        </action>
        <action name="customers" class="de.ordertrail.admin.CustomerAction">
            <result>/WEB-INF/jsp/customers.jsp</result>
        </action>
        <action name="pricelist-*" class="de.ordertrail.admin.PriceListAction" method="{1}">
            <result>/WEB-INF/jsp/pricelist.jsp</result>
        </action>
    </package>
</struts>
