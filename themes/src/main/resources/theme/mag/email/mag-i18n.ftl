<#-- Formatting in the reader's language. Imported as i18n ("/mag-i18n.ftl") by the gateway's html/ and text/ emails. -->

<#-- A calendar day that Java hands over as ISO 8601 (yyyy-MM-dd, a UTC day), written the way the
     page's language writes dates: the pattern is the bundle's magDatePattern (java.text
     SimpleDateFormat letters). Parsing and formatting both use FreeMarker's time zone, so the day
     never shifts. Empty in, empty out. -->
<#function day iso>
    <#if !(iso?has_content)><#return ""></#if>
    <#return iso?date("yyyy-MM-dd")?string(msg("magDatePattern"))>
</#function>

<#-- A UTC minute that Java hands over as yyyy-MM-dd HH:mm, written with the bundle's
     magDateTimePattern; like day, parsing and formatting share FreeMarker's time zone. -->
<#function minute iso>
    <#if !(iso?has_content)><#return ""></#if>
    <#return iso?datetime("yyyy-MM-dd HH:mm")?string(msg("magDateTimePattern"))>
</#function>
