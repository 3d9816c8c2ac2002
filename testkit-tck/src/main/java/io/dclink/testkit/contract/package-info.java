/**
 * Reads the raw-state mapping contract of dclink's docs/architecture.md, so that a provider's
 * tests can check its mapping row by row against the documented table.
 */
package io.dclink.testkit.contract;
