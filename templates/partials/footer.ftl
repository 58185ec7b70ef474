<#ftl output_format="HTML" strip_whitespace=true>
<footer class="site-footer">
<div class="wrap">
<#if footerNav?has_content>
<nav aria-label="${t["footer.label"]}">
<ul class="footer-links">
<#list footerNav as item><li><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a></li></#list>
</ul>
</nav>
</#if>
<p>${t["footer.about"]}</p>
</div>
</footer>
