<#ftl output_format="HTML" strip_whitespace=true>
<header class="site-header">
<div class="wrap header-bar">
<a class="site-name" href="${site.home}">${site.name}</a>
<#include "switcher.ftl">
<#if sitePath != searchHref>
<form class="site-search" role="search" method="get" action="${searchHref}">
<label for="site-search-q" class="visually-hidden">${t["search.label"]}</label>
<input type="search" id="site-search-q" name="q" autocomplete="off">
<button type="submit">${t["search.button"]}</button>
</form>
</#if>
</div>
<#if nav?has_content>
<nav class="main-nav" aria-label="${t["nav.label"]}">
<ul class="wrap">
<#list nav as item>
<li><a href="${item.href}"<#if item.current> aria-current="page"<#elseif item.inSection> class="in-section"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
</#if>
</header>
