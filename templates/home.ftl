<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="home">
<div class="wrap">
<h1>${content.title}</h1>
<div class="prose">${content.body?no_esc}</div>
<#if latestPublications?has_content>
<section aria-labelledby="latest-title">
<h2 id="latest-title">${t["home.latest"]}</h2>
<@parts.cards latestPublications "h3"/>
<#if publicationsHref??><p><a class="more" href="${publicationsHref}">${t["home.allPublications"]}</a></p></#if>
</section>
</#if>
<#if latestNews?has_content>
<section aria-labelledby="news-title">
<h2 id="news-title">${t["home.news"]}</h2>
<@parts.cards latestNews "h3"/>
<#if newsHref??><p><a class="more" href="${newsHref}">${t["home.allNews"]}</a></p></#if>
</section>
</#if>
<#if initiatives?has_content>
<section aria-labelledby="initiatives-title">
<h2 id="initiatives-title">${t["home.initiatives"]}</h2>
<@parts.cards initiatives "h3"/>
</section>
</#if>
<#if guide??>
<section aria-labelledby="guide-title">
<h2 id="guide-title">${t["home.guide"]}</h2>
<p><a href="${guide.href}">${guide.title}</a></p>
<#if guide.summary??><p>${guide.summary}</p></#if>
</section>
</#if>
</div>
</@layout.page>
