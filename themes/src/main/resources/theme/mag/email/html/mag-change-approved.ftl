<#-- To the requester and the user concerned after an operator approved a change request. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magChangeGreeting", user.firstName!user.username)}</p>
<p id="mag-change-approved-body">${msg("magChangeApprovedBody", msg(magChange.kindKey), magChange.organizationName)}</p>
<ul id="mag-change-values">
<#list magChange.values as value>
<li>${msg(value.labelKey)}: ${value.value}</li>
</#list>
</ul>
<#if magChange.kindKey == "magChangeKindEmail"><p id="mag-change-verify">${msg("magChangeApprovedVerifyEmail")}</p></#if>
</@layout.emailLayout>
