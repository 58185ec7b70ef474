<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="news">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article>
<p class="meta">${content.typeLabel} · <time datetime="${content.dateIso}">${content.date}</time></p>
<h1>${content.title}</h1>
<p class="lead">${content.summary}</p>
<div class="prose">${content.body?no_esc}</div>
<@parts.tagLinks content.tagLinks/>
</article>
</div>
</@layout.page>
