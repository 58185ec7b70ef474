package org.betterfactories.site.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The newsletter signup form: where it posts and what it sends, from {@code site.yml}'s {@code newsletter:}
 * block on top of a provider preset. A static site has no server, so the form posts straight to the
 * mailing-list provider.
 *
 * @param provider the preset the defaults come from
 * @param action the provider's form address
 * @param emailField the email field's name ({@code email}, {@code EMAIL} ...)
 * @param nameField the optional name field's name, or null for no name field
 * @param languageField the field that carries the reader's language (a list id, group or tag)
 * @param honeypot the provider's honeypot field: hidden from people, filled only by robots
 * @param hidden extra hidden fields sent with every signup, in order
 * @param languageValues per site language code, the value sent in {@code languageField}
 * @param redirectField the field that asks the provider to come back to our thank-you page, or null
 * @param enhance {@code none}, or {@code fetch-json} to submit with JavaScript and show the answer in the page
 * @param example whether {@code action} is an example address that must be replaced before publishing
 */
public record NewsletterConfig(Provider provider, String action, String emailField, String nameField,
        String languageField, String honeypot, Map<String, String> hidden, Map<String, String> languageValues,
        String redirectField, String enhance, boolean example) {

    public NewsletterConfig {
        hidden = Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
        languageValues = Collections.unmodifiableMap(new LinkedHashMap<>(languageValues));
    }

    /** Whether the form is submitted with {@code fetch} and answered in the page. */
    public boolean enhanced() {
        return "fetch-json".equals(enhance);
    }

    /**
     * The providers we have presets for, with their real field names (README, "Newsletter" lists the
     * sources). A field left {@code null} has no default and must be configured.
     *
     * @param id the name used in site.yml
     * @param email the email field
     * @param name the name field, or null when the provider has none
     * @param language the field carrying the language, or null when the site must name one
     * @param honeypot the provider's own honeypot, or null when it has none
     * @param hidden hidden fields the provider's own embed code sends
     * @param redirect the field naming a page to return to after signing up, or null
     * @param answersJson whether the endpoint can answer a cross-origin {@code fetch} with JSON
     */
    public enum Provider {
        /** listmonk's public form: {@code POST <root>/subscription/form}; lists as {@code l}; honeypot {@code nonce}. */
        LISTMONK("listmonk", "email", "name", "l", "nonce", Map.of(), "next", false),
        /**
         * Mailchimp's embedded form: {@code EMAIL}, {@code FNAME}; the honeypot {@code b_<u>_<id>} is derived from
         * the action's {@code u} and {@code id}; the language goes to a group ({@code group[<id>]}), named in
         * site.yml. Mailchimp answers cross-origin only as JSONP, so no {@code fetch-json}.
         */
        MAILCHIMP("mailchimp", "EMAIL", "FNAME", null, null, Map.of(), null, false),
        /**
         * Buttondown's embed form: {@code email}, name as metadata, language as a {@code tag}; its docs ask not to
         * submit with {@code fetch}. It has no honeypot: {@code metadata__hp} marks robots for filtering.
         */
        BUTTONDOWN("buttondown", "email", "metadata__name", "tag", "metadata__hp", Map.of("embed", "1"), null, false),
        /** Brevo (sibforms) form: {@code EMAIL}, {@code FIRSTNAME}; honeypot {@code email_address_check}. */
        BREVO("brevo", "EMAIL", "FIRSTNAME", null, "email_address_check", Map.of("html_type", "simple"), null, false),
        /** A generic form endpoint such as Formspree: {@code _gotcha} honeypot, {@code _next}, JSON answers. */
        GENERIC("generic", "email", "name", "language", "_gotcha", Map.of(), "_next", true);

        private final String id;
        private final String email;
        private final String name;
        private final String language;
        private final String honeypot;
        private final Map<String, String> hidden;
        private final String redirect;
        private final boolean answersJson;

        Provider(String id, String email, String name, String language, String honeypot, Map<String, String> hidden,
                String redirect, boolean answersJson) {
            this.id = id;
            this.email = email;
            this.name = name;
            this.language = language;
            this.honeypot = honeypot;
            this.hidden = hidden;
            this.redirect = redirect;
            this.answersJson = answersJson;
        }

        public String id() {
            return id;
        }

        public String emailField() {
            return email;
        }

        public String nameField() {
            return name;
        }

        public String languageField() {
            return language;
        }

        public String honeypot() {
            return honeypot;
        }

        public Map<String, String> hidden() {
            return hidden;
        }

        public String redirect() {
            return redirect;
        }

        public boolean answersJson() {
            return answersJson;
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Provider::id).toList();
        }

        public static Optional<Provider> byId(String id) {
            return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
        }
    }
}
