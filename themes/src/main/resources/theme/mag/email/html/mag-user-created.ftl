<#-- To a user an Organization Administrator created (or whose instructions they resent). User data
     escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magUserCreatedGreeting", user.firstName!user.username)}</p>
<p id="mag-user-created-body">${msg("magUserCreatedBody", magUserCreated.organizationName, magUserCreated.administratorName)}</p>
<p id="mag-user-created-user-id">${msg("magUserCreatedUserId", magUserCreated.userId)}</p>
<p>${msg("magUserCreatedPassword", magUserCreated.administratorName)}</p>
<p><a id="mag-first-time-login" href="${magUserCreated.link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magUserCreatedLink")}</a></p>
<p id="mag-link-verifies">${msg("magUserCreatedLinkVerifies", magUserCreated.linkValidityDays)}</p>
</@layout.emailLayout>
