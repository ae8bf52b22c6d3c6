<#-- To the partner: a supplier registered. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magRegSubmittedGreeting", user.firstName!user.username)}</p>
<p id="mag-reg-submitted-body"><#if magRegistration.application??>${msg("magRegSubmittedBodyPublic", magRegistration.organizationName, magRegistration.application, magRegistration.contactEmail!'')}<#else>${msg("magRegSubmittedBodyInvited", magRegistration.organizationName, magRegistration.contactEmail!'')}</#if></p>
<p>${msg("magRegSubmittedReview")}</p>
</@layout.emailLayout>
