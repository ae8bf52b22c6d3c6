<#ftl output_format="plainText">
${msg("magLoginSuccessGreeting", user.firstName!user.username)}

${msg("magLoginSuccessBody", magLoginSuccess.userId)}

<#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessOtpConfigured")}<#else>${msg("magLoginSuccessOtpNotConfigured")}</#if>

${msg("magLoginSuccessReturnIntro")}
${magLoginSuccess.manageOtpUrl}

${msg("magLoginSuccessStepsIntro")}
1. ${msg("magLoginSuccessStep1")} ${magLoginSuccess.accountUrl}
2. ${msg("magLoginSuccessStep2")}
3. ${msg("magLoginSuccessStep3")}
