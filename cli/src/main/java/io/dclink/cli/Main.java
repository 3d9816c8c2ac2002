package io.dclink.cli;

/** The {@code dclink} executable. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err, System.getenv()));
    }
}
