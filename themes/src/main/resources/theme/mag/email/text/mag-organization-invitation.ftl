<#ftl output_format="plainText">
<#import "/mag-i18n.ftl" as i18n>
${msg("magInvitationGreeting")}

${msg("magInvitationBody", magInvitation.partnerName, magInvitation.companyName, magInvitation.inviterName)}
<#if magInvitation.applications?has_content>

${msg("magInvitationApplications")}
<#list magInvitation.applications as application>
- ${application}
</#list>
</#if>

${msg("magInvitationRegisterNow")}: ${magInvitation.link}

${msg("magInvitationExpiry", i18n.day(magInvitation.expiresOn))}

${msg("magInvitationSteps")}

${msg("magInvitationDisclaimer", magInvitation.partnerName)}
