<#ftl output_format="HTML" strip_whitespace=true>
<#-- The newsletter page (`layout: newsletter`): the page's text, then the signup form. -->
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<#import "partials/newsletter-form.ftl" as nl>
<@layout.page bodyClass="page newsletter-page">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<h1>${content.title}</h1>
<div class="prose">${content.body?no_esc}</div>
<#if newsletter??>
<section class="newsletter-box" aria-labelledby="signup-title">
<h2 id="signup-title">${t["newsletter.title"]}</h2>
<@nl.form newsletter/>
</section>
</#if>
</div>
</@layout.page>
