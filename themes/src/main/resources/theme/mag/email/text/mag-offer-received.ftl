<#ftl output_format="plainText">
${msg("magOfferReceivedGreeting", user.firstName!user.username)}

${msg("magOfferReceivedBody", magOffer.inviter, magOffer.partner, magOffer.organization, magOffer.application)}

${msg("magOfferReceivedDecide", magOffer.application)}

${msg("magOfferReceivedLink")}: ${magOffer.link}
