<#ftl output_format="HTML" strip_whitespace=true>
<footer class="site-footer">
<div class="wrap">
<p>${t["footer.about"]}</p>
</div>
</footer>
