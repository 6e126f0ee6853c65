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

    /**
     * The Authorization header for the hub's API from {@code --login user:password}; by default the default
     * runtime's operator.
     */
    String authorization() {
        String login = get("--login", "operator:operator-dev-password");
        return "Basic " + java.util.Base64.getEncoder().encodeToString(login.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
