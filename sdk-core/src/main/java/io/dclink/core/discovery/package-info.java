/**
 * Provider plugin discovery with {@link java.util.ServiceLoader}: an explicit id wins, unknown ids
 * and ambiguous installations fail with the list of installed ids, SPI versions are checked.
 */
package io.dclink.core.discovery;
