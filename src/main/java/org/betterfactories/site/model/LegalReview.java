package org.betterfactories.site.model;

import java.time.LocalDate;

/**
 * A legal review of a guide chapter, entered by a person after a lawyer reviewed the text.
 *
 * @param date when the review was made
 * @param reviewer who made it (name, and role where useful)
 */
public record LegalReview(LocalDate date, String reviewer) {
}
