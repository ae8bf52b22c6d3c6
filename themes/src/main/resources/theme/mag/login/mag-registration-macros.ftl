<#-- Shared parts of the registration wizard pages (mag-registration-*.ftl). All user data is
     printed with FreeMarker's HTML auto-escaping: never add ?no_esc to it. -->
<#import "field.ftl" as field>
<#macro form id>
    <#if magReg.hasGlobalError && message?has_content>
        <div id="mag-registration-error" class="pf-v5-c-alert pf-m-danger pf-m-inline" role="alert">
            <p class="pf-v5-c-alert__title">${message.summary}</p>
        </div>
    </#if>
    <form id="${id}" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
        <input type="hidden" name="formNonce" value="${formNonce!''}"/>
        <#nested>
    </form>
</#macro>

<#macro steps current>
    <#assign names = ["magRegStepProfile", "magRegStepOrgAdmin", "magRegStepAppAdmins", "magRegStepReview"]>
    <ol id="mag-registration-steps" class="mag-registration-steps">
        <#list names as name>
            <li<#if name == current> aria-current="step" class="mag-current"</#if>>${msg(name)}</li>
        </#list>
    </ol>
</#macro>

<#macro nav next="magRegNext" back=true>
    <div class="${properties.kcFormGroupClass}">
        <div class="${properties.kcFormActionGroupClass} pf-v5-u-flex-nowrap">
            <#if back>
                <button class="${properties.kcButtonSecondaryClass}" type="submit" name="action" value="back" id="mag-back" formnovalidate>${msg("magRegBack")}</button>
            </#if>
            <button class="${properties.kcButtonPrimaryClass}" type="submit" name="action" value="next" id="mag-next">${msg(next)}</button>
        </div>
    </div>
</#macro>

<#macro person prefix values showEmail=true>
    <@field.input name="firstName" label=msg("magRegFirstName") value=values.firstName required=true autocomplete="off"/>
    <@field.input name="lastName" label=msg("magRegLastName") value=values.lastName required=true autocomplete="off"/>
    <#if showEmail>
        <@field.input name="email" label=msg("magRegEmail") value=values.email required=true autocomplete="off"/>
    </#if>
    <@field.input name="username" label=msg("magRegUsername") value=values.username required=true autocomplete="off"/>
    <@field.password name="password" label=msg("magRegOneTimePassword") required=!values.hasPassword autocomplete="new-password">
        <div class="${properties.kcInputHelperTextItemClass}"><span class="${properties.kcInputHelperTextItemTextClass}" id="mag-${prefix}-password-help"><#if values.hasPassword>${msg("magRegOneTimePasswordKept")}<#else>${msg("magRegOneTimePasswordHelp")}</#if></span></div>
    </@field.password>
    <@field.password name="passwordConfirm" label=msg("magRegOneTimePasswordConfirm") required=!values.hasPassword autocomplete="new-password"/>
</#macro>

<#-- One designated administrator: a new person, or an existing account named by User ID and email. -->
<#macro personLine who><#if who.existing>${msg("magRegExistingLine", who.username, who.email)}<#else>${msg("magRegPersonLine", who.firstName, who.lastName, who.username, who.email)}</#if></#macro>
