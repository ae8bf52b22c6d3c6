<#-- To the partner's Service Provider Administrator who offered an application: the organization accepted or declined. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magOfferAnsweredGreeting", user.firstName!user.username)}</p>
<#if magOffer.accepted>
<p id="mag-offer-answered-body">${msg("magOfferAcceptedBody", magOffer.organization, magOffer.application, magOffer.decider)}</p>
<#else>
<p id="mag-offer-answered-body">${msg("magOfferDeclinedBody", magOffer.organization, magOffer.application, magOffer.decider)}</p>
<#if magOffer.reason??><p id="mag-offer-answered-reason">${msg("magOfferDeclinedReason", magOffer.reason)}</p></#if>
</#if>
</@layout.emailLayout>
