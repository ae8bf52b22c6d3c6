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
                    <form id="mag-otp-setup-form" action="${url.loginAction}" method="POST">
                        <@buttons.actionGroup>
                            <@buttons.button id="mag-setup-otp" name="mag-setup-otp" label="magSetUpOtpNow"/>
                        </@buttons.actionGroup>
                    </form>
                <#else>
                    <p id="mag-otp-denied">${msg("magOtpRequiredDenied")}</p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
