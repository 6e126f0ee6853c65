package io.minato.hub.routes.webhook;

import io.minato.hub.routes.webhook.WebhookDeliveryStore.DueDelivery;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** One dispatcher run: new events from the outbox to deliveries, then the due deliveries claimed for the queue. */
@Component
public class WebhookDispatcher {

    /** Outbox batches per run at most, so a backlog (a burst of inbound deals) drains without starving the queueing. */
    private static final int MAX_FAN_OUT_BATCHES = 20;

    private final WebhookDeliveryStore store;
    private final WebhookSettings settings;

    WebhookDispatcher(WebhookDeliveryStore store, WebhookSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<DueDelivery> due() {
        for (int batch = 0; batch < MAX_FAN_OUT_BATCHES; batch++) {
            if (store.fanOut(settings.batchSize()) < settings.batchSize()) {
                break;
            }
        }
        return store.claimDue(settings.batchSize(), Instant.now().plus(settings.requeueAfter()));
    }
}
