<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="tag">
<div class="wrap">
<p class="meta"><a href="${tagsIndex}">${t["tags.title"]}</a></p>
<h1>${content.title}</h1>
<@parts.cards items/>
</div>
</@layout.page>
