<#-- To each designated administrator after approval. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magRegApprovedGreeting", user.firstName!user.username)}</p>
<p id="mag-reg-approved-body">${msg("magRegApprovedBody", magRegistration.organizationName)}</p>
<p id="mag-reg-approved-user-id">${msg("magRegApprovedUserId", magRegistration.userId)}</p>
<p><#if magRegistration.existingAccount>${msg("magRegApprovedExistingAccount")}<#else>${msg("magRegApprovedPassword")}</#if></p>
<p><a id="mag-first-time-login" href="${magRegistration.link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magRegApprovedLink")}</a></p>
<p id="mag-link-verifies">${msg("magRegApprovedLinkVerifies", magRegistration.linkValidityDays)}</p>
</@layout.emailLayout>
