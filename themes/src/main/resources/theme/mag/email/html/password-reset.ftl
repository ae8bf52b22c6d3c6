<#-- Keycloak's password reset email (Send Reset Email, or mag-forgot-password-form when one address
     answers for several accounts), naming the account's User ID. User data is escaped by
     FreeMarker's HTML output format: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p id="mag-password-reset-greeting">${msg("magPasswordResetGreeting", user.firstName!user.username)}</p>
<p id="mag-password-reset-body">${msg("magPasswordResetBody", user.username)}</p>
<p><a id="mag-password-reset-link" href="${link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magPasswordResetLink")}</a></p>
<p id="mag-password-reset-expiry">${msg("magPasswordResetExpiry", linkExpirationFormatter(linkExpiration))}</p>
<p>${msg("magPasswordResetIgnore")}</p>
</@layout.emailLayout>
