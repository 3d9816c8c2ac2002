/**
 * Walking a resource through its whole lifecycle on an emulator: the client reads the required
 * action and the walker plays the party who must act (the emulated provider's operator, or the
 * customer through the client). Used by the compatibility kit and the command line's demo.
 */
package io.dclink.testkit.walk;
