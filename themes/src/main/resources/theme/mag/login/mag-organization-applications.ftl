<#-- Partner Applications (required action mag-organization-applications): an Organization
     Administrator answers partners' offers and registers the organization for applications open
     to public registration. Partner, application, organization and user names are printed with
     FreeMarker's HTML auto-escaping: never add ?no_esc to them. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>

<#macro administrators members prefix>
    <fieldset class="${properties.kcFormGroupClass!}">
        <legend class="${properties.kcLabelClass!}">${msg("magOfferAdministrators")}</legend>
        <#list members as member>
            <div class="pf-v5-c-check mag-offer-member" data-username="${member.username}">
                <input class="pf-v5-c-check__input" type="checkbox" name="administrators" id="${prefix}-${member?index}" value="${member.id}"/>
                <label class="pf-v5-c-check__label" for="${prefix}-${member?index}">${member.name} (${member.username})</label>
            </div>
        </#list>
    </fieldset>
</#macro>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magOfferPageTitle")}
    <#elseif section = "form">
        <div id="mag-organization-applications">
            <#if magApps.allowed>
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magOfferPageOffersHeading")}</h2>
                <#if magApps.offers?has_content>
                    <#list magApps.offers as offer>
                        <div class="mag-offer pf-v5-u-mb-lg" id="mag-offer-${offer?index}" data-offer-id="${offer.id}">
                            <p class="mag-offer-what">${msg("magOfferPageWhat", offer.partner, offer.inviter, offer.organization, offer.application)}</p>
                            <form action="${url.loginAction}" method="POST">
                                <input type="hidden" name="formNonce" value="${magApps.formNonce}"/>
                                <input type="hidden" name="offerId" value="${offer.id}"/>
                                <@administrators members=offer.members prefix="mag-offer-${offer?index}-admin"/>
                                <div class="${properties.kcFormGroupClass!}">
                                    <label for="mag-offer-reason-${offer?index}" class="${properties.kcLabelClass!}">${msg("magOfferPageReason")}</label>
                                    <input id="mag-offer-reason-${offer?index}" name="reason" type="text" maxlength="500" class="${properties.kcInputClass!}"/>
                                </div>
                                <@buttons.actionGroup>
                                    <@buttons.button id="mag-offer-accept-${offer?index}" name="operation" label="magOfferPageAccept" value="accept"/>
                                    <@buttons.button id="mag-offer-decline-${offer?index}" name="operation" label="magOfferPageDecline" value="decline" type="secondary"/>
                                </@buttons.actionGroup>
                            </form>
                        </div>
                    </#list>
                <#else>
                    <p id="mag-offers-empty">${msg("magOfferPageNoOffers")}</p>
                </#if>

                <h2 class="pf-v5-c-title pf-m-lg">${msg("magOfferPagePublicHeading")}</h2>
                <p>${msg("magOfferPagePublicHelp")}</p>
                <#if magApps.open?has_content>
                    <#list magApps.open as app>
                        <div class="mag-public-app pf-v5-u-mb-lg" id="mag-public-${app?index}" data-client-id="${app.clientId}" data-subscribed="${app.subscribed?c}">
                            <p class="mag-public-what">${msg("magOfferPagePublicWhat", app.application, app.partner, app.organization)}</p>
                            <#if app.subscribed>
                                <p class="mag-public-subscribed">${msg("magOfferPagePublicSubscribed")}</p>
                            <#else>
                                <form action="${url.loginAction}" method="POST">
                                    <input type="hidden" name="formNonce" value="${magApps.formNonce}"/>
                                    <input type="hidden" name="clientId" value="${app.clientId}"/>
                                    <input type="hidden" name="organizationId" value="${app.organizationId}"/>
                                    <@administrators members=app.members prefix="mag-public-${app?index}-admin"/>
                                    <@buttons.actionGroup>
                                        <@buttons.button id="mag-public-register-${app?index}" name="operation" label="magOfferPageRegister" value="register"/>
                                    </@buttons.actionGroup>
                                </form>
                            </#if>
                        </div>
                    </#list>
                <#else>
                    <p id="mag-public-empty">${msg("magOfferPageNoPublic")}</p>
                </#if>
            </#if>
            <form action="${url.loginAction}" method="POST">
                <@buttons.actionGroup>
                    <@buttons.button id="mag-organization-applications-done" name="operation" label="magOfferPageDone" value="done" type="secondary"/>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
