package org.betterfactories.site.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.model.CommonFields;
import org.betterfactories.site.model.LegalReview;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.schema.ValueType;

/**
 * Turns a page's checked front matter values (as {@link ValueType} converted them: text, numbers, dates, lists and
 * groups of settings) into the typed records of the site model. Runs only on values that passed every check, so
 * a required key is present and every value has its type.
 */
final class TypedFields {
    private TypedFields() {
    }

    static CommonFields common(Map<String, Object> v) {
        return new CommonFields(str(v, "image"), str(v, "imageAlt"), str(v, "slug"), (Integer) v.get("order"),
                str(v, "translationKey"), str(v, "translationOf"), strings(v.get("source")),
                Boolean.TRUE.equals(v.get("toc")), str(v, "layout"), str(v, "linkTitle"),
                Boolean.TRUE.equals(v.get("noindex")), (LocalDate) v.get("publishDate"));
    }

    static PageFields of(PageType type, Map<String, Object> v) {
        return switch (type) {
            case PUBLICATION -> new PageFields.Publication(str(v, "pubType"), downloads(v.get("files")),
                    v.get("quote") instanceof Map<?, ?> q ? new PageFields.Quote(str(q, "text"), str(q, "by")) : null,
                    maps(v.get("highlights")).stream().map(h -> new PageFields.Highlight(str(h, "title"),
                            str(h, "quote"), str(h, "by"), str(h, "text"))).toList(),
                    str(v, "canonicalUrl"), (Integer) v.get("edition"), (LocalDate) v.get("periodStart"),
                    (LocalDate) v.get("periodEnd"), (Integer) v.get("factoriesMonitored"));
            case INITIATIVE -> new PageFields.Initiative((Integer) v.get("startYear"), strings(v.get("partners")),
                    maps(v.get("stats")).stream().map(s -> new PageFields.Stat((Integer) s.get("value"), str(s, "label"),
                            (Integer) s.get("year"))).toList(),
                    maps(v.get("links")).stream().map(l -> new PageFields.Link(str(l, "title"), str(l, "url"))).toList());
            case PROFILE -> new PageFields.Profile(str(v, "displayName"), str(v, "experience"), str(v, "message"),
                    str(v, "role"), str(v, "photo"), str(v, "photoAlt"), (LocalDate) v.get("photoConsent"),
                    str(v, "photoFocus"),
                    downloads(v.get("files")));
            case GUIDE_SECTION -> new PageFields.GuideSection((LocalDate) v.get("sourcesChecked"),
                    review(v.get("legalReview")), numbers(v.get("legalRefs")));
            case GUIDE -> new PageFields.Guide((LocalDate) v.get("sourcesChecked"), review(v.get("legalReview")));
            default -> new PageFields.None();
        };
    }

    private static LegalReview review(Object value) {
        return value instanceof ValueType.Reviewed r ? new LegalReview(r.date(), r.by()) : null;
    }

    private static List<PageFields.Download> downloads(Object files) {
        return maps(files).stream().map(f -> new PageFields.Download(str(f, "lang"), str(f, "path"), str(f, "url"),
                str(f, "format"), str(f, "size"), str(f, "title"))).toList();
    }

    private static String str(Map<?, ?> m, String key) {
        Object o = m.get(key);
        return o == null ? null : o.toString();
    }

    private static List<Map<?, ?>> maps(Object list) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    maps.add(m);
                }
            }
        }
        return maps;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<Integer> numbers(Object list) {
        return list instanceof List<?> l ? l.stream().map(o -> (Integer) o).toList() : List.of();
    }
}
