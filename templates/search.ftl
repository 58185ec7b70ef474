<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page. The index's dictionary (../search-index.json) is fetched only when the reader searches, then
     only the parts a query needs; ?q= runs a search, so a result page can be shared. Without JavaScript the page says
     so and links the sections. -->
<#import "layout.ftl" as layout>
<@layout.page bodyClass="search-page" scripts=["/js/search.js"]>
<div class="wrap">
<h1>${content.title}</h1>
<form class="search-form" role="search" method="get" action="${sitePath}" data-search-index="../search-index.json" data-lang="${lang.code}" data-digits="${digits}" <#list countForms as f>data-msg-count-${f.category}="${f.text}" </#list> data-msg-none="${t["search.none"]}" data-msg-loading="${t["search.loading"]}" data-msg-error="${t["search.error"]}">
<p class="field"><label for="q">${t["search.label"]}</label>
<input type="search" id="q" name="q" autocomplete="off" required></p>
<p><button type="submit">${t["search.button"]}</button></p>
</form>
<p id="search-status" class="search-status" role="status"></p>
<ol id="search-results" class="search-results"></ol>
<p><button type="button" id="search-more" class="search-more" hidden>${t["search.more"]}</button></p>
<noscript>
<p>${t["search.noscript"]}</p>
<ul><#list sections as s><li><a href="${s.href}">${s.title}</a></li></#list></ul>
</noscript>
</div>
</@layout.page>
