<#-- "Forgot User ID?" (authenticator mag-forgot-password-form): the User IDs registered to the
     address. User data is escaped by FreeMarker's HTML output format: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("magForgotUserIdGreeting")}</p>
<p>${msg("magForgotUserIdBody")}</p>
<ul id="mag-forgot-user-id-list">
<#list magUserIds as account>
    <li class="mag-user-id"><#if account.connectedChild>${msg("magForgotUserIdConnectedChild", account.userId)}<#else>${account.userId}</#if></li>
</#list>
</ul>
<p>${msg("magForgotUserIdIgnore")}</p>
</@layout.emailLayout>
