package org.betterfactories.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.content.ContentLoader;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.print.PdfDownloads;

/**
 * Download links from a page's {@code files}: label ("Download report in Khmer"), details ("PDF, 3.2 MB", the
 * size measured from the file when it is in assets/), hreflang and MIME type.
 */
final class Downloads {
    private static final Map<String, String> MIME = Map.of("PDF", "application/pdf",
            "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "ZIP", "application/zip", "EPUB", "application/epub+zip", "MP3", "audio/mpeg", "MP4", "video/mp4");

    private final ModelContext c;

    Downloads(ModelContext c) {
        this.c = c;
    }

    /** @param kind what the file is, for its label: {@code report} or {@code sheet} */
    List<Map<String, Object>> of(List<PageFields.Download> files, String kind, Messages t, LocalFormats f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageFields.Download file : files) {
            String path = file.path();
            String format = file.format() != null ? file.format() : path == null ? null : ContentLoader.formatOf(path);
            String size = path != null ? f.fileSize(sizeOf(path)) : file.size() == null ? null : f.digits(file.size());
            String label = file.title() != null ? file.title()
                    : t.get("download." + kind).replace("{language}", t.get("language." + file.lang()));
            String details = size == null ? format : format + ", " + size;
            out.add(new Model()
                    .put("label", label)
                    .put("details", details)
                    .put("href", path != null ? path : file.url())
                    .put("hreflang", file.lang())
                    .put("mime", MIME.get(format))
                    .put("external", path == null)
                    .map());
        }
        return out;
    }

    /**
     * The link to the PDF the build prints for {@code page} (the guide, a profile sheet), if it prints one. Its size
     * is known only once it is printed: the details carry a mark the build replaces with it.
     */
    List<Map<String, Object>> printed(Page page, String kind, Messages t) {
        return c.pdfs.of(page.url()).map(job -> List.of(new Model()
                .put("label", t.get("download." + kind).replace("{language}", t.get("language." + job.language().code())))
                .put("details", "PDF, " + PdfDownloads.sizeMark(job.sitePath()))
                .put("href", job.sitePath())
                .put("hreflang", job.language().code())
                .put("mime", MIME.get("PDF"))
                .put("external", false)
                .map())).orElse(List.of());
    }

    private long sizeOf(String assetPath) {
        try {
            return Files.size(c.config.assetDir().resolve(assetPath.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
