package io.minato.hub.bench;

/** {@code --name value} command-line options of the bench harnesses. */
final class BenchOptions {

    private final String[] args;

    BenchOptions(String[] args) {
        this.args = args.clone();
    }

    String get(String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }
}
