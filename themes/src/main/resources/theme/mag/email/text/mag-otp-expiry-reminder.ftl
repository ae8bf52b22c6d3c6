<#ftl output_format="plainText">
${msg("magOtpReminderGreeting", user.firstName!user.username)}

<#if magReminder.days == 0>${msg("magOtpReminderBodyToday", magReminder.credentialLabel, magReminder.expiresOn)}<#elseif magReminder.days == 1>${msg("magOtpReminderBodyOneDay", magReminder.credentialLabel, magReminder.expiresOn)}<#else>${msg("magOtpReminderBody", magReminder.credentialLabel, magReminder.expiresOn, magReminder.days?c)}</#if>

${msg("magOtpReminderHowTo")}
