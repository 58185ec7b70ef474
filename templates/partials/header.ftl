<#ftl output_format="HTML" strip_whitespace=true>
<#-- Phone first: the wordmark and the language switcher on the first row; the menu (a <details>, so it folds
     without JavaScript) and a link to the search page on the second. From 48rem wide, the search form sits in the
     first row and the menu is a bar of links (.main-nav); the folded copy is hidden there. -->
<header class="site-header">
<div class="wrap header-bar">
<a class="site-name" href="${site.home}"><#if site.wordmark??><img src="${site.wordmark.src}" width="${site.wordmark.width}" height="${site.wordmark.height}" alt="${site.name}"><#else>${site.name}</#if></a>
<#if sitePath != searchHref>
<form class="site-search" role="search" method="get" action="${searchHref}">
<label for="site-search-q" class="visually-hidden">${t["search.label"]}</label>
<input type="search" id="site-search-q" name="q" autocomplete="off">
<button type="submit">${t["search.button"]}</button>
</form>
</#if>
<#include "switcher.ftl">
</div>
<#if nav?has_content || sitePath != searchHref>
<div class="header-fold">
<div class="wrap">
<#if nav?has_content>
<details class="menu-fold">
<summary><svg class="icon" aria-hidden="true" width="20" height="20" viewBox="0 0 20 20"><path d="M2 4h16M2 10h16M2 16h16" stroke="currentColor" stroke-width="2"/></svg>${t["menu.open"]}</summary>
<nav aria-label="${t["nav.label"]}">
<ul>
<#list nav as item>
<li><a href="${item.href}"<#if item.current> aria-current="page"<#elseif item.inSection> class="in-section"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
</details>
</#if>
<#if sitePath != searchHref><a class="search-link" href="${searchHref}"><svg class="icon" aria-hidden="true" width="20" height="20" viewBox="0 0 20 20"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12.5 12.5l5 5" stroke="currentColor" stroke-width="2.2"/></svg>${t["search.button"]}</a></#if>
</div>
</div>
</#if>
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
