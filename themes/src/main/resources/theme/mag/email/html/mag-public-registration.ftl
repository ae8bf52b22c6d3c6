<#-- To a partner's Service Provider Administrators: an organization registered for their application open to public registration. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magPublicRegistrationGreeting", user.firstName!user.username)}</p>
<p id="mag-public-registration-body">${msg("magPublicRegistrationBody", magOffer.organization, magOffer.application, magOffer.decider)}</p>
<p>${msg("magPublicRegistrationNote")}</p>
</@layout.emailLayout>
