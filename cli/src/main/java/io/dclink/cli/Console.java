package io.dclink.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what it reads from its environment: standard output (results only),
 * standard error (progress and messages), the environment variables, and whether a person is
 * watching (progress lines are then rewritten in place).
 */
record Console(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive) {
}
