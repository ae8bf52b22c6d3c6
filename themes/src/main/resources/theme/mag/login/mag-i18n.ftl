<#-- Formatting in the reader's language. Imported as i18n by the gateway's pages. -->

<#-- A calendar day that Java hands over as ISO 8601 (yyyy-MM-dd, a UTC day), written the way the
     page's language writes dates: the pattern is the bundle's magDatePattern (java.text
     SimpleDateFormat letters). Parsing and formatting both use FreeMarker's time zone, so the day
     never shifts. Empty in, empty out. -->
<#function day iso>
    <#if !(iso?has_content)><#return ""></#if>
    <#return iso?date("yyyy-MM-dd")?string(msg("magDatePattern"))>
</#function>
