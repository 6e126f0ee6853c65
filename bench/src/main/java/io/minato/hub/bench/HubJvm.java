package io.minato.hub.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A hub running on this machine, watched through the JDK's attach API and local JMX: its peak heap is the
 * largest of the heap in use just before each garbage collection (which is where the heap peaks) and of samples
 * taken at every poll. Over HTTP each sample was a login the hub checked with BCrypt, a tenth of its CPU at
 * 800 messages/s, and a sample every two seconds could miss the peak between them.
 */
final class HubJvm implements AutoCloseable {

    /** How the hub's JVM names itself: the fat jar, or the main class under {@code spring-boot:run}. */
    private static final List<String> NAMES = List.of("minato-hub", "MinatoHubApplication");

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peak = new AtomicLong();
    private final NotificationListener beforeGc = this::onGc;
    private final List<ObjectName> collectors;
    private final MBeanServerConnection server;

    private HubJvm(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        try {
            this.collectors = List.copyOf(server.queryNames(
                    new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null));
            for (ObjectName collector : collectors) {
                server.addNotificationListener(collector, beforeGc, null, null);
            }
        } catch (javax.management.JMException e) {
            throw new IOException("subscribing to the hub's garbage collections", e);
        }
    }

    /** The hub's JVM on this machine, if exactly one runs and it lets us attach; otherwise empty, with why. */
    static Optional<HubJvm> attach() {
        List<VirtualMachineDescriptor> hubs = VirtualMachine.list().stream()
                .filter(vm -> NAMES.stream().anyMatch(vm.displayName()::contains)).toList();
        if (hubs.size() != 1) {
            System.out.printf("heap over HTTP: %d hub JVMs on this machine (need exactly one to attach to)%n", hubs.size());
            return Optional.empty();
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(hubs.get(0));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            return Optional.of(new HubJvm(JMXConnectorFactory.connect(new JMXServiceURL(address))));
        } catch (Exception e) {
            System.out.printf("heap over HTTP: cannot attach to the hub's JVM %s (%s)%n", hubs.get(0).id(), e);
            return Optional.empty();
        }
    }

    /** Samples the heap in use now and returns the peak seen so far. */
    long peakHeap() throws IOException {
        try {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        } catch (RuntimeException e) {
            throw new IOException("reading the hub's heap over JMX", e);
        }
        return peak.get();
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        // every memory pool the collector reports, heap pools only: code cache and metaspace are not heap
        long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                .filter(pool -> isHeap(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeap(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old") || pool.contains("Tenured")
                || pool.contains("Humongous");
    }

    @Override
    public void close() throws IOException {
        for (ObjectName collector : collectors) {
            try {
                server.removeNotificationListener(collector, beforeGc);
            } catch (javax.management.JMException | IOException e) {
                System.out.printf("could not unsubscribe from %s: %s%n", collector, e);
            }
        }
        connector.close();
    }

    /** For callers that print what they measured: the heap's size limit, to put the peak in context. */
    long maxHeap() {
        MemoryUsage usage = memory.getHeapMemoryUsage();
        return usage.getMax();
    }
}
