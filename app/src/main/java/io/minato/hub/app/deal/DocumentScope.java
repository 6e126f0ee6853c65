package io.minato.hub.app.deal;

/**
 * Which documents of the deals it is on a caller may search, in the terms the search SQL checks; the same
 * rule as {@code AccessPolicy} and {@code DocumentVisibility}: a document counts when it is not deleted,
 * some business type the caller acts in on the deal has at least READ on its type in the matrix, the
 * deal's limit for the caller's company does not take the type away (NONE), and it is not restricted to
 * other companies. The operator searches every document.
 *
 * @param actingTypes the business types a user of an organization acts in (its organization's); null for
 *                    administrators and API keys, who act in all of their grant's
 * @param readable    the matrix cells that allow searching, as {@code BUSINESS_TYPE:DOCUMENT_TYPE}
 */
record DocumentScope(boolean operator, Long companyId, String companyCode, String[] actingTypes, String[] readable) {
}
