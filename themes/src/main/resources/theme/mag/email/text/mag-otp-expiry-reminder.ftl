<#ftl output_format="plainText">
<#import "/mag-i18n.ftl" as i18n>
${msg("magOtpReminderGreeting", user.firstName!user.username)}

${msg("magOtpReminderBody", magReminder.credentialLabel, i18n.day(magReminder.expiresOn), magReminder.days?c)}

${msg("magOtpReminderHowTo")}
