<#-- Registration wizard, step 1: captcha. The proof of work is solved in the browser by
     resources/js/mag-captcha.js (self-hosted, no internet); the server checks the answer. -->
<#import "template.ftl" as layout>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegTitle")}
    <#elseif section = "form">
        <p id="mag-captcha-intro">${msg("magRegCaptchaIntro")}</p>
        <@reg.form id="mag-registration-captcha">
            <#if magCaptcha.type == "pow">
                <div id="mag-captcha" class="mag-captcha" data-salt="${magCaptcha.salt}" data-challenge="${magCaptcha.challenge}" data-max="${magCaptcha.maxNumber}">
                    <input type="hidden" name="captchaSalt" id="captchaSalt" value="${magCaptcha.salt}"/>
                    <input type="hidden" name="captchaChallenge" id="captchaChallenge" value="${magCaptcha.challenge}"/>
                    <input type="hidden" name="captchaSignature" id="captchaSignature" value="${magCaptcha.signature}"/>
                    <input type="hidden" name="captchaNumber" id="captchaNumber" value=""/>
                    <label class="pf-v5-c-check">
                        <input class="pf-v5-c-check__input" type="checkbox" id="mag-captcha-verify"/>
                        <span class="pf-v5-c-check__label">${msg("magRegCaptchaCheckbox")}</span>
                    </label>
                    <p id="mag-captcha-status" aria-live="polite" data-working="${msg('magRegCaptchaWorking')}" data-done="${msg('magRegCaptchaDone')}" data-failed="${msg('magRegCaptchaFailed')}"></p>
                </div>
                <script src="${url.resourcesPath}/js/mag-captcha.js" defer></script>
            <#else>
                <div class="g-recaptcha" data-size="normal" data-sitekey="${magCaptcha.siteKey}"></div>
                <script src="${magCaptcha.scriptUrl}" async defer></script>
            </#if>
            <@reg.nav next="magRegContinue" back=false/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
