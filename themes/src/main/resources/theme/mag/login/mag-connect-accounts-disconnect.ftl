<#-- Confirmation before a child account is disconnected (required action mag-connect-accounts). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magDisconnectTitle")}
    <#elseif section = "form">
        <p id="mag-disconnect-text" class="${properties.kcContentWrapperClass!}">${msg("magDisconnectExplanation", magConnect.pendingDisconnect.username)}</p>
        <p id="mag-disconnect-question" class="${properties.kcContentWrapperClass!}"><strong>${msg("magDisconnectQuestion")}</strong></p>
        <form id="mag-disconnect-form" action="${url.loginAction}" method="POST">
            <input type="hidden" name="formNonce" value="${magConnect.formNonce}"/>
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="mag-confirm-disconnect" name="operation" label="magDisconnectConfirm" value="confirm-disconnect"/>
                <@buttons.button id="mag-cancel-disconnect" name="operation" label="magDisconnectCancel" value="cancel-disconnect" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
