<#ftl output_format="plainText">
${msg("magChangeGreeting", user.firstName!user.username)}

${msg("magChangeRejectedBody", msg(magChange.kindKey), magChange.organizationName)}

<#list magChange.values as value>
- ${msg(value.labelKey)}: ${value.value}
</#list>

${msg("magChangeRejectedReason", magChange.reason)}
