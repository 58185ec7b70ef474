<#ftl output_format="HTML" strip_whitespace=true>
<#-- Filter links of the publications list: all, by type, by year. Plain links: no JavaScript needed. -->
<#if facets??>
<nav class="facets" aria-label="${t["facet.all"]}">
<p><a href="${facets.all}"<#if sitePath == facets.all> aria-current="page"</#if>>${t["facet.all"]}</a></p>
<#if facets.types?has_content>
<h2 class="facet-title">${t["facet.byType"]}</h2>
<ul><#list facets.types as f><li><a href="${f.href}"<#if f.current> aria-current="page"</#if>>${f.label}</a> <span class="count">(${f.count})</span></li></#list></ul>
</#if>
<#if facets.years?has_content>
<h2 class="facet-title">${t["facet.byYear"]}</h2>
<ul class="years"><#list facets.years as f><li><a href="${f.href}"<#if f.current> aria-current="page"</#if>>${f.label}</a> <span class="count">(${f.count})</span></li></#list></ul>
</#if>
</nav>
</#if>
