<#-- The license key asked before Keycloak's OTP setup page (required action CONFIGURE_TOTP, when
     the realm sells OTP credentials). The User ID is printed with FreeMarker's HTML
     auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout displayMessage=!messagesPerField.existsError('licenseKey'); section>
    <#if section = "header">
        ${msg("magOtpSetupLicenseTitle")}
    <#elseif section = "form">
        <div id="mag-otp-setup-license">
            <p id="mag-otp-setup-license-intro">${msg("magOtpSetupLicenseIntro")}</p>
            <form id="mag-otp-setup-license-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                <div class="${properties.kcFormGroupClass!}">
                    <label for="mag-otp-setup-license-key" class="${properties.kcFormLabelClass!}">${msg("magOtpLicenseKey")}</label>
                    <span class="${properties.kcInputClass!}">
                        <input id="mag-otp-setup-license-key" name="licenseKey" type="text" autocomplete="off" spellcheck="false"
                               aria-invalid="<#if messagesPerField.existsError('licenseKey')>true</#if>"/>
                    </span>
                    <#if messagesPerField.existsError('licenseKey')>
                        <span id="input-error-license-key" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${messagesPerField.get('licenseKey')}</span>
                    </#if>
                </div>
                <p id="mag-otp-setup-license-howto">${msg("magOtpSetupLicenseHowToObtain", magOtpSetup.username)}</p>
                <@buttons.actionGroup>
                    <@buttons.button id="mag-otp-setup-license-submit" name="mag-otp-license-submit" label="magOtpSetupLicenseContinue" value="true"/>
                    <#if isAppInitiatedAction??>
                        <@buttons.button id="mag-otp-setup-cancel" name="cancel-aia" label="doCancel" value="true" type="secondary"/>
                    </#if>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
