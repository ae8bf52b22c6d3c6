<#ftl output_format="plainText">
<#import "/mag-i18n.ftl" as i18n>
${msg("magOtpReminderGreeting", user.firstName!user.username)}

${msg("magOtpDeviceAddedBody", magOtpDevice.label, user.username, i18n.minute(magOtpDevice.addedAt))}

${msg("magOtpDeviceAddedIfYou")}

${msg("magOtpDeviceAddedIfNotYou")}
