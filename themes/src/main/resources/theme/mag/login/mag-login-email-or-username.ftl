<#-- First sign-in page of the mag browser flow (authenticator mag-email-or-username-form): a
     username or an email address. Keycloak's login-username.ftl picks its label from the realm's
     "login with email" switch, which this gateway must keep off (accounts share emails). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "mag-register-organization.ftl" as registerOrganization>
<#import "mag-forgot-user-id-link.ftl" as forgotUserId>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username'); section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post">
                    <div class="${properties.kcFormGroupClass!}">
                        <@field.input name="username" label=msg("magUsernameOrEmail") value=(login.username)!'' autofocus=true autocomplete="username"/>
                    </div>
                    <@buttons.loginButton/>
                </form>
                <@forgotUserId.link/>
                <@registerOrganization.link/>
            </div>
        </div>
    <#elseif section = "socialProviders">
        <#if realm.password && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        </#if>
    </#if>
</@layout.registrationLayout>
