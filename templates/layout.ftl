<#ftl output_format="HTML" strip_whitespace=true>
<#import "partials/share.ftl" as share>
<#-- The frame of every language page: head, skip link, header, main, footer.
     Templates call it as <@layout.page> ... </@layout.page>. -->
<#macro page bodyClass="" scripts=[]>
<!DOCTYPE html>
<html lang="${lang.code}"<#if (lang.khmerDigits)!false> class="khmer-digits"</#if>>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<#if head.canonical??><link rel="canonical" href="${head.canonical}"></#if>
<#list head.alternates as a><link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">
</#list>
<#if head.noindex><meta name="robots" content="noindex"></#if>
<link rel="alternate" type="application/atom+xml" href="${head.feed}" title="${site.name}">
<@share.card head.og/>
<#if head.jsonLd??><script type="application/ld+json">${head.jsonLd?no_esc}</script></#if>
<#-- Khmer pages use both weights (bold titles): both start loading at once, so text is laid out once, not again when
     a late bold arrives (a layout shift). -->
<#if lang.khmer><link rel="preload" href="/fonts/noto-sans-khmer-khmer-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/fonts/noto-sans-khmer-khmer-700-normal.woff2" as="font" type="font/woff2" crossorigin></#if>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<#if manifest??><link rel="manifest" href="${manifest}"></#if>
<link rel="stylesheet" href="${assets["/css/site.css"]}">
<#if newsletter?? && newsletter.enhanced><script src="${assets["/js/newsletter.js"]}" defer></script></#if>
<#list scripts as s><script src="${assets[s]}" defer></script>
</#list>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">${t["skip.link"]}</a>
<#include "partials/header.ftl">
<main id="main" tabindex="-1">
<#if (content.draft)!false><p class="draft-banner" role="note">${t["draft.banner"]}</p></#if>
<#if content.scheduled??><p class="draft-banner" role="note">${content.scheduled}</p></#if>
<#if (content.reviewNote)??><p class="review-notice" role="note">${content.reviewNote.notice}<#if content.reviewNote.href??> <a href="${content.reviewNote.href}" hreflang="${content.reviewNote.lang}">${content.reviewNote.link}</a></#if></p></#if>
<#if (content.staleSource)??><p class="stale-notice" role="note">${content.staleSource.notice} <a href="${content.staleSource.href}" hreflang="${content.staleSource.lang}">${content.staleSource.link}</a></p></#if>
<#nested>
</main>
<#if newsletter?? && newsletter.showBox>
<#import "partials/newsletter-form.ftl" as nl>
<aside class="newsletter-box" aria-labelledby="newsletter-title">
<div class="wrap">
<h2 id="newsletter-title">${t["newsletter.title"]}</h2>
<p>${t["newsletter.text"]}</p>
<@nl.form newsletter/>
</div>
</aside>
</#if>
<#include "partials/footer.ftl">
</body>
</html>
</#macro>
