package org.betterfactories.site.artwork;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a publication's PDF as its cover (Apache PDFBox): a JPEG for the page and a PNG for the share
 * card. The PDF's own glyphs are drawn, so Khmer on the page looks as the PDF shows it. The same PDF gives the same
 * bytes (one thread draws a page; the encoders write no dates).
 */
public final class PdfCovers {
    /** A rendered first page: the JPEG and PNG bytes and the JPEG's size. */
    public record Thumbnail(byte[] jpeg, byte[] png, int width, int height) {
    }

    private PdfCovers() {
    }

    /**
     * The first page of {@code pdf} as a JPEG {@code width} pixels wide and a PNG {@code shareWidth} wide.
     *
     * @throws IOException when the bytes are not a PDF PDFBox can read, or it has no page
     */
    public static Thumbnail render(byte[] pdf, int width, int shareWidth) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            float pageWidth = doc.getPage(0).getCropBox().getWidth();
            BufferedImage page = renderer.renderImage(0, width / pageWidth * 1.0f, ImageType.RGB);
            BufferedImage share = renderer.renderImage(0, shareWidth / pageWidth * 1.0f, ImageType.RGB);
            return new Thumbnail(jpeg(page), Covers.encodePng(share), page.getWidth(), page.getHeight());
        }
    }

    static byte[] jpeg(BufferedImage image) {
        return Covers.encode(image, "jpeg", 0.82f);
    }
}
