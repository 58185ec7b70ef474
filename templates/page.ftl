<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="page">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article>
<h1>${content.title}</h1>
<#if content.date??><p class="meta"><time datetime="${content.dateIso}">${content.date}</time></p></#if>
<div class="prose">${content.body?no_esc}</div>
<@parts.tagLinks content.tagLinks/>
</article>
</div>
</@layout.page>
