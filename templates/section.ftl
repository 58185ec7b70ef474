<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="section">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<h1>${content.title}</h1>
<#if content.body?has_content><div class="prose">${content.body?no_esc}</div></#if>
<#include "partials/facets.ftl">
<#if items?has_content>
<@parts.cards items/>
<#else>
<p class="empty">${t["list.empty"]}</p>
</#if>
<@parts.tagLinks content.tagLinks/>
</div>
</@layout.page>
