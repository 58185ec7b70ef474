package org.betterfactories.site.render.jbake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's AsciiDoc engine, registered for {@code .adoc} in JBake's engine registry in the place of JBake's own
 * {@code AsciidoctorEngine}, which converts in Asciidoctor's UNSAFE mode (an {@code include::/etc/passwd[]}
 * would be published). This one converts in {@link SafeMode#SECURE}: the document cannot read files, reveal
 * the machine's folders ({@code {docdir}} is empty) or enable features that embed files; {@code include::}
 * is handled by {@link ContentIncludes}, which reads only from {@code content/} and {@code snippets/} and
 * reports every other include as an error at its line. The attributes and options of {@code jbake.properties}
 * ({@code asciidoctor.attributes}, {@code asciidoctor.option.*}) apply as in JBake, except the safe mode and
 * the base folder, which are ours.
 */
public final class AsciidocBodyEngine extends MarkupEngine {
    /** Options JBake's configuration may not change: they are what keeps conversion safe. */
    private static final List<String> OURS = List.of(Options.SAFE, Options.BASEDIR, Options.TO_FILE,
            Options.TO_DIR, Options.IN_PLACE, Options.MKDIRS, Options.TEMPLATE_DIRS, Options.TEMPLATE_ENGINE);

    private volatile Asciidoctor asciidoctor;

    @Override
    public void processBody(ParserContext context) {
        Asciidoctor engine = engine();
        Options options = options(context);
        context.setBody(ContentIncludes.within(roots(context.getConfig()),
                () -> engine.convert(context.getBody(), options)));
    }

    /** Makes the Asciidoctor now, if it is not made yet (a build that will need it starts it early). */
    void start() {
        engine();
    }

    /** The one Asciidoctor (one JRuby runtime, slow to start): made on first use. */
    private Asciidoctor engine() {
        Asciidoctor a = asciidoctor;
        if (a == null) {
            synchronized (this) {
                a = asciidoctor;
                if (a == null) {
                    // JRuby interpreting Asciidoctor's Ruby, without compiling it to JVM bytecode, starts sooner:
                    // 0.4 to 1.5 s less on the shipped site's 52 chapters, the same on 500 pages (BENCHMARKS.md)
                    if (System.getProperty("jruby.compile.mode") == null) {
                        System.setProperty("jruby.compile.mode", "OFF");
                    }
                    a = Asciidoctor.Factory.create();
                    a.javaExtensionRegistry().includeProcessor(new ContentIncludes());
                    asciidoctor = a;
                }
            }
        }
        return a;
    }

    /** The folders includes may read from: {@code content/} and {@code snippets/} of the project. */
    static List<Path> roots(JBakeConfiguration config) {
        return List.of(config.getContentFolder().toPath(), config.getSourceFolder().toPath().resolve(SNIPPETS));
    }

    /** The folder of shared AsciiDoc snippets, next to {@code content/}. */
    public static final String SNIPPETS = "snippets";

    private static Options options(ParserContext context) {
        JBakeConfiguration config = context.getConfig();
        Options options = Options.builder()
                .attributes(Attributes.builder().arguments(config.getAsciidoctorAttributes().toArray(new String[0]))
                        .build())
                .build();
        for (String key : config.getAsciidoctorOptionKeys()) {
            if (!OURS.contains(key)) {
                options.setOption(key, config.getAsciidoctorOption(key));
            }
        }
        options.setSafe(SafeMode.SECURE);
        // relative includes are read from the document's own folder; SECURE mode keeps the folder's name out
        // of the document ({docdir} is empty)
        options.setBaseDir(context.getFile().getParentFile().getAbsolutePath());
        return options;
    }

    /** The attributes documents see by default, for tests. */
    Map<String, Object> attributes(ParserContext context) {
        return options(context).map();
    }
}
