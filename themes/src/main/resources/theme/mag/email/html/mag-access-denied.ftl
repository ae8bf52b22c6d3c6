<#-- To the requester after denial, with the reason. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magAccessGreeting", user.firstName!user.username)}</p>
<p id="mag-access-denied-body">${msg("magAccessDeniedBody", magAccess.application)}</p>
<p id="mag-access-denied-reason">${msg("magAccessDeniedReason", magAccess.reason)}</p>
<p><a id="mag-access-dashboard-link" href="${magAccess.link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magAccessDashboardLink")}</a></p>
</@layout.emailLayout>
