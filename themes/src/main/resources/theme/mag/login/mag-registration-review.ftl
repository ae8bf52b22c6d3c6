<#-- Registration wizard: Review and Submit. -->
<#import "template.ftl" as layout>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegReviewTitle")}
    <#elseif section = "form">
        <@reg.form id="mag-registration-review" step="magRegStepReview">
        <h2 class="pf-v5-c-title pf-m-md">${msg("magRegStepProfile")}</h2>
        <dl id="mag-review-profile" class="pf-v5-c-description-list pf-m-horizontal">
            <#list ["legalName", "street", "city", "region", "postalCode", "country", "phone", "website", "cageCode", "dunsNumber"] as f>
                <#if (magReg.profile[f]!'')?has_content>
                    <div class="pf-v5-c-description-list__group"><dt>${msg("magReg" + f?cap_first)}</dt><dd id="mag-review-${f}">${magReg.profile[f]}</dd></div>
                </#if>
            </#list>
            <div class="pf-v5-c-description-list__group"><dt>${msg("magRegContactEmail")}</dt><dd id="mag-review-contactEmail">${magReg.contactEmail}</dd></div>
        </dl>
        <h2 class="pf-v5-c-title pf-m-md">${msg("magRegStepOrgAdmin")}</h2>
        <p id="mag-review-org-admin"><@reg.personLine magReg.orgAdmin/></p>
        <h2 class="pf-v5-c-title pf-m-md">${msg("magRegStepAppAdmins")}</h2>
        <ul id="mag-review-app-admins">
            <#if magReg.orgAdminIsAppAdmin><li><@reg.personLine magReg.orgAdmin/></li></#if>
            <#list magReg.appAdmins as admin><li><@reg.personLine admin/></li></#list>
        </ul>
            <div class="${properties.kcFormGroupClass}">
                <div class="${properties.kcFormActionGroupClass} pf-v5-u-flex-nowrap">
                    <button class="${properties.kcButtonSecondaryClass}" type="submit" name="action" value="back" id="mag-back">${msg("magRegBack")}</button>
                    <button class="${properties.kcButtonPrimaryClass}" type="submit" name="action" value="submit" id="mag-submit">${msg("magRegSubmit")}</button>
                </div>
            </div>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
