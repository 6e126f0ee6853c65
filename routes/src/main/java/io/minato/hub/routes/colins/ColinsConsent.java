package io.minato.hub.routes.colins;

import io.minato.hub.mappings.colins.ColinsTerminals;
import io.minato.hub.mappings.colins.InvalidColinsTerminalsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The consent list of Colins terminals in force. Read at start (a broken list stops the hub, naming
 * each problem); a list in a file is read again when the file changes, so adding a terminal and
 * re-processing its held-back pages needs no restart. A changed file that is broken leaves the last good
 * list in force and says so in the log: the hub never guesses consent.
 */
@Component
public class ColinsConsent {

    private static final Logger log = LoggerFactory.getLogger(ColinsConsent.class);

    private final Resource resource;
    private final String location;
    private ColinsTerminals terminals;
    private long lastModified;

    ColinsConsent(ResourceLoader resources, ColinsSettings settings) {
        this.location = settings.terminals();
        this.resource = resources.getResource(location);
        this.lastModified = modified();
        this.terminals = read();
        log.info("Colins consent list {}: {} terminal(s), {} consenting", location, terminals.all().size(),
                terminals.all().stream().filter(terminal -> terminal.consented()).count());
    }

    public synchronized ColinsTerminals current() {
        long modified = modified();
        if (modified != lastModified) {
            lastModified = modified;
            try {
                terminals = read();
                log.info("Colins consent list {} changed: read again, {} terminal(s)", location, terminals.all().size());
            } catch (InvalidColinsTerminalsException | UncheckedIOException e) {
                log.error("Colins consent list {} changed but cannot be used; the previous list stays in force: {}",
                        location, e.getMessage());
            }
        }
        return terminals;
    }

    private ColinsTerminals read() {
        try (InputStream in = resource.getInputStream()) {
            return ColinsTerminals.read(in, location);
        } catch (IOException e) {
            throw new UncheckedIOException("Colins consent list " + location + " cannot be read", e);
        }
    }

    /** A file's modification time; 0 for what cannot change under the hub (a classpath resource in a jar). */
    private long modified() {
        try {
            return resource.isFile() ? resource.getFile().lastModified() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
