<#-- Refusal of an OTP setup (required action CONFIGURE_TOTP) in a session below the OTP level
     while the account has an active OTP credential: step up, then set up. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magOtpSetupStepUpTitle")}
    <#elseif section = "form">
        <div id="mag-otp-setup-step-up">
            <p id="mag-otp-setup-step-up-reason">${msg("magOtpSetupStepUpReason")}</p>
            <p id="mag-otp-setup-step-up-howto">${msg("magOtpSetupStepUpHowTo")}</p>
            <p id="mag-otp-setup-step-up-lost">${msg("magOtpSetupStepUpLostDevice")}</p>
            <#if isAppInitiatedAction??>
                <form id="mag-otp-setup-step-up-form" action="${url.loginAction}" method="POST">
                    <@buttons.actionGroup>
                        <@buttons.button id="mag-otp-setup-step-up-back" name="cancel-aia" label="magOtpDone" value="true" type="secondary"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
