<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="publication" scripts=(offline??)?then(["/js/offline.js"], [])>
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article>
<div class="publication-head">
<#if content.cover??><img class="cover" src="${content.cover.src}" width="${content.cover.width?c}" height="${content.cover.height?c}" alt="${content.cover.alt}" decoding="async"></#if>
<div>
<p class="meta">${content.pubTypeLabel}<#if content.date??> · <time datetime="${content.dateIso}">${content.date}</time></#if></p>
<h1>${content.title}</h1>
</div>
</div>
<#if content.quote??>
<figure class="pull-quote">
<blockquote><p>${content.quote.text}</p></blockquote>
<#if content.quote.by??><figcaption>${content.quote.by}</figcaption></#if>
</figure>
</#if>
<p class="lead">${content.summary}</p>
<#if content.edition?? || content.period?? || content.factoriesMonitored??>
<dl class="facts">
<#if content.edition??><dt>${t["publication.edition"]}</dt><dd>${content.edition}</dd></#if>
<#if content.period??><dt>${t["publication.period"]}</dt><dd>${content.period}</dd></#if>
<#if content.factoriesMonitored??><dt>${t["publication.factories"]}</dt><dd>${content.factoriesMonitored}</dd></#if>
</dl>
</#if>
<#if content.body?has_content><div class="prose">${content.body?no_esc}</div></#if>
<#if content.highlights?has_content>
<section class="highlights" aria-labelledby="highlights-title">
<h2 id="highlights-title">${t["publication.highlights"]}</h2>
<#list content.highlights as h>
<section class="highlight">
<h3>${h.title}</h3>
<#if h.text??><p>${h.text}</p></#if>
<#if h.quote??>
<figure class="quote">
<blockquote><p>${h.quote}</p></blockquote>
<#if h.by??><figcaption>${h.by}</figcaption></#if>
</figure>
</#if>
</section>
</#list>
</section>
</#if>
<@parts.downloads content.downloads/>
<@parts.offline/>
<#if !content.downloads?has_content && !content.canonicalUrl??><p class="no-download">${t["publication.noCopy"]} <a href="${t["publication.elsewhereHref"]}">${t["publication.elsewhere"]}</a> <span class="external-note">${t["publication.external"]}</span></p></#if>
<#if content.canonicalUrl??>
<#if !content.downloads?has_content><p class="no-download">${t["publication.noDownload"]}</p></#if>
<p class="online-page"><a href="${content.canonicalUrl}">${t["publication.onlinePage"]}</a> <span class="external-note">${t["publication.external"]}</span></p>
</#if>
<@parts.tagLinks content.tagLinks/>
</article>
</div>
</@layout.page>
