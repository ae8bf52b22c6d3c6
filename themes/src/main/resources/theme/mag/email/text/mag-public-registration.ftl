<#ftl output_format="plainText">
${msg("magPublicRegistrationGreeting", user.firstName!user.username)}

${msg("magPublicRegistrationBody", magOffer.organization, magOffer.application, magOffer.decider)}

${msg("magPublicRegistrationNote")}
