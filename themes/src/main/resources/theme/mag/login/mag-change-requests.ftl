<#-- Change Requests (required action mag-change-requests). All user data below (names, User IDs,
     emails, organization names, requested values, reasons) is printed with FreeMarker's HTML
     auto-escaping: never add ?no_esc to it. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "field.ftl" as field>

<#macro subject name>
    <#if magChange.administrator && magChange.members?has_content>
        <@field.group name=name label=msg("magChangeFor") error=messagesPerField.get(name)>
            <span class="${properties.kcInputClass!}">
                <select id="${name}" name="${name}">
                    <option value="">${msg("magChangeForMyself")}</option>
                    <#list magChange.members as member>
                        <option value="${member.id()}" <#if member.id() == magChange.typed(name)>selected</#if>>${member.username()}<#if member.name()?has_content> (${member.name()})</#if></option>
                    </#list>
                </select>
            </span>
        </@field.group>
    </#if>
</#macro>

<#macro changeForm kind>
    <form id="mag-change-${kind}-form" class="${properties.kcFormClass!} mag-change-form" action="${url.loginAction}" method="POST">
        <input type="hidden" name="formNonce" value="${magChange.formNonce}"/>
        <input type="hidden" name="kind" value="${kind}"/>
        <#nested>
        <@buttons.actionGroup>
            <@buttons.button id="mag-change-${kind}" name="operation" label="magChangeSubmit" value="request"/>
        </@buttons.actionGroup>
    </form>
</#macro>

<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("magChangeTitle")}
    <#elseif section = "form">
        <div class="mag-wide-page"></div>
        <#if magChange.allowed>
            <p id="mag-change-intro" class="${properties.kcContentWrapperClass!}" data-organization-id="${magChange.organizationId}">${msg("magChangeIntro", magChange.organizationName)}</p>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeMineHeading")}</h2>
            <#if magChange.requests?has_content>
                <table id="mag-change-requests" class="pf-v5-c-table pf-m-compact pf-m-grid-md pf-v5-u-mb-md" role="grid">
                    <thead>
                        <tr>
                            <th scope="col">${msg("magChangeColumnRequest")}</th>
                            <th scope="col">${msg("magChangeColumnDetails")}</th>
                            <th scope="col">${msg("magChangeColumnSubmitted")}</th>
                            <th scope="col">${msg("magChangeColumnStatus")}</th>
                            <th scope="col"></th>
                        </tr>
                    </thead>
                    <tbody>
                        <#list magChange.requests as request>
                            <tr class="mag-change-request" data-request-id="${request.id()}" data-kind="${request.kind()}" data-status="${request.status()}">
                                <td data-label="${msg("magChangeColumnRequest")}">${msg("magChangeKind." + request.kind())}<#if request.subject()??><br/><small>${msg("magChangeForUser", request.subject())}</small></#if></td>
                                <td data-label="${msg("magChangeColumnDetails")}">
                                    <#list request.values() as value>
                                        <span class="mag-change-value" data-field="${value.field()}">${msg("magChangeField." + value.field())}: ${value.value()}</span><#sep><br/></#sep>
                                    </#list>
                                </td>
                                <td data-label="${msg("magChangeColumnSubmitted")}">${request.createdAt()}</td>
                                <td class="mag-change-status" data-label="${msg("magChangeColumnStatus")}">${msg("magChangeStatus." + request.status())}<#if request.reason()?has_content><br/><span class="mag-change-reason">${msg("magChangeReason", request.reason())}</span></#if></td>
                                <td>
                                    <#if request.withdrawable()>
                                        <form class="mag-change-withdraw-form" action="${url.loginAction}" method="POST">
                                            <input type="hidden" name="formNonce" value="${magChange.formNonce}"/>
                                            <input type="hidden" name="requestId" value="${request.id()}"/>
                                            <button type="submit" name="operation" value="withdraw" class="${properties.kcButtonSecondaryClass!}" id="mag-change-withdraw-${request?index}">${msg("magChangeWithdraw")}</button>
                                        </form>
                                    </#if>
                                </td>
                            </tr>
                        </#list>
                    </tbody>
                </table>
            <#else>
                <p id="mag-change-none" class="pf-v5-u-mb-md">${msg("magChangeNone")}</p>
            </#if>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeEmailHeading")}</h2>
            <p>${msg("magChangeEmailHelp")}</p>
            <@changeForm kind="email">
                <@subject name="emailUserId"/>
                <@field.input name="email" label=msg("magChangeField.email") value=magChange.typed("email") required=true autocomplete="email"/>
            </@changeForm>

            <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeLegalNameHeading")}</h2>
            <p>${msg("magChangeLegalNameHelp")}</p>
            <@changeForm kind="legal-name">
                <@subject name="legalNameUserId"/>
                <@field.input name="firstName" label=msg("magChangeField.firstName") value=magChange.typed("firstName") required=true/>
                <@field.input name="lastName" label=msg("magChangeField.lastName") value=magChange.typed("lastName") required=true/>
            </@changeForm>

            <#if magChange.administrator>
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeAdministratorHeading")}</h2>
                <p>${msg("magChangeAdministratorHelp")}</p>
                <@changeForm kind="organization-administrator">
                    <@field.group name="administratorUserId" label=msg("magChangeField.userId") error=messagesPerField.get("administratorUserId") required=true>
                        <span class="${properties.kcInputClass!}">
                            <select id="administratorUserId" name="administratorUserId">
                                <#list magChange.members as member>
                                    <option value="${member.id()}" <#if member.id() == magChange.typed("administratorUserId")>selected</#if>>${member.username()}<#if member.name()?has_content> (${member.name()})</#if></option>
                                </#list>
                            </select>
                        </span>
                    </@field.group>
                </@changeForm>
            </#if>

            <#if magChange.companyChanges>
                <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeCompanyNameHeading")}</h2>
                <@changeForm kind="company-name">
                    <@field.input name="companyName" label=msg("magChangeField.name") value=magChange.typed("companyName") required=true/>
                </@changeForm>

                <h2 class="pf-v5-c-title pf-m-lg">${msg("magChangeCompanyAddressHeading")}</h2>
                <@changeForm kind="company-address">
                    <@field.input name="street" label=msg("magChangeField.street") value=magChange.typed("street") required=true/>
                    <@field.input name="city" label=msg("magChangeField.city") value=magChange.typed("city") required=true/>
                    <@field.input name="region" label=msg("magChangeField.region") value=magChange.typed("region")/>
                    <@field.input name="postalCode" label=msg("magChangeField.postalCode") value=magChange.typed("postalCode") required=true/>
                    <@field.input name="country" label=msg("magChangeField.country") value=magChange.typed("country") required=true/>
                </@changeForm>
            </#if>
        <#else>
            <p id="mag-change-refused" class="${properties.kcContentWrapperClass!}">${msg("magChangeNotAuthorizedHelp")}</p>
        </#if>

        <form id="mag-change-done-form" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button id="mag-change-done" name="operation" label="magChangeDone" value="done" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
