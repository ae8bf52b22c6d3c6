<#-- Step-up requirements not met (authenticator mag-otp-step-up-form): the application needs an
     active OTP credential, and the user has none, or its subscription expired. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magOtpRequiredTitle")}
    <#elseif section = "form">
        <div id="mag-otp-requirement" data-expired="${magOtpRequirement.expired?c}">
            <#if magOtpRequirement.expired>
                <p id="mag-otp-expired">${msg("magOtpSubscriptionExpired")}</p>
                <p>${msg("magOtpSubscriptionRenewHint")}</p>
            <#else>
                <p id="mag-otp-missing">${msg("magOtpRequiredMissing")}</p>
                <#if magOtpRequirement.offerSetup>
                    <p>${msg("magOtpRequiredSetupOffer")}</p>
                <#else>
                    <p id="mag-otp-denied">${msg("magOtpRequiredDenied")}</p>
                </#if>
            </#if>
            <#-- Always a way back: Cancel returns to the application (error=access_denied). -->
            <form id="mag-otp-setup-form" action="${url.loginAction}" method="POST">
                <@buttons.actionGroup>
                    <#if !magOtpRequirement.expired && magOtpRequirement.offerSetup>
                        <@buttons.button id="mag-setup-otp" name="mag-setup-otp" label="magSetUpOtpNow"/>
                    </#if>
                    <@buttons.button id="mag-otp-cancel" name="mag-otp-cancel" label="doCancel" type="secondary"/>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
