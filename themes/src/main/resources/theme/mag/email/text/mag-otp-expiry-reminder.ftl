<#ftl output_format="plainText">
${msg("magOtpReminderGreeting", user.firstName!user.username)}

${msg("magOtpReminderBody", magReminder.credentialLabel, magReminder.expiresOn, magReminder.days?c)}

${msg("magOtpReminderHowTo")}
