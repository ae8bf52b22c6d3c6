<#-- Registration wizard: confirmation after Submit. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegSubmittedTitle")}
    <#elseif section = "form">
        <div id="mag-registration-submitted" class="mag-wide-page" data-registration-id="${magReg.registrationId}">
            <p id="mag-submitted-review">${msg("magRegSubmittedReview", magReg.profile.legalName!'')}</p>
            <p id="mag-submitted-next">${msg("magRegSubmittedNext")}</p>
            <p id="mag-submitted-disclaimer">${msg("magRegSubmittedDisclaimer")}</p>
            <#-- Never a dead end: on to the partner's application, or to the sign-in page. -->
            <div class="${properties.kcFormGroupClass!}">
                <a id="mag-submitted-leave" class="${properties.kcButtonSecondaryClass!}" href="${magReg.wayOut.url}"><#if magReg.wayOut.application?has_content>${msg("magRegSubmittedGoToApplication", magReg.wayOut.application)}<#else>${msg("magRegSubmittedGoToSignIn")}</#if></a>
            </div>
        </div>
    </#if>
</@layout.registrationLayout>
