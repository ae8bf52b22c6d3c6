<#-- Registration wizard, step 2: what is about to happen. -->
<#import "template.ftl" as layout>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("magRegTitle")}
    <#elseif section = "form">
        <p id="mag-intro">${msg("magRegIntro")}</p>
        <ul class="pf-v5-c-list">
            <li>${msg("magRegIntroProfile")}</li>
            <li>${msg("magRegIntroOrgAdmin")}</li>
            <li>${msg("magRegIntroAppAdmins")}</li>
        </ul>
        <@reg.form id="mag-registration-intro">
            <@reg.nav next="magRegContinue" back=false/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
