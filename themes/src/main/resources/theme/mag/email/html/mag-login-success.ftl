<#-- Login Success: sent once first-time login is complete (required action mag-first-time-login).
     User data is escaped by FreeMarker's HTML output format: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p id="mag-login-success-greeting">${msg("magLoginSuccessGreeting", user.firstName!user.username)}</p>
<p id="mag-login-success-body">${msg("magLoginSuccessBody", magLoginSuccess.userId)}</p>
<#if magLoginSuccess.otpConfigured>
<p id="mag-login-success-otp">${msg("magLoginSuccessOtpConfigured")}</p>
<#else>
<p id="mag-login-success-otp">${msg("magLoginSuccessOtpNotConfigured")}</p>
</#if>
<#-- Worded for the user's state: with OTP set up, the way back is to see and renew it, not to buy one. -->
<p id="mag-login-success-return"><#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessReturnIntroConfigured")}<#else>${msg("magLoginSuccessReturnIntro")}</#if></p>
<p><a id="mag-login-success-link" href="${magLoginSuccess.manageOtpUrl}" style="display:inline-block;background:#10284a;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">${msg("magLoginSuccessReturnLink")}</a></p>
<p>${msg("magLoginSuccessStepsIntro")}</p>
<ol id="mag-login-success-steps">
    <li>${msg("magLoginSuccessStep1")} <a href="${magLoginSuccess.accountUrl}">${magLoginSuccess.accountUrl}</a></li>
    <li>${msg("magLoginSuccessStep2")}</li>
    <li><#if magLoginSuccess.otpConfigured>${msg("magLoginSuccessStep3Configured")}<#else>${msg("magLoginSuccessStep3")}</#if></li>
</ol>
</@layout.emailLayout>
