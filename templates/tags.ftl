<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page bodyClass="tags">
<div class="wrap">
<h1>${content.title}</h1>
<ul class="tag-cloud">
<#list tagList as tag><li><a href="${tag.href}">${tag.label}</a> <span class="count">(${tag.count})</span></li></#list>
</ul>
</div>
</@layout.page>
