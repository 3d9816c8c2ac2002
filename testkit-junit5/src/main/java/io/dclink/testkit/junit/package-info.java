/**
 * A JUnit 5 extension for application teams' integration tests: annotate a test class or method
 * with {@link io.dclink.testkit.junit.EmulatedProvider} and declare parameters of type
 * {@link io.dclink.DirectConnect}, {@link io.dclink.testkit.emulator.Emulator} or
 * {@link io.dclink.testkit.emulator.Operator}; each test gets a fresh, started emulator and a client
 * wired to it, closed afterwards.
 */
package io.dclink.testkit.junit;
