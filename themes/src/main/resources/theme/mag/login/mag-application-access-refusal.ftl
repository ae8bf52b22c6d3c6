<#-- Refusal of a sign-in to a partner application (required action mag-application-access-refusal).
     Application, partner and note are printed with FreeMarker's HTML auto-escaping: never add
     ?no_esc to them. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magAccessRefusedTitle")}
    <#elseif section = "form">
        <div id="mag-access-refusal" data-refusal="${magAccess.refusal}">
            <#if magAccess.refusal = "not_subscribed">
                <p id="mag-access-not-subscribed">${msg("magAccessNotSubscribed", magAccess.application)}</p>
                <#if magAccess.partner??>
                    <p id="mag-access-contact-partner">${msg("magAccessContactPartner", magAccess.partner)}</p>
                </#if>
            <#else>
                <p id="mag-access-no-access">${msg("magAccessNoAccessYet", magAccess.application)}</p>
                <#if magAccess.requestPending>
                    <p id="mag-access-request-pending">${msg("magAccessRequestPendingHint")}</p>
                    <#if magAccess.formNonce??>
                        <form id="mag-access-withdraw-form" action="${url.loginAction}" method="POST">
                            <input type="hidden" name="formNonce" value="${magAccess.formNonce}"/>
                            <input type="hidden" name="requestId" value="${magAccess.pendingRequestId}"/>
                            <@buttons.actionGroup>
                                <@buttons.button id="mag-access-withdraw" name="operation" label="magAccessWithdrawButton" value="withdraw" type="secondary"/>
                            </@buttons.actionGroup>
                        </form>
                    </#if>
                <#elseif magAccess.formNonce??>
                    <form id="mag-access-request-form" action="${url.loginAction}" method="POST">
                        <input type="hidden" name="formNonce" value="${magAccess.formNonce}"/>
                        <div class="${properties.kcFormGroupClass!}">
                            <label for="mag-access-note" class="${properties.kcLabelClass!}">${msg("magAccessRequestNoteLabel")}</label>
                            <textarea id="mag-access-note" name="note" maxlength="500" rows="3" class="${properties.kcInputClass!}"></textarea>
                        </div>
                        <@buttons.actionGroup>
                            <@buttons.button id="mag-access-request" name="operation" label="magAccessRequestButton" value="request"/>
                        </@buttons.actionGroup>
                    </form>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
