<#-- Access Requests (required action mag-access-requests): an Application Administrator's queue.
     Names, applications and notes are printed with FreeMarker's HTML auto-escaping: never add
     ?no_esc to them. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magAccessQueueTitle")}
    <#elseif section = "form">
        <div id="mag-access-queue">
            <#if magQueue.requests?has_content>
                <p>${msg("magAccessQueueIntro")}</p>
                <#list magQueue.requests as request>
                    <div class="mag-access-queue-request pf-v5-u-mb-lg" data-request-id="${request.id}">
                        <p class="mag-access-queue-who">${msg("magAccessQueueWho", request.requester, request.username, request.organization, request.application)}</p>
                        <#if request.note??>
                            <p class="mag-access-queue-note">${msg("magAccessQueueNote", request.note)}</p>
                        </#if>
                        <form action="${url.loginAction}" method="POST">
                            <input type="hidden" name="formNonce" value="${magQueue.formNonce}"/>
                            <input type="hidden" name="requestId" value="${request.id}"/>
                            <div class="${properties.kcFormGroupClass!}">
                                <label for="mag-reason-${request?index}" class="${properties.kcLabelClass!}">${msg("magAccessQueueReasonLabel")}</label>
                                <input id="mag-reason-${request?index}" name="reason" type="text" maxlength="500" class="${properties.kcInputClass!}"/>
                            </div>
                            <@buttons.actionGroup>
                                <@buttons.button id="mag-approve-${request?index}" name="operation" label="magAccessQueueApprove" value="approve"/>
                                <@buttons.button id="mag-deny-${request?index}" name="operation" label="magAccessQueueDeny" value="deny" type="secondary"/>
                            </@buttons.actionGroup>
                        </form>
                    </div>
                </#list>
            <#else>
                <p id="mag-access-queue-empty">${msg("magAccessQueueEmpty")}</p>
            </#if>
            <form action="${url.loginAction}" method="POST">
                <@buttons.actionGroup>
                    <@buttons.button id="mag-access-queue-done" name="operation" label="magAccessQueueDone" value="done" type="secondary"/>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
