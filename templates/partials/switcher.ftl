<#ftl output_format="HTML" strip_whitespace=true>
<#-- The language switcher's three states: the current language; a translation that exists (link to it);
     no translation (link to the same section in the other language, labelled so). -->
<nav class="lang-switch" aria-label="${t["switcher.label"]}">
<ul>
<#list switcher as s>
<#if s.state == "current">
<li><span class="lang-current" lang="${s.code}" aria-current="true">${s.name}</span></li>
<#elseif s.state == "translated">
<li><a href="${s.href}" hreflang="${s.code}" lang="${s.code}">${s.name}</a></li>
<#else>
<li><a href="${s.href}" hreflang="${s.code}" class="lang-missing"><span lang="${s.code}">${s.name}</span> <span class="lang-note">${s.note}</span></a></li>
</#if>
</#list>
</ul>
</nav>
