<#-- Connect Accounts (required action mag-connect-accounts). All user data below is printed with
     FreeMarker's HTML auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>

<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("magConnectAccountsTitle")}
    <#elseif section = "form">
        <p id="mag-connect-intro" class="${properties.kcContentWrapperClass!}">${msg("magConnectAccountsIntro")}</p>

        <h2 class="pf-v5-c-title pf-m-lg">${msg("magConnectedAccountsHeading")}</h2>
        <#if magConnect.children?has_content>
            <ul id="mag-connected-children" class="pf-v5-c-list pf-m-plain pf-v5-u-mb-md">
                <#list magConnect.children as child>
                    <li class="mag-connected-child" data-username="${child.username}">
                        <form action="${url.loginAction}" method="POST" class="pf-v5-l-flex pf-m-align-items-center">
                            <span class="mag-account-name"><#if child.organization??>${msg("magAccountWithOrganization", child.username, child.organization)}<#else>${child.username}</#if></span>
                            <input type="hidden" name="formNonce" value="${magConnect.formNonce}"/>
                            <input type="hidden" name="childId" value="${child.id}"/>
                            <button type="submit" name="operation" value="disconnect" class="${properties.kcButtonSecondaryClass!}" id="mag-disconnect-${child?index}">${msg("magDisconnect")}</button>
                        </form>
                    </li>
                </#list>
            </ul>
        <#else>
            <p id="mag-no-children" class="pf-v5-u-mb-md">${msg("magNoConnectedAccounts")}</p>
        </#if>

        <h2 class="pf-v5-c-title pf-m-lg">${msg("magConnectableAccountsHeading")}</h2>
        <#-- Only an eligible account can be connected (a typed User ID passes the same rules), so
             without any the page says so and offers no form. -->
        <#if magConnect.eligible?has_content>
        <form id="mag-connect-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
            <input type="hidden" name="formNonce" value="${magConnect.formNonce}"/>
                <div class="${properties.kcFormGroupClass}" role="radiogroup" aria-labelledby="mag-eligible-label">
                    <span id="mag-eligible-label" class="${properties.kcFormLabelClass}">${msg("magChooseAccount")}</span>
                    <#list magConnect.eligible as candidate>
                        <div class="pf-v5-c-radio mag-eligible-account" data-username="${candidate.username}">
                            <input class="pf-v5-c-radio__input" type="radio" name="childUsername" id="mag-candidate-${candidate?index}" value="${candidate.username}" <#if magConnect.eligible?size == 1>checked</#if>/>
                            <label class="pf-v5-c-radio__label" for="mag-candidate-${candidate?index}"><#if candidate.organization??>${msg("magAccountWithOrganization", candidate.username, candidate.organization)}<#else>${candidate.username}</#if></label>
                        </div>
                    </#list>
                </div>
            <@field.input name="otherUsername" label=msg("magOtherAccountUsername") autocomplete="off"/>
            <@field.password name="childPassword" label=msg("magChildPassword") autocomplete="off"/>
            <@buttons.actionGroup>
                <@buttons.button id="mag-connect" name="operation" label="magConnectAccount" value="connect"/>
            </@buttons.actionGroup>
        </form>
        <#else>
            <p id="mag-no-eligible" class="pf-v5-u-mb-md">${msg("magNoEligibleAccounts")}</p>
        </#if>

        <#if magConnect.ineligible?has_content>
            <h2 class="pf-v5-c-title pf-m-lg">${msg("magIneligibleAccountsHeading")}</h2>
            <ul id="mag-ineligible-accounts" class="pf-v5-c-list pf-v5-u-mb-md">
                <#list magConnect.ineligible as account>
                    <li class="mag-ineligible-account" data-username="${account.username}" data-refusal="${account.refusal}">
                        <strong>${account.username}</strong>: ${msg(account.refusal)}
                    </li>
                </#list>
            </ul>
        </#if>

        <form id="mag-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-done" name="operation" label="magConnectDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
