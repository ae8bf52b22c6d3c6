<#-- Manage OTP (required action mag-manage-otp). All user data below is printed with FreeMarker's
     HTML auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "mag-i18n.ftl" as i18n>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magManageOtpTitle")}
    <#elseif section = "form">
        <p id="mag-otp-intro" class="${properties.kcContentWrapperClass!}">${msg("magManageOtpIntro")}</p>

        <#if magOtp.empty>
            <div id="mag-otp-none">
                <p class="pf-v5-u-mb-md">${msg("magOtpNoCredential")}</p>
                <form id="mag-otp-register-form" action="${url.loginAction}" method="POST">
                    <input type="hidden" name="formNonce" value="${magOtp.formNonce}"/>
                    <@buttons.actionGroup>
                        <@buttons.button id="mag-otp-register" name="operation" label="magOtpPurchaseOrRegister" value="setup"/>
                    </@buttons.actionGroup>
                </form>
            </div>
        <#else>
            <ul id="mag-otp-credentials" class="pf-v5-c-list pf-m-plain pf-v5-u-mb-md">
                <#list magOtp.credentials as credential>
                    <li class="mag-otp-credential pf-v5-u-mb-lg" id="mag-otp-credential-${credential?index}" data-credential-id="${credential.id}" data-status="${credential.status}">
                        <h2 class="pf-v5-c-title pf-m-md mag-otp-label">${credential.label!msg("magOtpUnnamedCredential")}</h2>
                        <#if credential.activatedOn??>
                            <p class="mag-otp-dates">
                                <span class="mag-otp-activated" data-date="${credential.activatedOn}">${msg("magOtpActivatedOn", i18n.day(credential.activatedOn))}</span><br/>
                                <span class="mag-otp-expires" data-date="${credential.expiresOn}">${msg("magOtpExpiresOn", i18n.day(credential.expiresOn))}</span>
                            </p>
                        </#if>
                        <p class="mag-otp-status">${msg("magOtpStatus" + credential.status, i18n.day(credential.expiresOn!""), i18n.day(credential.renewalClosesOn!""))}</p>
                        <#if credential.renewable>
                            <form class="${properties.kcFormClass!} mag-otp-renew-form" action="${url.loginAction}" method="POST">
                                <input type="hidden" name="formNonce" value="${magOtp.formNonce}"/>
                                <input type="hidden" name="credentialId" value="${credential.id}"/>
                                <div class="${properties.kcFormGroupClass!}">
                                    <label for="mag-otp-license-key-${credential?index}" class="${properties.kcFormLabelClass!}">${msg("magOtpLicenseKey")}</label>
                                    <span class="${properties.kcInputClass!}">
                                        <input id="mag-otp-license-key-${credential?index}" name="licenseKey" type="text" autocomplete="off" spellcheck="false"/>
                                    </span>
                                </div>
                                <@buttons.actionGroup>
                                    <@buttons.button id="mag-otp-renew-${credential?index}" name="operation" label="magOtpRenew" value="renew"/>
                                </@buttons.actionGroup>
                            </form>
                        <#elseif credential.lapsed>
                            <form class="mag-otp-setup-form" action="${url.loginAction}" method="POST">
                                <input type="hidden" name="formNonce" value="${magOtp.formNonce}"/>
                                <@buttons.actionGroup>
                                    <@buttons.button id="mag-otp-setup-${credential?index}" name="operation" label="magOtpSetUpNew" value="setup"/>
                                </@buttons.actionGroup>
                            </form>
                        </#if>
                    </li>
                </#list>
            </ul>
        </#if>

        <form id="mag-otp-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-otp-done" name="operation" label="magOtpDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
