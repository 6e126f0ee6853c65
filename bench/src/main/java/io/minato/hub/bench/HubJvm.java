package io.minato.hub.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
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
    /** The hub's heap pools by name (whatever its collector calls them), as GC notifications name them. */
    private final Set<String> heapPools;

    private HubJvm(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        try {
            this.heapPools = heapPools(server);
            this.collectors = List.copyOf(server.queryNames(
                    new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null));
            for (ObjectName collector : collectors) {
                server.addNotificationListener(collector, beforeGc, null, null);
            }
        } catch (JMException e) {
            throw new IOException("finding the hub's heap pools and garbage collectors", e);
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
        // the collector reports every memory pool; code cache and metaspace are not heap
        long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
    }

    private static Set<String> heapPools(MBeanServerConnection server) throws IOException, JMException {
        Set<String> names = new HashSet<>();
        ObjectName all = new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*");
        for (ObjectName name : server.queryNames(all, null)) {
            MemoryPoolMXBean pool = ManagementFactory.newPlatformMXBeanProxy(server, name.toString(),
                    MemoryPoolMXBean.class);
            if (pool.getType() == MemoryType.HEAP) {
                names.add(pool.getName());
            }
        }
        return Set.copyOf(names);
    }

    @Override
    public void close() throws IOException {
        for (ObjectName collector : collectors) {
            try {
                server.removeNotificationListener(collector, beforeGc);
            } catch (JMException | IOException e) {
                System.out.printf("could not unsubscribe from %s: %s%n", collector, e);
            }
        }
        connector.close();
    }

    /** The hub's maximum heap, to print the peak against. */
    long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }
}
