<#ftl output_format="HTML" strip_whitespace=true>
<#-- Publications of one type or one year. -->
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="section facet">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<h1>${content.title}</h1>
<#include "partials/facets.ftl">
<@parts.cards items/>
</div>
</@layout.page>
