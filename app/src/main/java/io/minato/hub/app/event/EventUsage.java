package io.minato.hub.app.event;

import io.minato.hub.mappings.usage.UsageOperation;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which operation of a company (利用実績) each event stands for, written with the event by the same
 * statement (EventMapper's {@code usageOfInserted}), so no channel can change a document without its
 * usage being recorded. Events not listed are not a company's operation: a status a carrier reported
 * is data it registered, NACCS data received is the hub's receipt, not a company's fetch.
 */
final class EventUsage {

    private static final Map<EventType, UsageOperation> OPERATIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(EventType.DOCUMENT_CREATED, UsageOperation.REGISTER),
            Map.entry(EventType.DOCUMENT_RECEIVED, UsageOperation.REGISTER),
            Map.entry(EventType.TRANSPORT_EVENT, UsageOperation.REGISTER),
            Map.entry(EventType.DOCUMENT_UPDATED, UsageOperation.UPDATE),
            Map.entry(EventType.ATTACHMENT_ADDED, UsageOperation.UPDATE),
            Map.entry(EventType.ATTACHMENT_REMOVED, UsageOperation.UPDATE),
            Map.entry(EventType.DOCUMENT_SENT, UsageOperation.SUBMIT),
            Map.entry(EventType.NACCS_SUBMITTED, UsageOperation.SUBMIT),
            Map.entry(EventType.DOCUMENT_DELETED, UsageOperation.DELETE),
            Map.entry(EventType.DEAL_CREATED, UsageOperation.SETTINGS),
            Map.entry(EventType.ORGANIZATION_ADDED, UsageOperation.SETTINGS),
            Map.entry(EventType.ORGANIZATION_REMOVED, UsageOperation.SETTINGS)));

    /** The mapping as the statement takes it: {@code types[i]} is recorded as {@code operations[i]}. */
    static final EventUsage ALL = new EventUsage(
            OPERATIONS.keySet().stream().map(Enum::name).toArray(String[]::new),
            OPERATIONS.values().stream().map(Enum::name).toArray(String[]::new));

    private final String[] types;
    private final String[] operations;

    private EventUsage(String[] types, String[] operations) {
        this.types = types;
        this.operations = operations;
    }

    public String[] getTypes() {
        return types;
    }

    public String[] getOperations() {
        return operations;
    }
}
