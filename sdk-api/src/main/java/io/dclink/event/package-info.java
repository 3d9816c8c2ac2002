/**
 * State-change events: listeners registered on the builder receive every change that waiters and
 * watches observe, with its classification (expected step, skipped states, anomaly).
 */
package io.dclink.event;
