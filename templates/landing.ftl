<#ftl output_format="HTML" strip_whitespace=true>
<#-- The bilingual page at the site root: links both languages (x-default). Also the root 404 page,
     which static hosts serve for any missing address. -->
<#import "partials/share.ftl" as share>
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
<#if head.og??><@share.card head.og/></#if>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assets["/css/site.css"]}">
</head>
<body class="landing">
<main id="main" class="wrap">
<img class="landing-mark" src="/favicon.svg" width="64" height="64" alt="">
<h1>${languages[0].t["site.name"]}</h1>
<#list languages as l>
<section lang="${l.code}" class="landing-language" aria-labelledby="lang-${l.code}">
<#if notFound>
<h2 id="lang-${l.code}">${l.t["notfound.title"]}</h2>
<p>${l.t["notfound.text"]}</p>
<p><a class="landing-link" href="${l.href}" hreflang="${l.code}">${l.t["notfound.home"]}</a></p>
<#else>
<h2 id="lang-${l.code}"><a class="landing-link" href="${l.href}" hreflang="${l.code}">${l.name}</a></h2>
<p>${l.t["site.description"]}</p>
</#if>
</section>
</#list>
</main>
</body>
</html>
