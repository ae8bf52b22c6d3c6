<#-- Invitation of a supplier organization by a partner (subject magInvitationSubject). User data
     (partner, company, inviter and application names) is escaped by FreeMarker's HTML output
     format: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "/mag-i18n.ftl" as i18n>
<@layout.emailLayout>
<p id="mag-invitation-greeting">${msg("magInvitationGreeting")}</p>
<p id="mag-invitation-body">${msg("magInvitationBody", magInvitation.partnerName, magInvitation.companyName, magInvitation.inviterName)}</p>
<#if magInvitation.applications?has_content>
<p id="mag-invitation-applications-intro">${msg("magInvitationApplications")}</p>
<ul id="mag-invitation-applications">
<#list magInvitation.applications as application>
    <li>${application}</li>
</#list>
</ul>
</#if>
<p style="margin:24px 0;">
    <a id="mag-invitation-register-now" href="${magInvitation.link}" style="display:inline-block;background:#f2a900;color:#10284a;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:4px;">${msg("magInvitationRegisterNow")}</a>
</p>
<p id="mag-invitation-expiry">${msg("magInvitationExpiry", i18n.day(magInvitation.expiresOn))}</p>
<p id="mag-invitation-steps">${msg("magInvitationSteps")}</p>
<p id="mag-invitation-disclaimer" style="font-size:13px;color:#5a6270;">${msg("magInvitationDisclaimer", magInvitation.partnerName)}</p>
</@layout.emailLayout>
