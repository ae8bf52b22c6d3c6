<#-- Registration wizard: Organization Administrator (a new person, the registrant, or an existing account). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("magRegOrgAdminTitle")}
    <#elseif section = "form">
        <@reg.form id="mag-registration-org-admin" step="magRegStepOrgAdmin">
            <p id="mag-org-admin-intro">${msg("magRegOrgAdminIntro")}</p>
            <div class="${properties.kcFormGroupClass}" role="radiogroup">
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" name="orgAdminMode" id="orgAdminModeNew" value="new" <#if magReg.orgAdminMode == "new">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="orgAdminModeNew">${msg("magRegOrgAdminNew")}</label>
                </div>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" name="orgAdminMode" id="orgAdminModeSelf" value="self" <#if magReg.orgAdminMode == "self">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="orgAdminModeSelf">${msg("magRegOrgAdminSelf", magReg.contactEmail)}</label>
                </div>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" name="orgAdminMode" id="orgAdminModeExisting" value="existing" <#if magReg.orgAdminMode == "existing">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="orgAdminModeExisting">${msg("magRegOrgAdminExisting")}</label>
                </div>
                <p class="${properties.kcInputHelperTextItemTextClass!}" id="mag-existing-help">${msg("magRegExistingHelp")}</p>
            </div>
            <@reg.person prefix="org-admin" values=magReg.orgAdmin/>
            <p id="mag-otp-handover">${msg("magRegOneTimePasswordHandover")}</p>
            <@reg.nav/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
