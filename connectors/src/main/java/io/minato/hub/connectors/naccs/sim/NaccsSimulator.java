package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.mail.SmtpListener;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputParts;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import jakarta.mail.MessagingException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 *   <li>{@code A0005-0000-0000} the identifier does not begin with {@code Y} (not an SMTP two-way
 *       identifier);</li>
 *   <li>{@code A0001-0000-0000} business code without a layout file ({@code TCC}, the connection
 *       test, always ends normally);</li>
 *   <li>{@code A0008-0000-0000} business part not as long as the layout says;</li>
 *   <li>{@code S0002-<abbr>-<repeat>} an item that cannot be read (e.g. letters in a numeric item);</li>
 *   <li>{@code E0001-<abbr>-<repeat>} each missing mandatory item, at most five (the simulator's
 *       choice of E code: the issue asks for business-condition codes here);</li>
 *   <li>{@code E0002-<abbr>-0000} an inquiry for something the simulator does not know;</li>
 *   <li>{@code 00000-0000-0000} otherwise.</li>
 * </ul>
 * Every input gets one processing-result notice: output information code {@code *S}+business code
 * (normal end) or {@code *A}+business code (error), kind {@code R}, destination {@code Q}, hand-over
 * information, input identification number and index hand-over information echoed, subject =
 * business keys. Then, by business (output codes are the simulator's own choice, layouts in
 * {@code config/naccs/layouts}):
 * <ul>
 *   <li>ECR: export control number (notice key) and {@value #ECR_REGISTERED_OUTPUT_CODE};</li>
 *   <li>EDA/EDC: declaration number (notice key) and {@value #DECLARATION_ACCEPTED_OUTPUT_CODE}
 *       (under review); after {@link Behaviour#permitDelay()} the permit notice
 *       {@value #PERMIT_OUTPUT_CODE}, kind P, destination Z (EXZ) with the permit's reception time;</li>
 *   <li>ICG {@value #CARGO_INQUIRY_OUTPUT_CODE}, ICN {@value #CONTAINER_INQUIRY_OUTPUT_CODE}, IEX/IID
 *       {@value #DECLARATION_INQUIRY_OUTPUT_CODE}, IVK {@value #VESSEL_INQUIRY_OUTPUT_CODE}: kind M,
 *       answered from what ECR/EDA/EDC registered;</li>
 *   <li>SYG with {@code REF}: {@value #PENDING_LIST_OUTPUT_CODE} (held output codes and counts); SYG
 *       with an output information code (or {@code ALL}): the held outputs, sent as they were.</li>
 * </ul>
 * Delivery follows the {@link Behaviour}, which can be changed while running (tests force each case):
 * reply delay, splitting, reverse order, held codes. An output that cannot be delivered after three
 * attempts is held for SYG, never dropped.
 */
public final class NaccsSimulator implements AutoCloseable {

    /** Output information code of the simulator's "ECR registered" output — its own choice. */
    public static final String ECR_REGISTERED_OUTPUT_CODE = "SAE0010";
    /** Export declaration accepted, under review (EDA/EDC) — the simulator's choice. */
    public static final String DECLARATION_ACCEPTED_OUTPUT_CODE = "SAD0010";
    /** 輸出許可通知 export permit notice (EXZ) — the simulator's choice. */
    public static final String PERMIT_OUTPUT_CODE = "SAD0020";
    public static final String CARGO_INQUIRY_OUTPUT_CODE = "SIC0010";
    public static final String CONTAINER_INQUIRY_OUTPUT_CODE = "SIN0010";
    public static final String DECLARATION_INQUIRY_OUTPUT_CODE = "SIE0010";
    public static final String VESSEL_INQUIRY_OUTPUT_CODE = "SIV0010";
    public static final String PENDING_LIST_OUTPUT_CODE = "SYG0010";

    private static final Logger LOG = LoggerFactory.getLogger(NaccsSimulator.class);
    private static final int SEND_ATTEMPTS = 3;

    private final SimulatedCentre centre;
    private final HeldOutputs held = new HeldOutputs();
    private final ReplyMailer mailer;
    private final SmtpListener listener;
    private volatile Behaviour behaviour;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "naccs-simulator-reply");
        thread.setDaemon(true);
        return thread;
    });

    public NaccsSimulator(NaccsSimulatorSettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    NaccsSimulator(NaccsSimulatorSettings settings, Clock clock) {
        this.behaviour = settings.behaviour();
        this.centre = new SimulatedCentre(settings.passwordsByUserId(), new SimLayouts(settings.layouts()), held, clock);
        this.mailer = new ReplyMailer(settings.replyHost(), settings.replyPort(), settings.from(), settings.replyTo());
        this.listener = new SmtpListener(settings.host(), settings.port(), NaccsMessage.MAX_LENGTH + 64 * 1024,
                (from, recipients, rawMime) -> receive(rawMime));
    }

    public void start() {
        listener.start();
        LOG.info("NACCS simulator listening on port {} ({})", listener.port(), behaviour);
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

    public Behaviour behaviour() {
        return behaviour;
    }

    /** Changes how the following inputs are answered (tests force splitting, reordering, holding). */
    public void behave(Behaviour newBehaviour) {
        this.behaviour = newBehaviour == null ? Behaviour.defaults() : newBehaviour;
        LOG.info("NACCS simulator behaviour now {}", this.behaviour);
    }

    /** How many outputs of each code the simulator holds for a user code (what SYG REF would list). */
    public Map<String, Integer> heldOutputs(String userCode) {
        return held.counts(userCode);
    }

    private void receive(byte[] rawMime) {
        MailBody mail = MailBodies.read(rawMime);
        Charset charset = mail.charsetOr(NaccsMessage.DEFAULT_CHARSET);
        SimulatedCentre.Answer answer = centre.answer(mail.body(), charset);
        Behaviour now = behaviour;
        List<NaccsMessage> outgoing = new ArrayList<>();
        for (NaccsMessage output : answer.outputs()) {
            if (now.holds(((OutputCommonPart) output.commonPart()).outputInfoCode())) {
                held.hold(output);
            } else {
                outgoing.add(output);
            }
        }
        outgoing.addAll(answer.retrieved());
        deliver(outgoing, now);
        answer.permitDeclaration().filter(declaration -> now.permits()).ifPresent(declaration ->
                sender.schedule(() -> centre.permit(declaration).ifPresent(permit -> {
                    Behaviour then = behaviour;
                    if (then.holds(((OutputCommonPart) permit.commonPart()).outputInfoCode())) {
                        held.hold(permit);
                    } else {
                        deliver(List.of(permit), then);
                    }
                }), now.permitDelay().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Answered after the 250, each on its own mail, as NACCS does; split and reordered as configured. */
    private void deliver(List<NaccsMessage> outputs, Behaviour how) {
        List<NaccsMessage> mails = new ArrayList<>();
        outputs.forEach(output -> mails.addAll(split(output, how.splitBytes())));
        if (how.reverseOrder()) {
            Collections.reverse(mails);
        }
        long delay = how.replyDelay().toMillis();
        mails.forEach(mail -> sender.schedule(() -> send(mail, 1), delay, TimeUnit.MILLISECONDS));
    }

    private static List<NaccsMessage> split(NaccsMessage output, int splitBytes) {
        List<byte[]> parts = OutputParts.split(output.businessPart(), splitBytes);
        if (parts.size() == 1) {
            return List.of(output);
        }
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        List<NaccsMessage> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            OutputCommonPart part = new OutputCommonPart(common.businessCode(), common.outputInfoCode(),
                    common.receivedAt(), common.userCode(), common.logicalTerminal(), common.subject(),
                    common.handOverInfo(), i + 1, i == parts.size() - 1, common.messageKind(),
                    common.inputIdNumber(), common.indexHandOverInfo(), common.destinationType(), 0);
            messages.add(new NaccsMessage(part, parts.get(i), output.charset()));
        }
        return messages;
    }

    private void send(NaccsMessage output, int attempt) {
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        try {
            mailer.send(output);
            LOG.info("Sent {} part {} for hand-over '{}' input id '{}'", common.outputInfoCode(), common.splitSeq(),
                    common.handOverInfo(), common.inputIdNumber());
        } catch (MessagingException e) {
            if (attempt < SEND_ATTEMPTS && !sender.isShutdown()) {
                LOG.warn("Sending {} for hand-over '{}' failed (attempt {}), retrying", common.outputInfoCode(),
                        common.handOverInfo(), attempt, e);
                sender.schedule(() -> send(output, attempt + 1), 2L * attempt, TimeUnit.SECONDS);
            } else {
                // as NACCS does: what cannot be delivered waits for retrieval with SYG
                held.hold(output);
                LOG.error("Could not deliver {} for hand-over '{}' after {} attempts; held for SYG",
                        common.outputInfoCode(), common.handOverInfo(), attempt, e);
            }
        }
    }
}
