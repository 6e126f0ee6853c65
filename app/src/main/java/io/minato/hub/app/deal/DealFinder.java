package io.minato.hub.app.deal;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.CursorPage;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deal search for the API and the portal: only deals the caller's company is on (the operator all), newest
 * first, paged by keyset on the deal id, which a deal never changes: deals created while a client walks
 * the pages come before its cursor, so they neither repeat nor push an item out of a later page.
 */
@Service
public class DealFinder {

    /** Cursors of this list are refused by the others. */
    public static final String LIST = "deals";

    private static final String[] EXPORT_CLOSING = names(DealStatus.EXPORT_CLOSING);
    private static final String[] IMPORT_CLOSING = names(DealStatus.IMPORT_CLOSING);

    private final DealMapper deals;
    private final String[] searchable;

    DealFinder(DealMapper deals, AccessPolicy policy) {
        this.deals = deals;
        this.searchable = searchableCells(policy);
    }

    /**
     * @param afterId the id the page starts after (from the cursor); null for the first page
     */
    public CursorPage<FoundDeal> find(Caller caller, DealCriteria criteria, Long afterId, int limit) {
        List<FoundDeal> rows = deals.search(criteria, scope(caller), afterId, limit + 1, EXPORT_CLOSING, IMPORT_CLOSING);
        return CursorPage.of(LIST, rows, limit, FoundDeal::id);
    }

    private DocumentScope scope(Caller caller) {
        if (caller.operator()) {
            return new DocumentScope(true, null, null, null, searchable);
        }
        // DealAccess.callerGrant: a user of an organization acts only in its organization's business types
        String[] acting = caller.kind() == Caller.Kind.USER && caller.organizationId() != null
                ? caller.businessTypes().stream().map(Enum::name).toArray(String[]::new) : null;
        return new DocumentScope(false, caller.companyId(), caller.companyCode(), acting, searchable);
    }

    /** The matrix read once: it is loaded at start-up and does not change while the hub runs. */
    private static String[] searchableCells(AccessPolicy policy) {
        List<String> cells = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (BusinessType businessType : BusinessType.values()) {
                if (policy.matrix().rights(type, businessType).covers(Operation.SEARCH.required())) {
                    cells.add(businessType.name() + ":" + type.name());
                }
            }
        }
        return cells.toArray(String[]::new);
    }

    private static String[] names(List<DocumentType> types) {
        return types.stream().map(Enum::name).toArray(String[]::new);
    }
}
