package io.minato.hub.app.document;

import io.minato.hub.app.security.Caller;

/**
 * 限定公開 (restricted data): a document its creator limited to named companies exists for nobody
 * else, whatever the permission matrix says. Every read path (get, the deal's list, bulk download,
 * timeline, send recipients) asks here after {@code DealAccess}.
 */
public final class DocumentVisibility {

    private DocumentVisibility() {
    }

    /** Whether the caller's company may see the document at all (the operator sees everything). */
    public static boolean visible(Caller caller, DocumentRow row) {
        return caller.operator() || visibleTo(caller.companyId(), caller.companyCode(), row);
    }

    /** Whether the company (id and code) may see the document at all. */
    public static boolean visibleTo(Long companyId, String companyCode, DocumentRow row) {
        if (!row.restricted()) {
            return true;
        }
        return companyId != null && companyId.equals(row.createdByPartyId())
                || companyCode != null && row.restrictedCompanies().contains(companyCode);
    }
}
