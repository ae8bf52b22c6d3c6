<#-- Registration wizard: Organization Profile. Required fields carry an asterisk; errors per field. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mag-registration-macros.ftl" as reg>
<@layout.registrationLayout displayMessage=false displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("magRegProfileTitle")}
    <#elseif section = "form">
        <@reg.form id="mag-registration-profile" step="magRegStepProfile">
            <#if magReg.invited>
                <div class="${properties.kcFormGroupClass}">
                    <span class="${properties.kcFormLabelClass}">${msg("magRegLegalName")}</span>
                    <p id="mag-fixed-legal-name"><strong>${magReg.profile.legalName!''}</strong></p>
                    <span class="${properties.kcFormLabelClass}">${msg("magRegContactEmail")}</span>
                    <p id="mag-fixed-contact-email">${magReg.contactEmail}</p>
                </div>
            <#else>
                <@field.input name="legalName" label=msg("magRegLegalName") value=magReg.profile.legalName!'' required=true autofocus=true/>
                <@field.input name="contactEmail" label=msg("magRegContactEmail") value=magReg.contactEmail required=true autocomplete="email"/>
            </#if>
            <@field.input name="street" label=msg("magRegStreet") value=magReg.profile.street!'' required=true autocomplete="street-address"/>
            <@field.input name="city" label=msg("magRegCity") value=magReg.profile.city!'' required=true autocomplete="address-level2"/>
            <@field.input name="region" label=msg("magRegRegion") value=magReg.profile.region!'' required=true autocomplete="address-level1"/>
            <@field.input name="postalCode" label=msg("magRegPostalCode") value=magReg.profile.postalCode!'' required=true autocomplete="postal-code"/>
            <@field.input name="country" label=msg("magRegCountry") value=magReg.profile.country!'' required=true autocomplete="country-name"/>
            <@field.input name="phone" label=msg("magRegPhone") value=magReg.profile.phone!'' required=true autocomplete="tel"/>
            <@field.input name="website" label=msg("magRegWebsite") value=magReg.profile.website!''/>
            <@field.input name="cageCode" label=msg("magRegCage") value=magReg.profile.cageCode!''/>
            <@field.input name="dunsNumber" label=msg("magRegDuns") value=magReg.profile.dunsNumber!''/>
            <@reg.nav/>
        </@reg.form>
    </#if>
</@layout.registrationLayout>
