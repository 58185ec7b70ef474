<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/parts.ftl" as parts>
<@layout.page bodyClass="profile">
<div class="wrap">
<@parts.breadcrumbs content.breadcrumbs/>
<article class="profile-sheet">
<p class="meta">${content.typeLabel}</p>
<h1>${content.displayName}</h1>
<#if content.role??><p class="role">${content.role}</p></#if>
<#if content.photo??>
<#-- a JPEG or PNG is cut square around photoFocus and resized (html.ResponsiveImages); width and height then follow -->
<figure class="profile-photo"><img src="${content.photo}" alt="${content.photoAlt}" width="240" height="240" data-crop="square"<#if content.photoFocus??> data-focus="${content.photoFocus}"</#if> sizes="15rem"></figure>
</#if>
<section aria-labelledby="experience-title">
<h2 id="experience-title">${t["profile.experience"]}</h2>
<p>${content.experience}</p>
</section>
<#if content.message??>
<section aria-labelledby="message-title">
<h2 id="message-title">${t["profile.message"]}</h2>
<blockquote class="profile-message"><p>${content.message}</p></blockquote>
</section>
</#if>
<#if content.body?has_content><div class="prose">${content.body?no_esc}</div></#if>
<@parts.downloads content.downloads/>
<p class="print-hint">${t["profile.print"]}</p>
</article>
<@parts.tagLinks content.tagLinks/>
</div>
</@layout.page>
