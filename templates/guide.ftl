<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="guide" scripts=(offline??)?then(["/js/offline.js"], [])>
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<h1>${content.title}</h1>
<p class="notice" role="note">${t["guide.notice"]}</p>
<#if content.body?has_content><div class="prose">${content.body?no_esc}</div></#if>
<#if items?has_content>
<section aria-labelledby="chapters-title">
<h2 id="chapters-title">${t["guide.chapters"]}</h2>
<ol class="chapters">
<#list items as item>
<li><a href="${item.href}">${item.title}</a><#if item.summary??><p>${item.summary}</p></#if></li>
</#list>
</ol>
</section>
</#if>
<#if guideAllHref??><p><a class="more" href="${guideAllHref}">${t["guide.all.link"]}</a></p></#if>
<@parts.downloads content.pdfDownloads/>
<@parts.offline/>
<#if content.sourcesChecked??><@parts.reviewStatus content false/></#if>
<@parts.tagLinks content.tagLinks/>
</div>
</@layout.page>
