package io.minato.hub.mappings.support;

/**
 * A message that was read but cannot become a document: a mandatory business field missing or
 * a value that makes no sense (e.g. no booking number in an IFTMBC). Permanent.
 */
public class MappingException extends MinatoException {

    private final EdiPosition position;

    public MappingException(EdiPosition position, String reason) {
        super(position == null ? reason : position.describe() + ": " + reason);
        this.position = position;
    }

    public EdiPosition position() {
        return position;
    }
}
