<#ftl output_format="plainText">
${msg("magAccessGreeting", user.firstName!user.username)}

${msg("magAccessGrantedBody", magAccess.application)}

${msg("magAccessDashboardLink")}: ${magAccess.link}
