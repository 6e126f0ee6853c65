package io.minato.hub.connectors.naccs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where the layout files live: a classpath folder ({@code classpath:naccs/layouts}, the default the
 * config module provides) or a directory. A layout is found by its code: {@code ECR} →
 * {@code ECR.layout}. Loaded once and kept.
 *
 * <p>{@link #validateAll} loads every file at start-up and checks the shipped set strictly (names,
 * titles, source, registry), so that a broken replacement stops the hub instead of the first message
 * of that business.
 */
public final class NaccsLayouts {

    public static final String DEFAULT_LOCATION = "classpath:naccs/layouts";
    private static final String CLASSPATH = "classpath:";
    static final String EXTENSION = ".layout";

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
            String resource = location.substring(CLASSPATH.length()) + "/" + name + EXTENSION;
            if (classLoader().getResource(resource) == null) {
                return Optional.empty();
            }
            return Optional.of(NaccsLayout.fromClasspath(resource));
        }
        Path file = Path.of(location, name + EXTENSION);
        return Files.isRegularFile(file) ? Optional.of(NaccsLayout.fromFile(file)) : Optional.empty();
    }

    /** Names of the layout files at the location, sorted, e.g. {@code ECR.layout}. */
    public List<String> fileNames() {
        TreeSet<String> names = new TreeSet<>();
        if (location.startsWith(CLASSPATH)) {
            String folder = location.substring(CLASSPATH.length());
            try {
                // several classpath roots may hold the folder (target/classes and a jar); list them all
                for (URL url : Collections.list(classLoader().getResources(folder))) {
                    names.addAll(list(url, folder));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list NACCS layouts in " + location, e);
            }
        } else {
            names.addAll(listDirectory(Path.of(location)));
        }
        return List.copyOf(names);
    }

    /**
     * Loads every layout file and checks the set against the registry: file name = {@code @code}; a
     * business code is in the registry and the registry says its layout ships (and every business
     * that says so has a file); output information codes (7 characters, e.g. {@code SAE0010}) need no
     * registry entry; every layout states {@code @title-ja}, {@code @title-en} and {@code @source},
     * every item a Japanese and an English name, abbreviations are unique.
     *
     * @return the layouts, by code
     * @throws InvalidNaccsConfigurationException with every problem found, each with file and line
     */
    public Map<String, NaccsLayout> validateAll(NaccsBusinessRegistry registry) {
        List<NaccsConfigurationProblem> problems = new ArrayList<>();
        Map<String, NaccsLayout> layouts = new TreeMap<>();
        List<String> files = fileNames();
        for (String name : files) {
            try {
                NaccsLayout layout = read(name);
                problems.addAll(LayoutChecks.check(name, layout, registry));
                layouts.put(layout.code(), layout);
                cache.put(layout.code(), Optional.of(layout));
            } catch (NaccsLayoutFileException e) {
                problems.add(e.problem());
            }
        }
        for (NaccsBusiness business : registry.withLayout()) {
            if (!files.contains(business.code() + EXTENSION)) {
                problems.add(new NaccsConfigurationProblem(registry.file(), registry.line(business.code()),
                        business.code() + " says a layout ships but " + location + " has no "
                                + business.code() + EXTENSION));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNaccsConfigurationException(problems);
        }
        return Collections.unmodifiableMap(layouts);
    }

    private NaccsLayout read(String fileName) {
        return location.startsWith(CLASSPATH)
                ? NaccsLayout.fromClasspath(location.substring(CLASSPATH.length()) + "/" + fileName)
                : NaccsLayout.fromFile(Path.of(location, fileName));
    }

    private static List<String> list(URL url, String folder) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                return listDirectory(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath URL " + url, e);
            }
        }
        // a jar, also Spring Boot's nested jars, whose connection is a JarURLConnection too
        if (url.openConnection() instanceof JarURLConnection connection) {
            connection.setUseCaches(false);
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            List<String> names = new ArrayList<>();
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String entry = entries.nextElement().getName();
                    String rest = entry.startsWith(prefix) ? entry.substring(prefix.length()) : "";
                    if (rest.endsWith(EXTENSION) && !rest.contains("/")) {
                        names.add(rest);
                    }
                }
            }
            return names;
        }
        throw new IOException("cannot list layouts at " + url);
    }

    private static List<String> listDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(EXTENSION))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list NACCS layouts in " + directory, e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : NaccsLayouts.class.getClassLoader();
    }

    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return "NaccsLayouts[" + location + "]";
    }
}
