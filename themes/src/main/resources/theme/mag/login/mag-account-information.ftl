<#-- Account Information (required action mag-account-information). All user data below (names,
     User IDs, emails, organization and application names, credential labels) is printed with
     FreeMarker's HTML auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magAccountInfoTitle")}
    <#elseif section = "form">
        <div class="mag-wide-page"></div>
        <dl id="mag-account-user" class="pf-v5-c-description-list pf-m-horizontal pf-v5-u-mb-md">
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoUserId")}</dt>
                <dd class="pf-v5-c-description-list__description" id="mag-account-user-id">${magAccount.userId()}</dd>
            </div>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoName")}</dt>
                <dd class="pf-v5-c-description-list__description">${magAccount.name()}</dd>
            </div>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoSession")}</dt>
                <dd class="pf-v5-c-description-list__description" id="mag-account-session" data-credential="${magAccount.session().credential()}">
                    ${msg((magAccount.session().credential() == "otp")?then("magAccountInfoSessionOtp", "magAccountInfoSessionPassword"))}
                    <#list magAccount.session().otpExpiries() as expiry>
                        <br/><span class="mag-account-otp-expiry" data-expires-on="${expiry.expiresOn()}">${msg("magAccountInfoOtpExpires", expiry.label()!"", expiry.expiresOn())}</span>
                    </#list>
                </dd>
            </div>
        </dl>

        <#if magAccount.organizations()?has_content>
            <#list magAccount.organizations() as organization>
                <section class="mag-account-organization pf-v5-u-mb-lg" data-organization-id="${organization.id()}">
                    <h2 class="pf-v5-c-title pf-m-lg">${msg("magAccountInfoOrganization", organization.name())}</h2>
                    <dl class="pf-v5-c-description-list pf-m-horizontal">
                        <div class="pf-v5-c-description-list__group">
                            <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoOrganizationId")}</dt>
                            <dd class="pf-v5-c-description-list__description mag-account-organization-id">${organization.id()}</dd>
                        </div>
                        <div class="pf-v5-c-description-list__group">
                            <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoRoles")}</dt>
                            <dd class="pf-v5-c-description-list__description mag-account-roles">
                                <#list organization.roles() as role><span class="mag-account-role" data-role="${role}">${msg("magOrgRole." + role)}</span><#sep>, </#sep></#list>
                                <#list organization.applications() as application>
                                    <br/><span class="mag-account-application" data-client-id="${application.clientId()}">${msg("magAccountInfoApplicationRoles", application.name())}
                                    <#list application.roles() as role><span class="mag-account-role" data-role="${role}">${msg("magOrgRole." + role)}</span><#sep>, </#sep></#list></span>
                                </#list>
                            </dd>
                        </div>
                        <div class="pf-v5-c-description-list__group">
                            <dt class="pf-v5-c-description-list__term">${msg("magAccountInfoAdministrators")}</dt>
                            <dd class="pf-v5-c-description-list__description">
                                <#if organization.administrators()?has_content>
                                    <ul class="mag-account-administrators">
                                        <#list organization.administrators() as administrator>
                                            <li class="mag-account-administrator" data-user-id="${administrator.userId()}">${administrator.name()}<#if administrator.email()?has_content> &lt;${administrator.email()}&gt;</#if></li>
                                        </#list>
                                    </ul>
                                <#else>
                                    ${msg("magAccountInfoNoAdministrators")}
                                </#if>
                            </dd>
                        </div>
                    </dl>
                </section>
            </#list>
        <#else>
            <p id="mag-account-no-organization">${msg("magAccountInfoNoOrganization")}</p>
        </#if>

        <form id="mag-account-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-account-done" name="operation" label="magOrgDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
