<#ftl output_format="plainText">
${msg("magAccessGreeting", user.firstName!user.username)}

${msg("magAccessDeniedBody", magAccess.application)}

${msg("magAccessDeniedReason", magAccess.reason)}

${msg("magAccessDashboardLink")}: ${magAccess.link}
