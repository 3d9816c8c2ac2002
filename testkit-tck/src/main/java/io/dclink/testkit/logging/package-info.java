/**
 * Log capture for tests that scan logs for secrets: an SLF4J 2 provider that records every
 * message, at every level, in memory. It is not registered by default; a test class path opts in
 * with a file {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} containing
 * {@code io.dclink.testkit.logging.CapturingSlf4jProvider}.
 */
package io.dclink.testkit.logging;
