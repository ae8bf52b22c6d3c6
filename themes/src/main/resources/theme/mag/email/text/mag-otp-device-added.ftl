<#ftl output_format="plainText">
${msg("magOtpReminderGreeting", user.firstName!user.username)}

${msg("magOtpDeviceAddedBody", magOtpDevice.label, user.username, magOtpDevice.addedAt)}

${msg("magOtpDeviceAddedIfYou")}

${msg("magOtpDeviceAddedIfNotYou")}
