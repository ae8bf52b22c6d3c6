<#ftl output_format="plainText">
${msg("magPasswordResetGreeting", user.firstName!user.username)}

${msg("magPasswordResetBody", user.username)}

${link}

${msg("magPasswordResetExpiry", linkExpirationFormatter(linkExpiration))}

${msg("magPasswordResetIgnore")}
