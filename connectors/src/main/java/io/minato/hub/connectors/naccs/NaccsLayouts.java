package io.minato.hub.connectors.naccs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the layout files live: a classpath folder ({@code classpath:naccs/layouts}, the default the
 * config module provides) or a directory. A layout is found by its code: {@code ECR} →
 * {@code ECR.layout}. Loaded once and kept.
 */
public final class NaccsLayouts {

    public static final String DEFAULT_LOCATION = "classpath:naccs/layouts";
    private static final String CLASSPATH = "classpath:";

    private final String location;
    private final Map<String, Optional<NaccsLayout>> cache = new ConcurrentHashMap<>();

    private NaccsLayouts(String location) {
        this.location = location;
    }

    /** {@code classpath:some/folder} or a directory path. */
    public static NaccsLayouts at(String location) {
        return new NaccsLayouts(location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip());
    }

    /** The layout for a business code (trailing spaces ignored) or output information code. */
    public Optional<NaccsLayout> find(String code) {
        String name = code == null ? "" : code.strip();
        if (!name.matches("[0-9A-Z]{1,7}")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, this::load);
    }

    private Optional<NaccsLayout> load(String name) {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()) + "/" + name + ".layout";
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if ((loader != null ? loader : NaccsLayouts.class.getClassLoader()).getResource(resource) == null) {
                return Optional.empty();
            }
            return Optional.of(NaccsLayout.fromClasspath(resource));
        }
        Path file = Path.of(location, name + ".layout");
        return Files.isRegularFile(file) ? Optional.of(NaccsLayout.fromFile(file)) : Optional.empty();
    }

    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return "NaccsLayouts[" + location + "]";
    }
}
