package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.mail.SmtpListener;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import jakarta.mail.MessagingException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A NACCS SIMULATOR for development and tests — not NACCS. It speaks SMTP two-way (SMTP双方向) like
 * the real centre: it receives input messages as mail bodies on its SMTP listener and answers each
 * with mails sent to the configured reply address, in the charset the input mail declared (UTF-8 if
 * none), single part, 8bit.
 *
 * <p>Its answers, in order of checking (result codes {@code XXXXX-XXXX-XXXX}):
 * <ul>
 *   <li>{@code A0008-0000-0000} message unreadable or its length item wrong;</li>
 *   <li>{@code A0004-0000-0000} user ID (user code + identifier) unknown or password wrong;</li>
 *   <li>{@code A0001-0000-0000} business code without a layout file ({@code TCC}, the connection
 *       test, always ends normally);</li>
 *   <li>{@code A0008-0000-0000} business part not as long as the layout says;</li>
 *   <li>{@code S0002-<abbr>-<repeat>} an item that cannot be read (e.g. letters in a numeric item);</li>
 *   <li>{@code S0001-<abbr>-<repeat>} each missing mandatory item, at most five;</li>
 *   <li>{@code 00000-0000-0000} otherwise.</li>
 * </ul>
 * Every input gets one processing-result notice: output information code {@code *S}+business code
 * (normal end) or {@code *A}+business code (error), kind {@code R}, destination {@code Q}, last
 * part {@code E}, hand-over information, input identification number and index hand-over
 * information echoed, subject = business keys. A registered ECR also gets the export control
 * number (輸出管理番号) as the notice's business key and a second output {@value #ECR_REGISTERED_OUTPUT_CODE}
 * (the simulator's choice of output information code, kind {@code C}, destination {@code Q}, subject
 * = export control number then booking number, business part per {@code SAE0010.layout}).
 */
public final class NaccsSimulator implements AutoCloseable {

    /** Output information code of the simulator's "ECR registered" output — its own choice. */
    public static final String ECR_REGISTERED_OUTPUT_CODE = "SAE0010";
    private static final Logger LOG = LoggerFactory.getLogger(NaccsSimulator.class);
    private static final int SEND_ATTEMPTS = 3;

    private final SimulatedCentre centre;
    private final ReplyMailer mailer;
    private final SmtpListener listener;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "naccs-simulator-reply");
        thread.setDaemon(true);
        return thread;
    });

    public NaccsSimulator(NaccsSimulatorSettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    NaccsSimulator(NaccsSimulatorSettings settings, Clock clock) {
        this.centre = new SimulatedCentre(settings.passwordsByUserId(), NaccsLayouts.at(settings.layouts()), clock);
        this.mailer = new ReplyMailer(settings.replyHost(), settings.replyPort(), settings.from(), settings.replyTo());
        this.listener = new SmtpListener(settings.host(), settings.port(), NaccsMessage.MAX_LENGTH + 64 * 1024,
                (from, recipients, rawMime) -> receive(rawMime));
    }

    public void start() {
        listener.start();
        LOG.info("NACCS simulator listening on port {}", listener.port());
    }

    public void stop() {
        listener.stop();
        sender.shutdown();
    }

    @Override
    public void close() {
        stop();
    }

    /** The SMTP port inputs are sent to. */
    public int port() {
        return listener.port();
    }

    private void receive(byte[] rawMime) {
        MailBody mail = MailBodies.read(rawMime);
        Charset charset = mail.charsetOr(NaccsMessage.DEFAULT_CHARSET);
        List<NaccsMessage> outputs = centre.answer(mail.body(), charset);
        // answered after the 250, on their own mails, as NACCS does
        outputs.forEach(output -> sender.execute(() -> send(output, 1)));
    }

    private void send(NaccsMessage output, int attempt) {
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        try {
            mailer.send(output);
            LOG.info("Sent {} for hand-over '{}' input id '{}'", common.outputInfoCode(), common.handOverInfo(),
                    common.inputIdNumber());
        } catch (MessagingException e) {
            if (attempt < SEND_ATTEMPTS && !sender.isShutdown()) {
                LOG.warn("Sending {} for hand-over '{}' failed (attempt {}), retrying", common.outputInfoCode(),
                        common.handOverInfo(), attempt, e);
                sender.schedule(() -> send(output, attempt + 1), 2L * attempt, TimeUnit.SECONDS);
            } else {
                LOG.error("Gave up sending {} for hand-over '{}' after {} attempts", common.outputInfoCode(),
                        common.handOverInfo(), attempt, e);
            }
        }
    }
}
