/** The runtime's HTTP transport: signing per attempt, resilience, redacted logging, typed errors. */
package io.dclink.core.internal.http;
