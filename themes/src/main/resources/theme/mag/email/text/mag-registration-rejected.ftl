<#ftl output_format="plainText">
${msg("magRegRejectedGreeting")}

${msg("magRegRejectedBody", magRegistration.organizationName)}

${msg("magRegRejectedReason", magRegistration.reason)}

${msg("magRegRejectedAgain")}
