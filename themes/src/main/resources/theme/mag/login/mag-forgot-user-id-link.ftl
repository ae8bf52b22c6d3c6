<#-- "Forgot User ID?" link of the sign-in pages and of the "Forgot password" page: the reset
     credentials flow's second page (authenticator mag-forgot-password-form), shown when the realm
     allows "Forgot password". -->
<#macro link>
    <#if realm.resetPasswordAllowed>
        <div id="mag-forgot-user-id" class="${properties.kcFormGroupClass!}">
            <a id="mag-forgot-user-id-link" href="${url.loginResetCredentialsUrl}${url.loginResetCredentialsUrl?contains('?')?then('&', '?')}mag_recover=user-ids">${msg("magForgotUserIdLink")}</a>
        </div>
    </#if>
</#macro>
