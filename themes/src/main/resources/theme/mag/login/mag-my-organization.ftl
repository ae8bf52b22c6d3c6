<#-- My Organization (required action mag-my-organization). All user data below (names, User IDs,
     emails, organization names) is printed with FreeMarker's HTML auto-escaping: never add ?no_esc
     to it. Stewards see the lists without any form. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magOrgTitle")}
    <#elseif section = "form">
        <div class="mag-wide-page"></div>
        <#if magOrg.allowed>
            <p id="mag-org-intro" class="${properties.kcContentWrapperClass!}" data-organization-id="${magOrg.organizationId}">${msg(magOrg.administrator?then("magOrgIntroAdministrator", "magOrgIntroSteward"), magOrg.organizationName)}</p>

            <#if magOrg.administrator>
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magOrgCreateHeading")}</h2>
                <p>${msg("magOrgCreateHelp")}</p>
                <form id="mag-org-create-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                    <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                    <@field.input name="username" label=msg("magOrgUserIdOptional") value=magOrg.typed("username")/>
                    <@field.input name="firstName" label=msg("firstName") value=magOrg.typed("firstName") required=true/>
                    <@field.input name="lastName" label=msg("lastName") value=magOrg.typed("lastName") required=true/>
                    <@field.input name="email" label=msg("email") value=magOrg.typed("email") required=true autocomplete="off"/>
                    <@field.password name="oneTimePassword" label=msg("magOrgOneTimePassword") required=true autocomplete="new-password"/>
                    <#if realm.internationalizationEnabled>
                        <#assign chosenLocale = magOrg.typed("locale")?has_content?then(magOrg.typed("locale"), locale.currentLanguageTag)>
                        <@field.group name="locale" label=msg("magOrgLocale") error=messagesPerField.get("locale")>
                            <span class="${properties.kcInputClass!}">
                                <select id="locale" name="locale">
                                    <#list locale.supported as language>
                                        <option value="${language.languageTag}" <#if language.languageTag == chosenLocale>selected</#if>>${language.label}</option>
                                    </#list>
                                </select>
                            </span>
                        </@field.group>
                    </#if>
                    <@buttons.actionGroup>
                        <@buttons.button id="mag-org-create" name="operation" label="magOrgCreate" value="create"/>
                    </@buttons.actionGroup>
                </form>

                <h2 class="pf-v5-c-title pf-m-lg">${msg("magOrgInviteHeading")}</h2>
                <p>${msg("magOrgInviteHelp")}</p>
                <form id="mag-org-invite-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                    <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                    <@field.input name="inviteEmail" label=msg("email") value=magOrg.typed("inviteEmail") required=true fieldName="email"/>
                    <@field.input name="inviteFirstName" label=msg("firstName") fieldName="firstName"/>
                    <@field.input name="inviteLastName" label=msg("lastName") fieldName="lastName"/>
                    <@buttons.actionGroup>
                        <@buttons.button id="mag-org-invite" name="operation" label="magOrgInvite" value="invite" type="secondary"/>
                    </@buttons.actionGroup>
                </form>
            </#if>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magOrgUsersHeading")}</h2>
            <form id="mag-org-search-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                <@field.input name="search" label=msg("magOrgSearch") value=magOrg.search/>
                <@buttons.actionGroup>
                    <@buttons.button id="mag-org-search" name="operation" label="magOrgSearchButton" value="search" type="secondary"/>
                </@buttons.actionGroup>
            </form>
            <#if magOrg.users?has_content>
                <table id="mag-org-users" class="pf-v5-c-table pf-m-compact pf-m-grid-md pf-v5-u-mb-md" role="grid">
                    <thead>
                        <tr>
                            <th scope="col">${msg("magOrgUserId")}</th>
                            <th scope="col">${msg("magOrgName")}</th>
                            <th scope="col">${msg("email")}</th>
                            <th scope="col">${msg("magOrgStatus")}</th>
                            <th scope="col">${msg("magOrgRoles")}</th>
                            <th scope="col"></th>
                        </tr>
                    </thead>
                    <tbody>
                        <#list magOrg.users as user>
                            <tr class="mag-org-user" id="mag-org-user-${user?index}" data-user-id="${user.id()}" data-username="${user.username()}" data-enabled="${user.enabled()?c}" data-first-login-pending="${user.firstLoginPending()?c}">
                                <td class="mag-org-user-id" data-label="${msg("magOrgUserId")}">${user.username()}</td>
                                <td data-label="${msg("magOrgName")}">${user.name}</td>
                                <td data-label="${msg("email")}">${user.email()!""}</td>
                                <td class="mag-org-user-status" data-label="${msg("magOrgStatus")}">${msg(user.enabled()?then("magOrgStatusEnabled", "magOrgStatusDisabled"))}<#if user.firstLoginPending()><br/><small>${msg("magOrgFirstLoginPending")}</small></#if></td>
                                <td class="mag-org-user-roles" data-label="${msg("magOrgRoles")}">
                                    <#list user.roles() as role>
                                        <span class="mag-org-user-role" data-role="${role}">${msg("magOrgRole." + role)}</span><#if magOrg.administrator && magOrg.grantableRoles?seq_contains(role)>
                                        <form class="mag-org-remove-role-form" action="${url.loginAction}" method="POST" style="display:inline">
                                            <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                                            <input type="hidden" name="userId" value="${user.id()}"/>
                                            <input type="hidden" name="role" value="${role}"/>
                                            <button type="submit" name="operation" value="remove-role" class="pf-v5-c-button pf-m-link pf-m-inline" aria-label="${msg("magOrgRemoveRole")}">&times;</button>
                                        </form></#if><#sep><br/></#sep>
                                    <#else>${msg("magOrgRole.user")}
                                    </#list>
                                </td>
                                <td class="mag-org-user-actions">
                                    <#if magOrg.administrator>
                                        <#if magOrg.grantableRoles?has_content>
                                            <form class="mag-org-grant-form" action="${url.loginAction}" method="POST">
                                                <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                                                <input type="hidden" name="userId" value="${user.id()}"/>
                                                <select name="role" aria-label="${msg("magOrgGrantRole")}">
                                                    <#list magOrg.grantableRoles as role>
                                                        <#if !user.roles()?seq_contains(role)><option value="${role}">${msg("magOrgRole." + role)}</option></#if>
                                                    </#list>
                                                </select>
                                                <button type="submit" name="operation" value="grant" class="${properties.kcButtonSecondaryClass!}">${msg("magOrgGrantRole")}</button>
                                            </form>
                                        </#if>
                                        <form class="mag-org-user-form" action="${url.loginAction}" method="POST">
                                            <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                                            <input type="hidden" name="userId" value="${user.id()}"/>
                                            <#if user.enabled()>
                                                <button type="submit" name="operation" value="disable" class="${properties.kcButtonSecondaryClass!}" id="mag-org-disable-${user?index}">${msg("magOrgDisable")}</button>
                                            <#else>
                                                <button type="submit" name="operation" value="enable" class="${properties.kcButtonSecondaryClass!}" id="mag-org-enable-${user?index}">${msg("magOrgEnable")}</button>
                                            </#if>
                                            <#if user.firstLoginPending()>
                                                <button type="submit" name="operation" value="resend" class="${properties.kcButtonSecondaryClass!}" id="mag-org-resend-${user?index}">${msg("magOrgResend")}</button>
                                            </#if>
                                            <button type="submit" name="operation" value="remove" class="${properties.kcButtonSecondaryClass!}" id="mag-org-remove-${user?index}">${msg("magOrgRemove")}</button>
                                        </form>
                                    </#if>
                                </td>
                            </tr>
                        </#list>
                    </tbody>
                </table>
            <#else>
                <p id="mag-org-no-users" class="pf-v5-u-mb-md">${msg("magOrgNoUsers")}</p>
            </#if>

            <#if magOrg.administrator>
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magOrgInvitationsHeading")}</h2>
                <#if magOrg.invitations?has_content>
                    <table id="mag-org-invitations" class="pf-v5-c-table pf-m-compact pf-m-grid-md pf-v5-u-mb-md" role="grid">
                        <thead>
                            <tr>
                                <th scope="col">${msg("email")}</th>
                                <th scope="col">${msg("magOrgName")}</th>
                                <th scope="col">${msg("magOrgStatus")}</th>
                                <th scope="col"></th>
                            </tr>
                        </thead>
                        <tbody>
                            <#list magOrg.invitations as invitation>
                                <tr class="mag-org-invitation" data-invitation-id="${invitation.id()}" data-email="${invitation.email()}" data-status="${invitation.status()}">
                                    <td data-label="${msg("email")}">${invitation.email()}</td>
                                    <td data-label="${msg("magOrgName")}">${invitation.name}</td>
                                    <td data-label="${msg("magOrgStatus")}">${msg("magOrgInvitationStatus." + invitation.status())}</td>
                                    <td>
                                        <form class="mag-org-revoke-form" action="${url.loginAction}" method="POST">
                                            <input type="hidden" name="formNonce" value="${magOrg.formNonce}"/>
                                            <input type="hidden" name="invitationId" value="${invitation.id()}"/>
                                            <button type="submit" name="operation" value="revoke" class="${properties.kcButtonSecondaryClass!}" id="mag-org-revoke-${invitation?index}">${msg("magOrgRevoke")}</button>
                                        </form>
                                    </td>
                                </tr>
                            </#list>
                        </tbody>
                    </table>
                <#else>
                    <p id="mag-org-no-invitations" class="pf-v5-u-mb-md">${msg("magOrgNoInvitations")}</p>
                </#if>
            </#if>
        <#else>
            <p id="mag-org-refused" class="${properties.kcContentWrapperClass!}">${msg("magOrgNotAuthorizedHelp")}</p>
        </#if>

        <form id="mag-org-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-org-done" name="operation" label="magOrgDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
