<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- Shown by the service worker, without a connection, for a page that was neither saved nor visited
     (README, "Offline reading"). -->
<@layout.page bodyClass="offline-page">
<div class="wrap">
<h1>${content.title}</h1>
<p>${t["offline.text"]}</p>
<p><a href="${guideHref}">${t["offline.guide"]}</a></p>
</div>
</@layout.page>
