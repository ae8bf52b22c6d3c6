<#-- To the requester after denial, with the reason. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magAccessGreeting", user.firstName!user.username)}</p>
<p id="mag-access-denied-body">${msg("magAccessDeniedBody", magAccess.application)}</p>
<p id="mag-access-denied-reason">${msg("magAccessDeniedReason", magAccess.reason)}</p>
</@layout.emailLayout>
