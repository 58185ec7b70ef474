<#ftl output_format="HTML" strip_whitespace=true>
<#-- Small pieces shared by page templates. Import with <#import "partials/parts.ftl" as parts>. -->

<#-- A list of pages as cards: cover (publications), type, date, linked title, summary, key figure (initiatives).
     The cover repeats the linked title next to it, so its alt text is empty here; the publication's page gives it. -->
<#macro cards items heading="h2" lazy=true>
<ul class="cards">
<#list items as item>
<li class="card<#if item.cover??> has-cover</#if>">
<#if item.cover??><img class="cover" src="${item.cover.src}" width="${item.cover.width?c}" height="${item.cover.height?c}" alt=""<#if lazy> loading="lazy"</#if> decoding="async"></#if>
<div class="card-body">
<p class="card-meta"><#if item.pubTypeLabel??>${item.pubTypeLabel}<#else>${item.typeLabel}</#if><#if item.date??> · <time datetime="${item.dateIso}">${item.date}</time><#elseif item.startYear??> · ${item.startYear}</#if></p>
<#if heading == "h3"><h3 class="card-title"><a href="${item.href}">${item.title}</a></h3><#else><h2 class="card-title"><a href="${item.href}">${item.title}</a></h2></#if>
<#if item.figure??><p class="card-figure"><span class="figure-value">${item.figure.value}</span> <span class="figure-label">${item.figure.label}<#if item.figure.year??> (${item.figure.year})</#if></span></p></#if>
<#if item.summary??><p class="card-summary">${item.summary}</p></#if>
</div>
</li>
</#list>
</ul>
</#macro>

<#-- Home > Section: the pages above this one (the page itself is the h1 just below). -->
<#macro breadcrumbs crumbs>
<#if (crumbs?size > 1)>
<nav class="breadcrumbs" aria-label="${t["breadcrumb.label"]}">
<ol>
<#list crumbs as c><#if !c?is_last><li><a href="${c.href}">${c.title}</a></li></#if></#list>
</ol>
</nav>
</#if>
</#macro>

<#macro tagLinks links>
<#if links?has_content>
<p class="tag-links"><span>${t["tags.label"]}${t["colon"]}</span>
<#list links as tag><a href="${tag.href}">${tag.label}</a><#sep> </#sep></#list>
</p>
</#if>
</#macro>

<#-- "Save the guide for offline reading" (README, "Offline reading"): hidden until assets/js/offline.js finds a
     browser that can keep pages; the texts of its states are in data- attributes, in the page's language. -->
<#macro offline>
<#if offline??>
<div class="offline" data-offline hidden data-saving="${t["offline.saving"]}" data-saved="${t["offline.saved"]}" data-kept="${t["offline.kept"]}" data-failed="${t["offline.failed"]}" data-updated="${t["offline.updated"]}"<#if (lang.khmerDigits)!false> data-khmer-digits</#if>>
<button type="button" class="offline-save">${t["offline.save"]}</button>
<p class="offline-status" role="status"></p>
</div>
</#if>
</#macro>

<#-- Download links: "Download report in Khmer (PDF, 3.2 MB)", with hreflang and MIME type. -->
<#macro downloads items>
<#if items?has_content>
<section class="downloads" aria-labelledby="downloads-title">
<h2 id="downloads-title">${t["publication.downloads"]}</h2>
<ul>
<#list items as d>
<li><a href="${d.href}" hreflang="${d.hreflang}"<#if d.mime??> type="${d.mime}"</#if> class="download">${d.label} <span class="download-details">(${d.details})</span><#if d.external> <span class="external-note">${t["publication.external"]}</span></#if></a></li>
</#list>
</ul>
</section>
</#if>
</#macro>

<#-- What a guide chapter says about its checks: the not-legal-advice notice, with a line saying that no lawyer has
     reviewed it yet until a person enters the review; then the date the text was checked against its sources. -->
<#macro reviewStatus c notice=true>
<#if notice><p class="notice" role="note">${t["guide.notice"]}<#if !c.legalReview??> ${t["guide.noLegalReview"]}</#if></p></#if>
<p class="meta"><#if c.sourcesChecked??>${t["guide.sourcesChecked"]}${t["colon"]} <time datetime="${c.sourcesCheckedIso}">${c.sourcesChecked}</time></#if><#if c.legalReview??> · ${t["guide.legalReview"]?replace("{reviewer}", c.legalReview.reviewer)?replace("{date}", c.legalReview.date)}<#elseif !notice> · ${t["guide.noLegalReview"]}</#if><#nested></p>
</#macro>
