/**
 * Non-blocking helpers for plugins whose provider finishes some steps asynchronously (a route
 * entry is {@code Pending} for seconds before the next one may be created).
 */
package io.dclink.kit.async;
