<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="initiative">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article>
<p class="meta">${content.typeLabel} · ${t["initiative.started"]} ${content.startYear}</p>
<h1>${content.title}</h1>
<p class="lead">${content.summary}</p>
<#if content.stats?has_content>
<section class="stats" aria-labelledby="figures-title">
<h2 id="figures-title">${t["initiative.figures"]}</h2>
<ul class="stat-list">
<#list content.stats as s>
<li><span class="stat-value">${s.value}</span> <span class="stat-label">${s.label}</span><#if s.year??> <span class="stat-year">(${s.year})</span></#if></li>
</#list>
</ul>
</section>
</#if>
<div class="prose">${content.body?no_esc}</div>
<#if content.partners?has_content>
<section aria-labelledby="partners-title">
<h2 id="partners-title">${t["initiative.partners"]}</h2>
<ul><#list content.partners as p><li>${p}</li></#list></ul>
</section>
</#if>
<#if content.links?has_content>
<section aria-labelledby="links-title">
<h2 id="links-title">${t["initiative.links"]}</h2>
<ul><#list content.links as l><li><a href="${l.url}">${l.title}</a> <span class="external-note">${t["publication.external"]}</span></li></#list></ul>
</section>
</#if>
<@parts.tagLinks content.tagLinks/>
</article>
</div>
</@layout.page>
