package io.minato.hub.app.collaboration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message (メッセージ) on a deal.
 *
 * @param authorCompany the author's company code; null for the hub's operator
 * @param author        the login or API key it wrote under
 * @param visibleTo     the company codes it is restricted to besides the author's company; null when every
 *                      participant sees it
 */
public record DealMessageRow(long id, long dealId, String authorCompany, String author, String text, List<String> visibleTo,
                      OffsetDateTime createdAt) {
}
