<#-- OTP subscription expiry reminder. User data is escaped by FreeMarker's HTML output format:
     never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "/mag-i18n.ftl" as i18n>
<@layout.emailLayout>
<p id="mag-otp-reminder-greeting">${msg("magOtpReminderGreeting", user.firstName!user.username)}</p>
<p id="mag-otp-reminder-body"><#if magReminder.days == 0>${msg("magOtpReminderBodyToday", magReminder.credentialLabel, i18n.day(magReminder.expiresOn))}<#elseif magReminder.days == 1>${msg("magOtpReminderBodyOneDay", magReminder.credentialLabel, i18n.day(magReminder.expiresOn))}<#else>${msg("magOtpReminderBody", magReminder.credentialLabel, i18n.day(magReminder.expiresOn), magReminder.days?c)}</#if></p>
<p id="mag-otp-reminder-howto">${msg("magOtpReminderHowTo")}</p>
</@layout.emailLayout>
