/**
 * Validation every provider shares: required fields, ranges (VLAN, ASN, bandwidth), CIDR
 * addresses, interconnect peer pairs and overlapping prefixes. Every check adds to a
 * {@link io.dclink.kit.validation.Problems} list instead of stopping at the first problem.
 */
package io.dclink.kit.validation;
