<#ftl output_format="plainText">
${msg("magLoginSuccessGreeting", user.firstName!user.username)}

${msg("magLoginSuccessBody", magLoginSuccess.userId)}

<#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessOtpConfigured")}<#else>${msg("magLoginSuccessOtpNotConfigured")}</#if>

<#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessReturnIntroConfigured")}<#else>${msg("magLoginSuccessReturnIntro")}</#if>
${magLoginSuccess.manageOtpUrl}

${msg("magLoginSuccessStepsIntro")}
1. ${msg("magLoginSuccessStep1")} ${magLoginSuccess.accountUrl}
2. ${msg("magLoginSuccessStep2")}
3. <#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessStep3Configured")}<#else>${msg("magLoginSuccessStep3")}</#if>
