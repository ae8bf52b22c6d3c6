<#-- "Forgot password" (authenticator mag-forgot-password-form, reset credentials flow): a User ID
     or an email address. Keycloak's login-reset-password.ftl labels the field from the realm's
     "login with email" switch, which this gateway keeps off, and pre-fills the name last typed at
     sign-in; this page does neither. The answer never says whether an account exists. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "mag-forgot-user-id-link.ftl" as forgotUserId>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username'); section>
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.input name="username" label=msg("magUsernameOrEmail") value=(login.username)!'' autofocus=true autocomplete="username"/>
            <@buttons.actionGroup>
                <@buttons.button id="kc-form-buttons" label="doSubmit"/>
                <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
        <@forgotUserId.link/>
    <#elseif section = "info">
        <span class="${properties.kcLoginMainFooterHelperText!}">${msg("magForgotPasswordInstruction")}</span>
    </#if>
</@layout.registrationLayout>
