<#ftl output_format="plainText">
<#import "/mag-i18n.ftl" as i18n>
${msg("magOtpReminderGreeting", user.firstName!user.username)}

<#if magReminder.days == 0>${msg("magOtpReminderBodyToday", magReminder.credentialLabel, i18n.day(magReminder.expiresOn))}<#elseif magReminder.days == 1>${msg("magOtpReminderBodyOneDay", magReminder.credentialLabel, i18n.day(magReminder.expiresOn))}<#else>${msg("magOtpReminderBody", magReminder.credentialLabel, i18n.day(magReminder.expiresOn), magReminder.days?c)}</#if>

${msg("magOtpReminderHowTo")}
