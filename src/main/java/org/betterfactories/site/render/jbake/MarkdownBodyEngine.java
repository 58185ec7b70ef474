package org.betterfactories.site.render.jbake;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine, registered for {@code .md} in JBake's engine registry, with two changes:
 * the flexmark parser and renderer are built once per extension list instead of once per document
 * (JBake rebuilds them for every file), and headings accept explicit ids ({@code ## Wages {#wages}}) so
 * that anchors can be identical in both languages. The extensions come from JBake's
 * {@code markdown.extensions} setting, as in JBake.
 */
public final class MarkdownBodyEngine extends MarkdownEngine {

    private record Built(List<String> extensions, Parser parser, HtmlRenderer renderer) {
    }

    private volatile Built built;

    @Override
    public void processBody(ParserContext context) {
        Built b = forExtensions(context.getConfig().getMarkdownExtensions());
        context.setBody(b.renderer().render(b.parser().parse(context.getBody())));
    }

    private Built forExtensions(List<String> extensions) {
        Built b = built;
        if (b == null || !Objects.equals(b.extensions(), extensions)) {
            // Soft line breaks stay line breaks (pegdown makes them spaces), so that a break inside Khmer
            // text can be told from a real space and joined (html.KhmerLineJoins).
            DataHolder options = new MutableDataSet(flexmarkOptions(pegdownFlags(extensions)))
                    .set(HtmlRenderer.SOFT_BREAK, "\n")
                    .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                    .set(HtmlRenderer.RENDER_HEADER_ID, true)
                    // flexmark drops javascript: links silently; kept, they reach UnsafeHtml, which names them
                    .set(HtmlRenderer.SUPPRESSED_LINKS, "")
                    .toImmutable();
            b = new Built(List.copyOf(extensions), Parser.builder(options).build(),
                    HtmlRenderer.builder(options).htmlIdGeneratorFactory(new ExplicitIdsOnly()).build());
            built = b;
        }
        return b;
    }

    /**
     * flexmark's options for pegdown flags, with explicit heading ids ({@code {#id}}); AUTOLINKS is served by
     * {@link QuickAutolinks} in the place of flexmark's extension (the order of extensions matters: escaped
     * characters are handled first), which gives the same links faster. E-mail addresses are encoded as
     * character references the same way every time (flexmark picks at random), so output stays identical.
     */
    static DataHolder flexmarkOptions(int flags) {
        MutableDataSet options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(flags,
                AttributesExtension.create()));
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.replaceAll(e -> e instanceof AutolinkExtension ? new QuickAutolinks() : e);
        return options.set(Parser.EXTENSIONS, extensions).set(HtmlRenderer.OBFUSCATE_EMAIL_RANDOM, false);
    }

    /**
     * Heading ids written in the source ({@code ## Wages {#wages}}) are rendered; flexmark's own generated ids
     * are not (they drop Khmer vowel signs and can repeat): {@code html.HeadingIds} gives the other headings
     * theirs.
     */
    private static final class ExplicitIdsOnly implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return create();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HtmlIdGenerator() {
                @Override
                public void generateIds(Document document) {
                    // ids come from the source only
                }

                @Override
                public String getId(Node node) {
                    return node instanceof AnchorRefTarget target && target.isExplicitAnchorRefId()
                            ? target.getAnchorRefId() : null;
                }

                @Override
                public String getId(CharSequence text) {
                    return null;
                }
            };
        }
    }

    /**
     * Turns JBake's extension names ({@code TABLES}, {@code -HARDWRAPS}) into pegdown flags.
     *
     * @throws IllegalArgumentException naming an unknown extension (JBake ignores those silently)
     */
    static int pegdownFlags(List<String> names) {
        int flags = PegdownExtensions.NONE;
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean remove = name.startsWith("-");
            if (remove || name.startsWith("+")) {
                name = name.substring(1);
            }
            int flag = flag(name);
            flags = remove ? flags & ~flag : flags | flag;
        }
        return flags;
    }

    /** The pegdown flag called {@code name}. */
    static int flag(String name) {
        try {
            Field f = PegdownExtensions.class.getField(name);
            return f.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
