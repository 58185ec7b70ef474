<#ftl output_format="HTML" strip_whitespace=true>
<header class="site-header">
<div class="wrap header-bar">
<a class="site-name" href="${site.home}">${site.name}</a>
<#include "switcher.ftl">
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
