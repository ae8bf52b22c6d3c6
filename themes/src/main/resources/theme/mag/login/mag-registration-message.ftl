<#-- A registration wizard page that only says something: invalid link, expired wizard, too many requests. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegTitle")}
    <#elseif section = "form">
        <p id="mag-registration-message" data-message="${magRegMessage}">${msg(magRegMessage)}</p>
    </#if>
</@layout.registrationLayout>
