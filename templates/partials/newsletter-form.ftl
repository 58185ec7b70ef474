<#ftl output_format="HTML" strip_whitespace=true>
<#-- The newsletter signup form: a plain POST to the mailing-list provider, so it works on any static host
     and without JavaScript. Field names, honeypot, hidden fields and language values come from site.yml. -->
<#macro form n>
<form method="post" action="${n.action}" class="newsletter-form" accept-charset="UTF-8"<#if n.enhanced> data-enhance="fetch-json" data-msg-success="${n.successMessage}" data-msg-error="${n.errorMessage}" data-msg-sending="${n.sendingMessage}" data-msg-unsure="${t["newsletter.unsure"]}" data-msg-plain="${t["newsletter.plain"]}"</#if>>
<p class="field"><label for="nl-email">${t["newsletter.email"]}</label>
<input type="email" id="nl-email" name="${n.emailField}" autocomplete="email" required></p>
<#if n.nameField??>
<p class="field"><label for="nl-name">${t["newsletter.name"]}</label>
<input type="text" id="nl-name" name="${n.nameField}" autocomplete="name"></p>
</#if>
<fieldset class="field nl-languages">
<legend>${t["newsletter.language"]}</legend>
<#list n.languages as l>
<label class="choice" lang="${l.code}"><input type="radio" name="${n.languageField}" value="${l.value}"<#if l.checked> checked</#if>> ${l.name}</label>
</#list>
</fieldset>
<div class="nl-hp" aria-hidden="true"><label for="nl-hp">${t["newsletter.honeypot"]}</label><input type="text" id="nl-hp" name="${n.honeypot}" value="" tabindex="-1" autocomplete="off"></div>
<#list n.hidden as h><input type="hidden" name="${h.name}" value="${h.value}">
</#list>
<p class="consent">${t["newsletter.consent"]}<#if n.privacyHref??> <a href="${n.privacyHref}">${t["newsletter.privacy"]}</a></#if></p>
<p><button type="submit">${t["newsletter.submit"]}</button></p>
<#if n.enhanced><p class="nl-status" role="status"></p></#if>
</form>
</#macro>
