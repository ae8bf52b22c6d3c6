<#-- To the registrant's contact email after rejection. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magRegRejectedGreeting")}</p>
<p id="mag-reg-rejected-body">${msg("magRegRejectedBody", magRegistration.organizationName)}</p>
<p id="mag-reg-rejected-reason">${msg("magRegRejectedReason", magRegistration.reason)}</p>
<p>${msg("magRegRejectedAgain")}</p>
</@layout.emailLayout>
