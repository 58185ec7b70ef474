<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page bodyClass="page">
<h1>${content.title}</h1>
<p>${content.noSuchKey}</p>
</@layout.page>
