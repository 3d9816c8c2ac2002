/**
 * The provider-neutral model: resources ({@link io.dclink.model.AccessPoint},
 * {@link io.dclink.model.Connection}, {@link io.dclink.model.Loa}, {@link io.dclink.model.Gateway},
 * {@link io.dclink.model.VirtualInterface}, {@link io.dclink.model.Route}) and the requests that
 * create and change them. All types are immutable; requests and resources have builders.
 *
 * <p>Every resource keeps the raw provider state ({@link io.dclink.model.ProviderState}) beside
 * its neutral state, and read-only provider attributes for fields the neutral model lacks.
 */
package io.dclink.model;
