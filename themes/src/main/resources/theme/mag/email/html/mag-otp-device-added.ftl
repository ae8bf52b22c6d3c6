<#-- Notice of a new OTP credential. User data (name, device label) is escaped by FreeMarker's
     HTML output format: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "/mag-i18n.ftl" as i18n>
<@layout.emailLayout>
<p id="mag-otp-device-added-greeting">${msg("magOtpReminderGreeting", user.firstName!user.username)}</p>
<p id="mag-otp-device-added-body">${msg("magOtpDeviceAddedBody", magOtpDevice.label, user.username, i18n.minute(magOtpDevice.addedAt))}</p>
<p id="mag-otp-device-added-if-you">${msg("magOtpDeviceAddedIfYou")}</p>
<p id="mag-otp-device-added-if-not-you">${msg("magOtpDeviceAddedIfNotYou")}</p>
</@layout.emailLayout>
