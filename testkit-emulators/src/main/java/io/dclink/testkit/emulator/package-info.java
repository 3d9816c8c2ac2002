/**
 * The emulator framework: an in-process HTTP server on loopback on which a provider emulator
 * declares its wire protocol, with an emulated clock, a lifecycle driven by that clock or by
 * operator calls, scriptable faults, a request log and an admin endpoint. Emulators are written
 * from the provider references, never from plugin code.
 */
package io.dclink.testkit.emulator;
