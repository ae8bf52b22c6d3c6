<#ftl output_format="plainText">
${msg("magUserCreatedGreeting", user.firstName!user.username)}

${msg("magUserCreatedBody", magUserCreated.organizationName, magUserCreated.administratorName)}

${msg("magUserCreatedUserId", magUserCreated.userId)}

${msg("magUserCreatedPassword", magUserCreated.administratorName)}

${msg("magUserCreatedLinkText", magUserCreated.link)}

${msg("magUserCreatedLinkVerifies", magUserCreated.linkValidityDays)}
