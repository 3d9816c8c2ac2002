/**
 * The {@code dclink} command: the public API on the command line, standalone emulators, and the
 * demo that walks every provider's lifecycle on embedded emulators. Its contract (commands,
 * options, JSON output, exit codes) is documented in docs/cli.md.
 */
package io.dclink.cli;
