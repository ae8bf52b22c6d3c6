<#ftl output_format="plainText">
${msg("magForgotUserIdGreeting")}

${msg("magForgotUserIdBody")}
<#list magUserIds as account>
- <#if account.connectedChild>${msg("magForgotUserIdConnectedChild", account.userId)}<#else>${account.userId}</#if>
</#list>

${msg("magForgotUserIdIgnore")}
