package org.betterfactories.site.browser;

import java.util.ArrayList;
import java.util.List;

/** One page of every template, in both languages: what the browser tests look at. */
final class Templates {
    /** Template name to a page path without the language prefix. */
    static final List<String[]> PAGES = List.of(
            new String[] {"home", "/"},
            new String[] {"section", "/publications/"},
            new String[] {"publication", "/publications/annual-report-2020/"},
            new String[] {"publications-facet", "/publications/year/2020/"},
            new String[] {"initiative", "/initiatives/radio-labour-law-competition/"},
            new String[] {"profile", "/profiles/example-profile-a/"},
            new String[] {"guide", "/guide/"},
            new String[] {"guide-section", "/guide/wages/"},
            new String[] {"guide-all", "/guide/all/"},
            new String[] {"news", "/news/bfc-turns-20/"},
            new String[] {"page", "/about/"},
            new String[] {"newsletter", "/newsletter/"},
            new String[] {"tags", "/tags/"},
            new String[] {"tag", "/tags/compliance/"},
            new String[] {"search", "/search/?q=%E1%9E%80%E1%9E%98%E1%9F%92%E1%9E%98%E1%9E%80%E1%9E%9A"},
            new String[] {"404", "/404.html"});

    private Templates() {
    }

    /** Every (template, language, site path) to check, plus the bilingual landing page. */
    static List<String[]> all() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"landing", "", "/"});
        for (String lang : List.of("km", "en")) {
            for (String[] p : PAGES) {
                all.add(new String[] {p[0], lang, "/" + lang + p[1]});
            }
        }
        return all;
    }
}
