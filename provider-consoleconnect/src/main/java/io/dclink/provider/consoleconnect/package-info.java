/**
 * The Console Connect (PCCW Global) plugin ({@code consoleconnect}): its REST API behind
 * {@code Authorization: Bearer <api key>}, for one company addressed by username. Ports are the
 * neutral connections (read and renamed; an administrator orders them), the metros where a company
 * takes Layer 2 connections are the access points, and Layer 2 connections from a port to another
 * company or a cloud are the virtual interfaces (routing {@code NONE}), priced before they are
 * ordered. Where a connection lands and on what terms are provider options. Console Connect has no
 * regions and no gateways. Every path the plugin calls is in
 * {@link io.dclink.provider.consoleconnect.Api}; what the reference leaves open is marked UNVERIFIED
 * where it is assumed. See docs/providers.md.
 */
package io.dclink.provider.consoleconnect;
