<#-- Registration wizard: Application Administrator(s): the organization administrator, new people, existing accounts. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegAppAdminsTitle")}
    <#elseif section = "form">
        <@reg.form id="mag-registration-app-admins" step="magRegStepAppAdmins">
            <p id="mag-app-admins-intro">${msg("magRegAppAdminsIntro")}</p>
            <div class="${properties.kcFormGroupClass}">
                <label class="pf-v5-c-check" for="orgAdminIsAppAdmin">
                    <input class="pf-v5-c-check__input" type="checkbox" name="orgAdminIsAppAdmin" id="orgAdminIsAppAdmin" value="on" <#if magReg.orgAdminIsAppAdmin>checked</#if>/>
                    <span class="pf-v5-c-check__label"><#if magReg.orgAdmin.existing>${msg("magRegSelectExistingAccount", magReg.orgAdmin.username)}<#else>${msg("magRegSelectExisting", magReg.orgAdmin.firstName, magReg.orgAdmin.lastName, magReg.orgAdmin.username)}</#if></span>
                </label>
                <#if messagesPerField.existsError('orgAdminIsAppAdmin')>
                    <div class="${properties.kcInputErrorMessageClass}" id="input-error-orgAdminIsAppAdmin">${kcSanitize(messagesPerField.get('orgAdminIsAppAdmin'))}</div>
                </#if>
            </div>
            <#if magReg.appAdmins?has_content>
                <ul id="mag-app-admins" class="pf-v5-c-list pf-m-plain">
                    <#list magReg.appAdmins as admin>
                        <li class="mag-app-admin" data-username="${admin.username}">
                            <#if admin.existing>${msg("magRegExistingLine", admin.username, admin.email)}<#else>${msg("magRegPersonLine", admin.firstName, admin.lastName, admin.username, admin.email)}</#if>
                            <button class="${properties.kcButtonSecondaryClass}" type="submit" name="action" value="remove" formnovalidate
                                    onclick="this.form.removeIndex.value='${admin?index}'" id="mag-remove-${admin?index}">${msg("magRegRemove")}</button>
                        </li>
                    </#list>
                </ul>
            </#if>
            <input type="hidden" name="removeIndex" value=""/>
            <h2 class="pf-v5-c-title pf-m-md">${msg("magRegAddAppAdmin")}</h2>
            <div class="${properties.kcFormGroupClass}">
                <label class="pf-v5-c-check" for="appAdminExisting">
                    <input class="pf-v5-c-check__input" type="checkbox" name="appAdminExisting" id="appAdminExisting" value="on" <#if magReg.appAdminForm.existing>checked</#if>/>
                    <span class="pf-v5-c-check__label">${msg("magRegAppAdminExisting")}</span>
                </label>
                <p class="${properties.kcInputHelperTextItemTextClass!}" id="mag-existing-help">${msg("magRegExistingHelp")}</p>
            </div>
            <@reg.person prefix="app-admin" values=magReg.appAdminForm/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonSecondaryClass}" type="submit" name="action" value="add" id="mag-add">${msg("magRegAdd")}</button>
            </div>
            <@reg.nav/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
