package org.betterfactories.site.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.betterfactories.site.artwork.PublicationCovers;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.print.PdfDownloads;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.site.SiteIndex;

/**
 * What every builder of template models reads: the site index and settings, the UI strings and the date and number
 * formats of each language, the assets' published addresses, the publications' covers, and the bodies rendered so far (the one-page guide
 * shows its chapters' bodies).
 */
final class ModelContext {
    final SiteIndex index;
    final SiteConfig config;
    final Map<String, String> assets;
    final Map<Page, String> bodies;
    final PublicationCovers covers;
    final PdfDownloads pdfs;
    private final Map<Language, Messages> messages;
    private final Map<Language, LocalFormats> formats = new LinkedHashMap<>();

    ModelContext(SiteIndex index, Map<Language, Messages> messages, Map<String, String> assets,
            PublicationCovers covers, PdfDownloads pdfs, Map<Page, String> bodies) {
        this.covers = covers;
        this.pdfs = pdfs;
        this.index = index;
        this.config = index.config();
        this.messages = messages;
        this.assets = assets;
        this.bodies = bodies;
        for (Language l : config.languages()) {
            formats.put(l, LocalFormats.of(l, config.digits(), config.digitGrouping()));
        }
    }

    /** The UI strings of a language. */
    Messages t(Language language) {
        return messages.get(language);
    }

    /** Dates and numbers as a language writes them. */
    LocalFormats f(Language language) {
        return formats.get(language);
    }
}
