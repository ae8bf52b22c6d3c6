<#ftl output_format="plainText">
${msg("magChangeGreeting", user.firstName!user.username)}

${msg("magChangeApprovedBody", msg(magChange.kindKey), magChange.organizationName)}

<#list magChange.values as value>
- ${msg(value.labelKey)}: ${value.value}
</#list>
<#if magChange.kindKey == "magChangeKindEmail">

${msg("magChangeApprovedVerifyEmail")}
</#if>
