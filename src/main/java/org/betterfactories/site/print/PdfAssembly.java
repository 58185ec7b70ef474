package org.betterfactories.site.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Joins the parts Chromium printed one by one ({@link PrintSource}) into one PDF with Apache PDFBox: pages,
 * outlines, named destinations and the tagged structure of each part are kept, in order. Then the page numbers are
 * written at the foot of every page but the cover, counting across the parts, in the page's digits (digits need no
 * shaping, so PDFBox writes them as well as Chromium would), marked as pagination artifacts that screen readers skip.
 */
final class PdfAssembly {
    /** The bottom page margin, in which the page number sits. */
    static final int BOTTOM_MARGIN_MM = 18;
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float SIZE = 9f;
    /** The site's muted ink ({@code --color-ink-muted}). */
    private static final float[] INK = {0x4a / 255f, 0x4f / 255f, 0x55 / 255f};

    private PdfAssembly() {
    }

    /**
     * @param parts the printed parts, in order
     * @param numbered whether to number the pages (the first, the cover, is not numbered)
     * @param khmerDigits whether the numbers are written ០១២…
     */
    static byte[] join(List<byte[]> parts, boolean numbered, boolean khmerDigits) throws IOException {
        return join(parts, numbered, khmerDigits, true);
    }

    /** @param shareFonts whether the parts' subsets of each typeface are merged into one ({@link SharedFonts}) */
    static byte[] join(List<byte[]> parts, boolean numbered, boolean khmerDigits, boolean shareFonts)
            throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try {
            PDDocument joined = Loader.loadPDF(parts.get(0));
            open.add(joined);
            PdfMetadata.renumberStructureIds(joined, "p1-");
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 1; i < parts.size(); i++) {
                PDDocument doc = Loader.loadPDF(parts.get(i));
                open.add(doc); // kept open until the joined document is written: its streams are read then
                PdfMetadata.renumberStructureIds(doc, "p" + (i + 1) + "-");
                merger.appendDocument(joined, doc);
            }
            if (shareFonts) {
                SharedFonts.share(joined); // one copy of each typeface, not one per part
            }
            if (numbered) {
                number(joined, khmerDigits);
            }
            // the joining writes "not suspect" out, which poppler reads as a malformed entry; it is the default
            COSDictionary markInfo = joined.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
            if (markInfo != null && !markInfo.getBoolean(COSName.getPDFName("Suspects"), false)) {
                markInfo.removeItem(COSName.getPDFName("Suspects"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument doc : open) {
                doc.close();
            }
        }
    }

    private static void number(PDDocument doc, boolean khmerDigits) throws IOException {
        PDType0Font font;
        try (InputStream in = PdfAssembly.class.getResourceAsStream(
                khmerDigits ? "/fonts/NotoSansKhmer-Regular.ttf" : "/fonts/NotoSans-Regular.ttf")) {
            if (in == null) {
                throw new IOException("the font for page numbers is missing from the build");
            }
            font = PDType0Font.load(doc, in, true);
        }
        COSDictionary artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Pagination");
        artifact.setName(COSName.SUBTYPE, "Footer");
        PDPropertyList properties = PDPropertyList.create(artifact);
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            if (n == 1) {
                continue; // the cover
            }
            String number = digits(n, khmerDigits);
            float width = font.getStringWidth(number) / 1000f * SIZE;
            float x = (page.getMediaBox().getWidth() - width) / 2f;
            float y = BOTTOM_MARGIN_MM * POINTS_PER_MM / 2f - SIZE / 3f;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT, properties);
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.setNonStrokingColor(INK[0], INK[1], INK[2]);
                cs.newLineAtOffset(x, y);
                cs.showText(number);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }

    /** How many pages a printed part has. */
    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** {@code n} in Latin or Khmer digits. */
    static String digits(int n, boolean khmer) {
        String latin = Integer.toString(n);
        return khmer ? org.betterfactories.site.i18n.LocalFormats.toKhmerDigits(latin) : latin;
    }
}
