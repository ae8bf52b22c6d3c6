<#-- Registration wizard: confirmation after Submit. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegSubmittedTitle")}
    <#elseif section = "form">
        <div id="mag-registration-submitted" data-registration-id="${magReg.registrationId}">
            <p id="mag-submitted-review">${msg("magRegSubmittedReview", magReg.profile.legalName!'')}</p>
            <p id="mag-submitted-next">${msg("magRegSubmittedNext")}</p>
            <p id="mag-submitted-disclaimer">${msg("magRegSubmittedDisclaimer")}</p>
        </div>
    </#if>
</@layout.registrationLayout>
