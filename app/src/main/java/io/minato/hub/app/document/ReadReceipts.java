package io.minato.hub.app.document;

import io.minato.hub.app.document.DocumentReadMapper.ReadRow;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 既読 (read receipts): the first and last read of a document by each person or API key, and so by
 * each company. Reading through the API or the portal counts; the operator's support reads count too,
 * under its login.
 */
@Component
class ReadReceipts {

    private final DocumentReadMapper mapper;
    private final UsageRecorder usage;

    ReadReceipts(DocumentReadMapper mapper, UsageRecorder usage) {
        this.mapper = mapper;
        this.usage = usage;
    }

    /** A read of the document: a read receipt, and a fetch (取得) in the reader's company's usage. */
    void record(Caller caller, long dealId, DocumentRow document) {
        mapper.record(document.id(), caller.name(), caller.userId(), caller.companyId(),
                Actor.of(caller).channel().name());
        usage.fetched(caller, dealId, document.id(), document.type());
    }

    Reads list(long documentId) {
        List<ReadRow> readers = mapper.findByDocument(documentId);
        Map<String, CompanyReads> companies = new LinkedHashMap<>();
        for (ReadRow row : readers) {
            if (row.company() != null) {
                companies.merge(row.company(), new CompanyReads(row.company(), row.firstReadAt(), row.lastReadAt()),
                        CompanyReads::merge);
            }
        }
        return new Reads(documentId, readers, List.copyOf(companies.values()));
    }

    /** A document's readers, and per company its first and last read by anyone of it. */
    record Reads(long documentId, List<ReadRow> readers, List<CompanyReads> companies) {
    }

    record CompanyReads(String company, OffsetDateTime firstReadAt, OffsetDateTime lastReadAt) {

        CompanyReads merge(CompanyReads other) {
            Comparator<OffsetDateTime> order = Comparator.naturalOrder();
            return new CompanyReads(company, order.compare(firstReadAt, other.firstReadAt) <= 0 ? firstReadAt
                    : other.firstReadAt, order.compare(lastReadAt, other.lastReadAt) >= 0 ? lastReadAt : other.lastReadAt);
        }
    }
}
