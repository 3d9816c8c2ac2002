/** Test support for dclink: emulators, fault injection, the provider compatibility kit (being built; see the project issues). */
package io.dclink.testkit;
