package io.minato.hub.mappings.edifact;

import java.util.function.Consumer;
import org.smooks.api.ExecutionContext;
import org.smooks.api.TypedKey;
import org.smooks.api.resource.visitor.sax.ng.ParameterizedVisitor;
import org.w3c.dom.Element;

/**
 * Smooks SAX NG visitor for {@code edifact-stream-sax.xml}: hands each {@code Message} fragment,
 * with its whole subtree, to the handler the caller put in the execution context, and the
 * functional-group segments ({@code UNG}, {@code UNE}) so the handler can count segment
 * ordinals. Smooks drops each fragment after its visit, so an interchange of any size is mapped
 * one message at a time.
 */
public final class MessageFragmentVisitor implements ParameterizedVisitor {

    static final TypedKey<Consumer<Element>> HANDLER = TypedKey.of("minato.edifact.fragment-handler");

    /** Smooks instantiates visitors by class name. */
    public MessageFragmentVisitor() {
    }

    /** The whole message below the visited element, not only the element itself. */
    @Override
    public int getMaxNodeDepth() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void visitBefore(Element element, ExecutionContext executionContext) {
        // the fragment is complete only after its end
    }

    @Override
    public void visitAfter(Element element, ExecutionContext executionContext) {
        Consumer<Element> handler = executionContext.get(HANDLER);
        if (handler == null) {
            throw new IllegalStateException("no fragment handler in the execution context: use SmooksEdifactParser.stream");
        }
        try {
            handler.accept(element);
        } finally {
            // SAX NG keeps each fragment under its parent (the Interchange element, alive until the
            // end) and still needs the element itself afterwards: empty it, or a large interchange
            // keeps every message it has read
            while (element.getFirstChild() != null) {
                element.removeChild(element.getFirstChild());
            }
        }
    }
}
