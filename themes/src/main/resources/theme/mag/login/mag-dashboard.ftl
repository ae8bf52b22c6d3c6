<#-- The MAG dashboard (required action mag-dashboard). Application and organization names are
     printed with FreeMarker's HTML auto-escaping: never add ?no_esc to them. The data-testid
     attributes are what the browser tests read. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magDashboardTitle")}
    <#elseif section = "form">
        <#assign board = magDashboard.dashboard>
        <div id="mag-dashboard" class="mag-wide-page">
            <section id="mag-dashboard-applications" class="pf-v5-u-mb-xl">
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magDashboardApplications")}</h2>
                <#if board.applications?has_content>
                    <ul class="mag-dashboard-list" aria-label="${msg("magDashboardApplications")}">
                        <#list board.applications as application>
                            <li class="mag-dashboard-row" data-testid="mag-dashboard-application" data-client-id="${application.clientId}">
                                <div class="mag-dashboard-what">
                                    <strong class="mag-dashboard-name">${application.name}</strong>
                                    <#if application.otpRequired>
                                        <span class="pf-v5-c-label pf-m-blue" data-testid="mag-dashboard-otp-required"><span class="pf-v5-c-label__content">${msg("magDashboardOtpRequired")}</span></span>
                                    </#if>
                                    <div class="mag-dashboard-organization">${application.organization}</div>
                                </div>
                                <div class="mag-dashboard-action">
                                    <#if application.launchUrl??>
                                        <a class="pf-v5-c-button pf-m-primary" href="${application.launchUrl}" data-testid="mag-dashboard-launch">${msg("magDashboardLaunch")}</a>
                                    <#else>
                                        <span data-testid="mag-dashboard-no-launch">${msg("magDashboardNoLaunchUrl")}</span>
                                    </#if>
                                </div>
                            </li>
                        </#list>
                    </ul>
                <#else>
                    <p id="mag-dashboard-no-applications">${msg("magDashboardNoApplications")}</p>
                </#if>
            </section>

            <#if board.requestable?has_content>
                <section id="mag-dashboard-requestable" class="pf-v5-u-mb-xl">
                    <h2 class="pf-v5-c-title pf-m-lg">${msg("magDashboardRequestable")}</h2>
                    <p>${msg("magDashboardRequestableIntro")}</p>
                    <#list board.requestable as application>
                        <div class="mag-dashboard-requestable pf-v5-u-mb-md" data-testid="mag-dashboard-requestable" data-client-id="${application.clientId}">
                            <p>
                                <strong>${application.name}</strong>
                                <#if application.otpRequired>
                                    <span class="pf-v5-c-label pf-m-blue pf-v5-u-ml-sm"><span class="pf-v5-c-label__content">${msg("magDashboardOtpRequired")}</span></span>
                                </#if>
                            </p>
                            <#if application.requested>
                                <p class="pf-v5-u-font-size-sm" data-testid="mag-dashboard-requested">${msg("magDashboardRequested")}</p>
                            <#else>
                                <form action="${url.loginAction}" method="POST">
                                    <input type="hidden" name="formNonce" value="${magDashboard.formNonce}"/>
                                    <input type="hidden" name="clientId" value="${application.clientId}"/>
                                    <div class="${properties.kcFormGroupClass!}">
                                        <label for="mag-dashboard-note-${application?index}" class="${properties.kcLabelClass!}">${msg("magAccessRequestNoteLabel")}</label>
                                        <input id="mag-dashboard-note-${application?index}" name="note" type="text" maxlength="500" class="${properties.kcInputClass!}"/>
                                    </div>
                                    <@buttons.actionGroup>
                                        <@buttons.button id="mag-dashboard-request-${application?index}" name="operation" label="magDashboardRequest" value="request" type="secondary"/>
                                    </@buttons.actionGroup>
                                </form>
                            </#if>
                        </div>
                    </#list>
                </section>
            </#if>

            <#if board.pending?has_content>
                <section id="mag-dashboard-pending" class="pf-v5-u-mb-xl">
                    <h2 class="pf-v5-c-title pf-m-lg">${msg("magDashboardPending")}</h2>
                    <ul class="mag-dashboard-list" aria-label="${msg("magDashboardPending")}">
                        <#list board.pending as request>
                            <li class="mag-dashboard-row" data-testid="mag-dashboard-pending" data-client-id="${request.clientId}">
                                <div class="mag-dashboard-what">${msg("magDashboardPendingItem", request.application)}</div>
                                <form class="mag-dashboard-action" action="${url.loginAction}" method="POST">
                                    <input type="hidden" name="formNonce" value="${magDashboard.formNonce}"/>
                                    <input type="hidden" name="requestId" value="${request.id}"/>
                                    <button id="mag-dashboard-withdraw-${request?index}" class="pf-v5-c-button pf-m-secondary" type="submit" name="operation" value="withdraw" data-testid="mag-dashboard-withdraw">${msg("magDashboardWithdraw")}</button>
                                </form>
                            </li>
                        </#list>
                    </ul>
                </section>
            </#if>

            <section id="mag-dashboard-two-factor" class="pf-v5-u-mb-xl">
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magDashboardTwoFactor")}</h2>
                <ul>
                    <li><a href="${magDashboard.elevateUrl}" data-testid="mag-dashboard-elevate">${msg("magDashboardElevate")}</a></li>
                    <li><a href="${magDashboard.credentialStrengthUrl}" data-testid="mag-dashboard-credential-strength">${msg("magDashboardCredentialStrength")}</a></li>
                    <li><a href="${magDashboard.manageOtpUrl}" data-testid="mag-dashboard-manage-otp">${msg("magDashboardManageOtp")}</a></li>
                </ul>
            </section>

            <form action="${url.loginAction}" method="POST">
                <@buttons.actionGroup>
                    <@buttons.button id="mag-dashboard-done" name="operation" label="magDashboardDone" value="done" type="secondary"/>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
