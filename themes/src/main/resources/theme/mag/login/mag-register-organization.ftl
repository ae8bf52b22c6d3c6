<#-- Public registration link of the sign-in pages (see RegistrationLinks): shown only for an
     application whose client attribute mag.public-registration is true. -->
<#macro link>
    <#if client?? && (client.getAttribute("mag.public-registration")!"") == "true">
        <div id="mag-register-organization" class="${properties.kcFormGroupClass!}">
            <a id="mag-register-organization-link" href="${url.loginUrl?keep_before('/login-actions/')?keep_before('/protocol/')}/mag-registration/start?client_id=${client.clientId?url('UTF-8')}">${msg("magRegisterOrganization")}</a>
        </div>
    </#if>
</#macro>
