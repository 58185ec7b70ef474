<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<#-- The home page, for workers and for buyers and partners alike: who we are, the newest annual report, the newest
     publications with their covers, the initiatives with one key figure each, the guide's chapters, news. -->
<@layout.page bodyClass="home">
<div class="home-intro">
<div class="wrap wide">
<h1>${content.title}</h1>
<div class="prose">${content.body?no_esc}</div>
</div>
</div>
<div class="wrap wide">
<#if featured??>
<section class="featured" aria-labelledby="featured-title">
<h2 id="featured-title">${t["home.featured"]}</h2>
<div class="featured-card">
<#if featured.cover??><img class="cover" src="${featured.cover.src}" width="${featured.cover.width?c}" height="${featured.cover.height?c}" alt="" decoding="async"></#if>
<div class="featured-body">
<p class="card-meta">${featured.pubTypeLabel}<#if featured.date??> · <time datetime="${featured.dateIso}">${featured.date}</time></#if></p>
<h3 class="card-title"><a href="${featured.href}">${featured.title}</a></h3>
<#if featured.summary??><p>${featured.summary}</p></#if>
</div>
</div>
</section>
</#if>
<#if latestPublications?has_content>
<section aria-labelledby="latest-title">
<h2 id="latest-title">${t["home.latest"]}</h2>
<@parts.cards latestPublications "h3"/>
<#if publicationsHref??><p><a class="more" href="${publicationsHref}">${t["home.allPublications"]}</a></p></#if>
</section>
</#if>
<#if initiatives?has_content>
<section aria-labelledby="initiatives-title">
<h2 id="initiatives-title">${t["home.initiatives"]}</h2>
<@parts.cards initiatives "h3"/>
</section>
</#if>
<#if guide??>
<section class="home-guide" aria-labelledby="guide-title">
<h2 id="guide-title">${t["home.guide"]}</h2>
<#if guide.summary??><p>${guide.summary}</p></#if>
<#if guideChapters?has_content>
<ol class="chapter-grid">
<#list guideChapters as ch><li><a href="${ch.href}">${ch.title}</a></li></#list>
</ol>
</#if>
<p><a class="more" href="${guide.href}">${guide.title}</a></p>
</section>
</#if>
<#if latestNews?has_content>
<section aria-labelledby="news-title">
<h2 id="news-title">${t["home.news"]}</h2>
<@parts.cards latestNews "h3"/>
<#if newsHref??><p><a class="more" href="${newsHref}">${t["home.allNews"]}</a></p></#if>
</section>
</#if>
</div>
</@layout.page>
