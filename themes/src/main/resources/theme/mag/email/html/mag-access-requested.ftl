<#-- To an Application Administrator: a user of their organization requests access. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magAccessRequestedGreeting", user.firstName!user.username)}</p>
<p id="mag-access-requested-body">${msg("magAccessRequestedBody", magAccess.requesterName, magAccess.requesterUsername, magAccess.organization, magAccess.application)}</p>
<#if magAccess.note??><p id="mag-access-requested-note">${msg("magAccessRequestedNote", magAccess.note)}</p></#if>
<p>${msg("magAccessRequestedDecide", magAccess.application)}</p>
<p><a id="mag-access-requests-link" href="${magAccess.link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magAccessRequestedLink")}</a></p>
</@layout.emailLayout>
