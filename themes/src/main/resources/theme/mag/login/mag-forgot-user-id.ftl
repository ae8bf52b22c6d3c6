<#-- "Forgot User ID?" (authenticator mag-forgot-password-form, reset credentials flow): an email
     address, answered by an email listing the User IDs registered to it. The answer on the page is
     the same whether or not any are. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('email'); section>
    <#if section = "header">
        ${msg("magForgotUserIdTitle")}
    <#elseif section = "form">
        <form id="mag-forgot-user-id-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="mag_recover" value="user-ids"/>
            <@field.input name="email" label=msg("email") value=(login.email)!'' autofocus=true autocomplete="email"/>
            <@buttons.actionGroup>
                <@buttons.button id="kc-form-buttons" label="doSubmit"/>
                <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <span class="${properties.kcLoginMainFooterHelperText!}">${msg("magForgotUserIdInstruction")}</span>
    </#if>
</@layout.registrationLayout>
