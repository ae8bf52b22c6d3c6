<#-- One-page sign-in (authenticator mag-single-page-sign-in-form): username or email, and the
     password. Keycloak's login.ftl picks its username label from the realm's "login with email"
     switch, which this gateway must keep off (accounts share emails), hence this page. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "mag-register-organization.ftl" as registerOrganization>
<#import "mag-forgot-user-id-link.ftl" as forgotUserId>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password'); section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <@field.input name="username" label=msg("magUsernameOrEmail") error=messagesPerField.getFirstError('username','password')
                            value=(login.username)!'' autofocus=true autocomplete="username"/>
                        <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autocomplete="current-password">
                            <#if realm.rememberMe>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    <#else>
                        <@field.password name="password" label=msg("password") forgotPassword=realm.resetPasswordAllowed autofocus=true autocomplete="current-password"/>
                    </#if>
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
