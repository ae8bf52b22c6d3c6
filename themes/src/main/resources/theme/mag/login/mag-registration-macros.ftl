<#-- Shared parts of the registration wizard pages (mag-registration-*.ftl). All user data is
     printed with FreeMarker's HTML auto-escaping: never add ?no_esc to it. -->
<#import "field.ftl" as field>
<#-- A wizard page's form; with step, PatternFly's progress stepper on top. The first submit
     button in tree order is an invisible Next, so that Enter in a field means Next, not a step
     link or Back. -->
<#macro form id step="">
    <form id="${id}" class="${properties.kcFormClass!} mag-wide-page" action="${url.loginAction}" method="post" novalidate>
        <input type="hidden" name="formNonce" value="${formNonce!''}"/>
        <#if step?has_content>
            <button type="submit" name="action" value="next" class="mag-default-action" tabindex="-1" aria-hidden="true"></button>
            <@steps current=step/>
        </#if>
        <#if magReg.hasGlobalError && message?has_content>
            <div id="mag-registration-error" class="pf-v5-c-alert pf-m-danger pf-m-inline" role="alert">
                <p class="pf-v5-c-alert__title">${message.summary}</p>
            </div>
        </#if>
        <#nested>
    </form>
</#macro>

<#-- PatternFly's progress stepper: completed steps are links back (they submit the page's form,
     keeping what was typed, as Back does), the current step is marked, later steps are pending. -->
<#macro steps current>
    <#local stepList = [["magRegStepProfile", "PROFILE"], ["magRegStepOrgAdmin", "ORG_ADMIN"], ["magRegStepAppAdmins", "APP_ADMINS"], ["magRegStepReview", "REVIEW"]]>
    <#local currentIndex = 0>
    <#list stepList as step><#if step[0] == current><#local currentIndex = step?index></#if></#list>
    <ol id="mag-registration-steps" class="pf-v5-c-progress-stepper pf-m-center mag-registration-steps" aria-label="${msg("magRegStepsLabel")}">
        <#list stepList as step>
            <#if step?index lt currentIndex>
                <li class="pf-v5-c-progress-stepper__step pf-m-success" data-step="${step[1]}">
                    <div class="pf-v5-c-progress-stepper__step-connector"><span class="pf-v5-c-progress-stepper__step-icon">&#10003;</span></div>
                    <div class="pf-v5-c-progress-stepper__step-main">
                        <div class="pf-v5-c-progress-stepper__step-title">
                            <button type="submit" name="action" value="goto-${step[1]}" formnovalidate class="pf-v5-c-button pf-m-link pf-m-inline mag-step-link" id="mag-step-${step[1]}">${msg(step[0])}</button>
                        </div>
                    </div>
                </li>
            <#elseif step?index == currentIndex>
                <li class="pf-v5-c-progress-stepper__step pf-m-current pf-m-info" aria-current="step" data-step="${step[1]}">
                    <div class="pf-v5-c-progress-stepper__step-connector"><span class="pf-v5-c-progress-stepper__step-icon">${step?counter}</span></div>
                    <div class="pf-v5-c-progress-stepper__step-main"><div class="pf-v5-c-progress-stepper__step-title">${msg(step[0])}</div></div>
                </li>
            <#else>
                <li class="pf-v5-c-progress-stepper__step pf-m-pending" data-step="${step[1]}">
                    <div class="pf-v5-c-progress-stepper__step-connector"><span class="pf-v5-c-progress-stepper__step-icon">${step?counter}</span></div>
                    <div class="pf-v5-c-progress-stepper__step-main"><div class="pf-v5-c-progress-stepper__step-title">${msg(step[0])}</div></div>
                </li>
            </#if>
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
