<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page bodyClass="not-found">
<div class="wrap">
<h1>${content.title}</h1>
<p>${t["notfound.text"]}</p>
<p><a href="${site.home}">${t["notfound.home"]}</a></p>
</div>
</@layout.page>
