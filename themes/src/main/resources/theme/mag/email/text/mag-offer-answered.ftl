<#ftl output_format="plainText">
${msg("magOfferAnsweredGreeting", user.firstName!user.username)}

<#if magOffer.accepted>
${msg("magOfferAcceptedBody", magOffer.organization, magOffer.application, magOffer.decider)}
<#else>
${msg("magOfferDeclinedBody", magOffer.organization, magOffer.application, magOffer.decider)}
<#if magOffer.reason??>

${msg("magOfferDeclinedReason", magOffer.reason)}
</#if>
</#if>
