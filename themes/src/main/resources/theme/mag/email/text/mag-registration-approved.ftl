<#ftl output_format="plainText">
${msg("magRegApprovedGreeting", user.firstName!user.username)}

${msg("magRegApprovedBody", magRegistration.organizationName)}

${msg("magRegApprovedUserId", magRegistration.userId)}

${msg("magRegApprovedPassword")}

${msg("magRegApprovedLinkText", magRegistration.link)}
