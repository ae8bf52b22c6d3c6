<#-- To the requester after approval. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magAccessGreeting", user.firstName!user.username)}</p>
<p id="mag-access-granted-body">${msg("magAccessGrantedBody", magAccess.application)}</p>
</@layout.emailLayout>
