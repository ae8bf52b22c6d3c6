<#ftl output_format="plainText">
${msg("magAccessRequestedGreeting", user.firstName!user.username)}

${msg("magAccessRequestedBody", magAccess.requesterName, magAccess.requesterUsername, magAccess.organization, magAccess.application)}
<#if magAccess.note??>

${msg("magAccessRequestedNote", magAccess.note)}
</#if>

${msg("magAccessRequestedDecide", magAccess.application)}

${msg("magAccessRequestedLink")}: ${magAccess.link}
