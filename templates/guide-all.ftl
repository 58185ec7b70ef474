<#ftl output_format="HTML" strip_whitespace=true>
<#-- The whole labour law guide on one page: every chapter in order, for reading offline and printing. -->
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="guide-all" scripts=(offline??)?then(["/js/offline.js"], [])>
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<h1>${content.title}</h1>
<p class="notice" role="note">${t["guide.notice"]}</p>
<@parts.downloads content.pdfDownloads/>
<@parts.offline/>
<nav class="toc" aria-labelledby="chapters-title">
<h2 id="chapters-title">${t["guide.chapters"]}</h2>
<ol><#list chapters as c><li><a href="#${c.anchor}">${c.title}</a></li></#list></ol>
</nav>
<#list chapters as c>
<article class="guide-chapter" aria-labelledby="${c.anchor}">
<h2 id="${c.anchor}" class="chapter-title"><span class="chapter-number">${t["guide.all.chapter"]} ${c.orderLabel}</span> ${c.title}</h2>
<@parts.reviewStatus c false><#if c.legalRefs?has_content> · ${t["guide.legalRefs"]}${t["colon"]} <#list c.legalRefs as r>${r.label}<#sep>, </#sep></#list></#if> · <a href="${c.href}">${c.title}</a></@parts.reviewStatus>
<div class="prose chapter-body">${c.body?no_esc}</div>
</article>
</#list>
</div>
</@layout.page>
