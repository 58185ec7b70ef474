<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="guide-section" scripts=(offline??)?then(["/js/offline.js"], [])>
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article>
<p class="meta">${content.typeLabel} ${content.orderLabel}</p>
<h1>${content.title}</h1>
<@parts.reviewStatus content/>
<#if content.legalRefs?has_content>
<p class="legal-refs">${t["guide.legalRefs"]}${t["colon"]} <#list content.legalRefs as r>${r.label}<#sep>, </#sep></#list></p>
</#if>
<nav class="toc" aria-labelledby="toc-title" data-toc><h2 id="toc-title">${t["guide.toc"]}</h2></nav>
<div class="prose">${content.body?no_esc}</div>
<@parts.tagLinks content.tagLinks/>
<@parts.offline/>
</article>
<nav class="pager" aria-label="${t["guide.chapters"]}">
<ul>
<#if content.prev??><li class="prev"><a href="${content.prev.href}" rel="prev"><span>${t["guide.prev"]}</span> ${content.prev.title}</a></li></#if>
<#if content.guide??><li class="up"><a href="${content.guide.href}">${t["guide.backToGuide"]}</a></li></#if>
<#if content.next??><li class="next"><a href="${content.next.href}" rel="next"><span>${t["guide.next"]}</span> ${content.next.title}</a></li></#if>
</ul>
</nav>
</div>
</@layout.page>
