<#-- Registration wizard: Organization Administrator (a new person, or the registrant). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("magRegOrgAdminTitle")}
    <#elseif section = "form">
        <@reg.steps current="magRegStepOrgAdmin"/>
        <p id="mag-org-admin-intro">${msg("magRegOrgAdminIntro")}</p>
        <@reg.form id="mag-registration-org-admin">
            <div class="${properties.kcFormGroupClass}" role="radiogroup">
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" name="orgAdminMode" id="orgAdminModeNew" value="new" <#if magReg.orgAdminMode != "self">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="orgAdminModeNew">${msg("magRegOrgAdminNew")}</label>
                </div>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" name="orgAdminMode" id="orgAdminModeSelf" value="self" <#if magReg.orgAdminMode == "self">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="orgAdminModeSelf">${msg("magRegOrgAdminSelf", magReg.contactEmail)}</label>
                </div>
            </div>
            <@reg.person prefix="org-admin" values=magReg.orgAdmin/>
            <p id="mag-otp-handover">${msg("magRegOneTimePasswordHandover")}</p>
            <@reg.nav/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
