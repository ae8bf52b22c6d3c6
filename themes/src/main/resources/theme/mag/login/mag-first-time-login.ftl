<#-- First Time Login (required action mag-first-time-login): OTP setup, required when an
     application shared with the user's organization requires OTP, otherwise offered. Application
     names are printed with FreeMarker's HTML auto-escaping: never add ?no_esc to them. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magFirstLoginTitle")}
    <#elseif section = "form">
        <div id="mag-first-login" data-otp-required="${magFirstLogin.otpRequired?c}">
            <p id="mag-first-login-intro">${msg("magFirstLoginIntro")}</p>
            <#if magFirstLogin.otpRequired>
                <p id="mag-first-login-otp-required">${msg("magFirstLoginOtpRequired")}</p>
                <ul id="mag-first-login-otp-applications" class="pf-v5-c-list pf-v5-u-mb-md">
                    <#list magFirstLogin.otpApplications as application>
                        <li class="mag-first-login-otp-application">${application}</li>
                    </#list>
                </ul>
                <p>${msg("magFirstLoginOtpRequiredHint")}</p>
            <#else>
                <p id="mag-first-login-otp-optional">${msg("magFirstLoginOtpOptional")}</p>
                <p>${msg("magFirstLoginOtpLaterHint")}</p>
            </#if>
            <form id="mag-first-login-form" action="${url.loginAction}" method="POST">
                <input type="hidden" name="formNonce" value="${magFirstLogin.formNonce}"/>
                <@buttons.actionGroup>
                    <@buttons.button id="mag-first-login-setup" name="operation" label="magFirstLoginSetUpNow" value="setup"/>
                    <#if !magFirstLogin.otpRequired>
                        <@buttons.button id="mag-first-login-not-now" name="operation" label="magFirstLoginNotNow" value="not-now" type="secondary"/>
                    </#if>
                </@buttons.actionGroup>
            </form>
            <#if magFirstLogin.emailChangeOffered>
                <form id="mag-first-login-email-form" action="${url.loginAction}" method="POST">
                    <input type="hidden" name="formNonce" value="${magFirstLogin.formNonce}"/>
                    <p id="mag-first-login-wrong-email">${msg("magFirstLoginWrongEmail")}</p>
                    <@buttons.actionGroup>
                        <@buttons.button id="mag-first-login-change-email" name="operation" label="magFirstLoginChangeEmail" value="change-email" type="secondary"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
