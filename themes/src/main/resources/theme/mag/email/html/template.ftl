<#-- Layout shared by every HTML email of the gateway. Only messages are printed here;
     user data passed by a caller stays escaped by FreeMarker's HTML output format. -->
<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1b1d21;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f9;">
    <tr>
        <td align="center" style="padding:24px 12px;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:4px solid #f2a900;">
                <tr>
                    <td id="mag-email-header" style="background:#10284a;color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold;">${msg("magProductName")}</td>
                </tr>
                <tr>
                    <td style="padding:24px;font-size:15px;line-height:1.5;">
                        <#nested>
                    </td>
                </tr>
                <tr>
                    <td id="mag-email-footer" style="padding:16px 24px;font-size:12px;color:#5a6270;border-top:1px solid #e3e6ea;">${msg("magEmailFooter")}</td>
                </tr>
            </table>
        </td>
    </tr>
</table>
</body>
</html>
</#macro>
