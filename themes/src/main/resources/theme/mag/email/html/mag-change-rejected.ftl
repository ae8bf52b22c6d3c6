<#-- To the requester and the user concerned after an operator rejected a change request. User data escaped by FreeMarker: never ?no_esc. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magChangeGreeting", user.firstName!user.username)}</p>
<p id="mag-change-rejected-body">${msg("magChangeRejectedBody", msg(magChange.kindKey), magChange.organizationName)}</p>
<ul id="mag-change-values">
<#list magChange.values as value>
<li>${msg(value.labelKey)}: ${value.value}</li>
</#list>
</ul>
<p id="mag-change-rejected-reason">${msg("magChangeRejectedReason", magChange.reason)}</p>
</@layout.emailLayout>
