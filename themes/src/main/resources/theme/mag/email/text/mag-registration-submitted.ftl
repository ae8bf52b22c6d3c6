<#ftl output_format="plainText">
${msg("magRegSubmittedGreeting", user.firstName!user.username)}

<#if magRegistration.application??>${msg("magRegSubmittedBodyPublic", magRegistration.organizationName, magRegistration.application, magRegistration.contactEmail!'')}<#else>${msg("magRegSubmittedBodyInvited", magRegistration.organizationName, magRegistration.contactEmail!'')}</#if>

${msg("magRegSubmittedReview")}
