<#-- Invite Organizations (required action mag-invite-organizations). All user data below (company
     names, emails, organization and application names) is printed with FreeMarker's HTML
     auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>
<#import "mag-i18n.ftl" as i18n>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magInviteTitle")}
    <#elseif section = "form">
        <div class="mag-wide-page"></div>
        <#if magInvite.allowed>
            <p id="mag-invite-intro" class="${properties.kcContentWrapperClass!}">${msg("magInviteIntro", magInvite.organizationName)}</p>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magInviteSearchHeading")}</h2>
            <form id="mag-invite-search-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                <input type="hidden" name="formNonce" value="${magInvite.formNonce}"/>
                <@field.input name="search" label=msg("magInviteSearchLabel") value=magInvite.searchQuery/>
                <@buttons.actionGroup>
                    <@buttons.button id="mag-invite-search" name="operation" label="magInviteSearch" value="search" type="secondary"/>
                </@buttons.actionGroup>
            </form>
            <#if magInvite.searched>
                <#if magInvite.matches?has_content>
                    <ul id="mag-invite-matches" class="pf-v5-c-list pf-v5-u-mb-md">
                        <#list magInvite.matches as match>
                            <li class="mag-invite-match" data-name="${match.name}">
                                <strong>${match.name}</strong>
                                <#if magInvite.offering && magInvite.applications?has_content>
                                    <#-- Registered already: the partner's Service Provider Administrator offers it an application instead of an invitation. -->
                                    <form class="mag-invite-offer-form" action="${url.loginAction}" method="POST">
                                        <input type="hidden" name="formNonce" value="${magInvite.formNonce}"/>
                                        <input type="hidden" name="search" value="${magInvite.searchQuery}"/>
                                        <input type="hidden" name="match" value="${match?index}"/>
                                        <p>${msg("magOfferHelp")}</p>
                                        <label for="mag-offer-app-${match?index}" class="${properties.kcLabelClass!}">${msg("magOfferApplication")}</label>
                                        <select id="mag-offer-app-${match?index}" name="clientIds" class="${properties.kcInputClass!}">
                                            <#list magInvite.applications as application>
                                                <option value="${application.clientId}">${application.name}</option>
                                            </#list>
                                        </select>
                                        <button type="submit" name="operation" value="offer" class="${properties.kcButtonSecondaryClass!}" id="mag-offer-${match?index}">${msg("magOfferButton")}</button>
                                    </form>
                                </#if>
                            </li>
                        </#list>
                    </ul>
                <#else>
                    <p id="mag-invite-no-matches" class="pf-v5-u-mb-md">${msg("magInviteNoMatches", magInvite.searchQuery)}</p>
                </#if>
            </#if>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magInviteFormHeading")}</h2>
            <form id="mag-invite-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
                <input type="hidden" name="formNonce" value="${magInvite.formNonce}"/>
                <@field.input name="companyName" label=msg("magInviteCompanyName") value=magInvite.companyName required=true/>
                <@field.input name="contactEmail" label=msg("magInviteContactEmail") value=magInvite.contactEmail required=true autocomplete="email"/>
                <#if realm.internationalizationEnabled>
                    <#-- The language of the invitation email: the realm's languages, the inviter's own preselected. -->
                    <#assign contactLocale = magInvite.contactLocale!locale.currentLanguageTag>
                    <@field.group name="locale" label=msg("magInviteLocale") error=messagesPerField.get("locale")>
                        <span class="${properties.kcInputClass!}">
                            <select id="locale" name="locale">
                                <#list locale.supported as language>
                                    <option value="${language.languageTag}" <#if language.languageTag == contactLocale>selected</#if>>${language.label}</option>
                                </#list>
                            </select>
                        </span>
                    </@field.group>
                </#if>
                <@field.group name="clientIds" label=msg("magInviteApplications") error=messagesPerField.get("clientIds") required=true>
                    <#if magInvite.applications?has_content>
                        <#list magInvite.applications as application>
                            <div class="pf-v5-c-check mag-invite-application" data-client-id="${application.clientId}">
                                <input class="pf-v5-c-check__input" type="checkbox" name="clientIds" id="mag-invite-app-${application?index}" value="${application.clientId}" <#if application.checked>checked</#if>/>
                                <label class="pf-v5-c-check__label" for="mag-invite-app-${application?index}">${application.name}</label>
                            </div>
                        </#list>
                    <#else>
                        <p id="mag-invite-no-applications">${msg("magInviteNoApplications")}</p>
                    </#if>
                </@field.group>
                <@buttons.actionGroup>
                    <@buttons.button id="mag-invite-send" name="operation" label="magInviteSend" value="invite"/>
                </@buttons.actionGroup>
            </form>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magInvitationsHeading")}</h2>
            <#if magInvite.invitations?has_content>
                <table id="mag-invitations" class="pf-v5-c-table pf-m-compact pf-m-grid-md pf-v5-u-mb-md" role="grid">
                    <thead>
                        <tr>
                            <th scope="col">${msg("magInviteCompanyName")}</th>
                            <th scope="col">${msg("magInviteContactEmail")}</th>
                            <th scope="col">${msg("magInviteStatus")}</th>
                            <th scope="col">${msg("magInviteSentOn")}</th>
                            <th scope="col">${msg("magInviteExpiresOn")}</th>
                            <th scope="col"></th>
                        </tr>
                    </thead>
                    <tbody>
                        <#list magInvite.invitations as invitation>
                            <tr class="mag-invitation" id="mag-invitation-${invitation?index}" data-invitation-id="${invitation.id}" data-status="${invitation.status}" data-email="${invitation.contactEmail}">
                                <td class="mag-invitation-company" data-label="${msg("magInviteCompanyName")}"><span class="mag-invitation-company-name">${invitation.companyName}</span><br/><small class="mag-invitation-applications">${invitation.applications}</small></td>
                                <td class="mag-invitation-email" data-label="${msg("magInviteContactEmail")}">${invitation.contactEmail}</td>
                                <td class="mag-invitation-status" data-label="${msg("magInviteStatus")}">${msg("magInviteStatus." + invitation.status)}</td>
                                <td class="mag-invitation-sent" data-label="${msg("magInviteSentOn")}" data-date="${invitation.sentOn}">${i18n.day(invitation.sentOn)}</td>
                                <td class="mag-invitation-expires" data-label="${msg("magInviteExpiresOn")}" data-date="${invitation.expiresOn}">${i18n.day(invitation.expiresOn)}</td>
                                <td class="mag-invitation-actions">
                                    <#if invitation.resendable>
                                        <form class="mag-invitation-resend-form" action="${url.loginAction}" method="POST">
                                            <input type="hidden" name="formNonce" value="${magInvite.formNonce}"/>
                                            <input type="hidden" name="invitationId" value="${invitation.id}"/>
                                            <button type="submit" name="operation" value="resend" class="${properties.kcButtonSecondaryClass!}" id="mag-invite-resend-${invitation?index}">${msg("magInviteResend")}</button>
                                        </form>
                                    </#if>
                                    <#if invitation.revocable>
                                        <form class="mag-invitation-revoke-form" action="${url.loginAction}" method="POST">
                                            <input type="hidden" name="formNonce" value="${magInvite.formNonce}"/>
                                            <input type="hidden" name="invitationId" value="${invitation.id}"/>
                                            <button type="submit" name="operation" value="revoke" class="${properties.kcButtonSecondaryClass!}" id="mag-invite-revoke-${invitation?index}">${msg("magInviteRevoke")}</button>
                                        </form>
                                    </#if>
                                </td>
                            </tr>
                        </#list>
                    </tbody>
                </table>
            <#else>
                <p id="mag-no-invitations" class="pf-v5-u-mb-md">${msg("magInviteNoInvitations")}</p>
            </#if>
        <#else>
            <p id="mag-invite-refused" class="${properties.kcContentWrapperClass!}">${msg("magInviteNotAllowedHelp")}</p>
        </#if>

        <form id="mag-invite-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-invite-done" name="operation" label="magInviteDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
