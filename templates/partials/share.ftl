<#ftl output_format="HTML" strip_whitespace=true>
<#-- The share card (Open Graph, and Twitter's card), for every page and the root page. -->
<#macro card og>
<meta property="og:type" content="${og.type}">
<meta property="og:title" content="${og.title}">
<meta property="og:description" content="${og.description}">
<meta property="og:url" content="${og.url}">
<meta property="og:site_name" content="${og.siteName}">
<meta property="og:locale" content="${og.locale}">
<#list og.localeAlternates as l><meta property="og:locale:alternate" content="${l}">
</#list>
<meta property="og:image" content="${og.image}">
<meta property="og:image:alt" content="${og.imageAlt}">
<#if og.imageWidth??><meta property="og:image:width" content="${og.imageWidth?c}">
<meta property="og:image:height" content="${og.imageHeight?c}">
</#if>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${og.title}">
<meta name="twitter:description" content="${og.description}">
<meta name="twitter:image" content="${og.image}">
<meta name="twitter:image:alt" content="${og.imageAlt}">
</#macro>
