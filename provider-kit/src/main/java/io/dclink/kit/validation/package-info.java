/**
 * Validation every provider shares: required fields, free text a provider stores
 * ({@link io.dclink.kit.validation.Problems#text}: bounded, no control or bidirectional formatting
 * characters), ranges (VLAN, bandwidth, ASN with the reserved numbers refused), CIDR addresses
 * read only in canonical form and never through a resolver, interconnect peer pairs and
 * overlapping prefixes. Every check adds to a {@link io.dclink.kit.validation.Problems} list
 * instead of stopping at the first problem.
 */
package io.dclink.kit.validation;
