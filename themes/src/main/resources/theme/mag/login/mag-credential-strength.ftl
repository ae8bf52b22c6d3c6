<#-- Credential strength of the current session (required action mag-credential-strength). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magCredentialStrengthTitle")}
    <#elseif section = "form">
        <p id="mag-credential-strength" data-strength="${magCredentialStrength}">
            ${msg("magCredentialStrengthIs")} <strong>${msg("magCredentialStrength." + magCredentialStrength)}</strong>
        </p>
        <p>${msg("magCredentialStrengthExplanation." + magCredentialStrength)}</p>
        <form action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-credential-strength-done" name="done" label="magCredentialStrengthDone"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
