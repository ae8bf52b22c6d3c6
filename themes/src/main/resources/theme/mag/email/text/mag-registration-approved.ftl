<#ftl output_format="plainText">
${msg("magRegApprovedGreeting", user.firstName!user.username)}

${msg("magRegApprovedBody", magRegistration.organizationName)}

${msg("magRegApprovedUserId", magRegistration.userId)}

<#if magRegistration.existingAccount>${msg("magRegApprovedExistingAccount")}<#else>${msg("magRegApprovedPassword")}</#if>

${msg("magRegApprovedLinkText", magRegistration.link)}

${msg("magRegApprovedLinkVerifies", magRegistration.linkValidityDays)}
