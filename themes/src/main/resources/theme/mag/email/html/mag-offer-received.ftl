<#-- To an Organization Administrator: a partner offers their organization one of its applications. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magOfferReceivedGreeting", user.firstName!user.username)}</p>
<p id="mag-offer-received-body">${msg("magOfferReceivedBody", magOffer.inviter, magOffer.partner, magOffer.organization, magOffer.application)}</p>
<p>${msg("magOfferReceivedDecide", magOffer.application)}</p>
<p><a id="mag-offer-link" href="${magOffer.link}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magOfferReceivedLink")}</a></p>
</@layout.emailLayout>
